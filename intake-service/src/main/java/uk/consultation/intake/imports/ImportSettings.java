package uk.consultation.intake.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxSize      the largest export taken; 50,000 rows of fifteen answers with comments are some tens of MB
 * @param rowsInFlight rows of one import waiting for Kafka's acknowledgement at once: a row's publish waits for the
 *                     producer's linger and the broker, so one at a time would take minutes for a large export
 */
@ConfigurationProperties("intake.imports")
record ImportSettings(DataSize maxSize, int rowsInFlight) {
}
