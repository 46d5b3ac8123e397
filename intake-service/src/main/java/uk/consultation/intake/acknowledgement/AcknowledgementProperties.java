package uk.consultation.intake.acknowledgement;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param from the address acknowledgements are sent from */
@ConfigurationProperties("intake.acknowledgements")
record AcknowledgementProperties(String from) {
}
