package uk.consultation.intake.receive;

import java.time.Instant;

/** What a respondent is told once their response is safely in Kafka. */
public record Receipt(String responseId, String reference, Instant receivedAt) {
}
