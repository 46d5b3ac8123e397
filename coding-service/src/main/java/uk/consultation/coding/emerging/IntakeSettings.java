package uk.consultation.coding.emerging;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How this service reaches intake-service, the one writer of consultation definitions, to register a new codeframe
 * version. Intake lets in only signed-in staff: coding signs in as its own user there, with the role ANALYST.
 *
 * @param url      intake-service
 * @param username coding's user at intake
 * @param password its password, from the environment only; blank, and intake refuses every new codeframe version
 */
@ConfigurationProperties("coding.intake")
record IntakeSettings(URI url, String username, String password) {
}
