/** Who may use which of reporting's endpoints. */
@NullMarked
package uk.consultation.reporting.access;

import org.jspecify.annotations.NullMarked;
