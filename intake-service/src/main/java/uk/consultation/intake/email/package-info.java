/** Responses sent by email: a single raw message or a whole exported mailbox. */
@NullMarked
package uk.consultation.intake.email;

import org.jspecify.annotations.NullMarked;
