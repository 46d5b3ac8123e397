package uk.consultation.intake.erasure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often each consultation's retention is enforced.
 *
 * @param interval between runs; the first runs at start, once the consultations are known
 */
@ConfigurationProperties("intake.retention")
record RetentionSettings(Duration interval) {
}
