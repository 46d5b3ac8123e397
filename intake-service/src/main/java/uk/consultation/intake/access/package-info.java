/** Who may use which of intake's endpoints: the public submits, staff bring in letters and emails and register consultations. */
@NullMarked
package uk.consultation.intake.access;

import org.jspecify.annotations.NullMarked;
