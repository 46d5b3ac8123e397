/**
 * Who may use which of this service's endpoints (the staff roles of module staff-access), and what a client is told
 * when something fails inside.
 */
@NullMarked
package uk.consultation.coding.access;

import org.jspecify.annotations.NullMarked;
