package uk.consultation.intake.imports;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxSize          the largest export taken; 50,000 rows of fifteen answers with comments are some tens of MB
 * @param rowsInFlight     rows of one import waiting for Kafka's acknowledgement at once: a row's publish waits for the
 *                         producer's linger and the broker, so one at a time would take minutes for a large export
 * @param progressEvery    how often a running import writes its progress to the {@code imports} topic
 * @param progressTimeout  how long a running import may go unwritten before readers show it as interrupted: well
 *                         beyond {@code progressEvery} and the longest a publish waits for Kafka (15 s)
 */
@ConfigurationProperties("intake.imports")
record ImportSettings(DataSize maxSize, int rowsInFlight, Duration progressEvery, Duration progressTimeout) {
}
