/**
 * Erasure of respondents' personal data: on request, and at the end of each consultation's retention. Tombstones on
 * {@code response-contacts} and {@code responses-received} remove contact details and text from the log; coding then
 * publishes a coding without text, so the figures keep their counts.
 */
@NullMarked
package uk.consultation.intake.erasure;

import org.jspecify.annotations.NullMarked;
