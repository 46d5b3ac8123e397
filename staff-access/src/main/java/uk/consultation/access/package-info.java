/** Who may do what: staff roles and sign-in, shared by every service. */
@NullMarked
package uk.consultation.access;

import org.jspecify.annotations.NullMarked;
