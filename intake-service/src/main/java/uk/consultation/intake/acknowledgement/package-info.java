/**
 * Acknowledgement emails: every respondent who gave an email address is told, with their reference, that their
 * response was received. Sent from {@code response-contacts}, which intake writes only once Kafka has the response,
 * so an acknowledgement never delays or fails the acceptance of a response and never tells of one Kafka lacks.
 */
@NullMarked
package uk.consultation.intake.acknowledgement;

import org.jspecify.annotations.NullMarked;
