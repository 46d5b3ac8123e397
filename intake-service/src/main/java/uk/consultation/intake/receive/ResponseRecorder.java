package uk.consultation.intake.receive;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.response.ResponseContact;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * Records a response from any channel: the response itself, then its contact details on their own topic, and confirms
 * it only once Kafka has acknowledged both.
 */
@Component
public class ResponseRecorder {

    /** The key under which every log line written while a response is handled names it; never personal data. */
    static final String RESPONSE_ID = "responseId";

    private static final Logger log = LoggerFactory.getLogger(ResponseRecorder.class);

    private final ConsultationCatalog catalog;
    private final EventPublisher publisher;
    private final KeyClaims keys;

    ResponseRecorder(ConsultationCatalog catalog, EventPublisher publisher, KeyClaims keys) {
        this.catalog = catalog;
        this.publisher = publisher;
        this.keys = keys;
    }

    public ConsultationDefinition consultation(String consultationId) {
        return catalog.find(consultationId).orElseThrow(() -> new UnknownConsultationException(consultationId));
    }

    /**
     * @param keyUse the response's source key with its content, claimed first: a key used before with other content
     *               is refused ({@link KeyReusedException}) and nothing is published
     */
    public Receipt record(ResponseReceived response, ResponseIdentity.@Nullable KeyUse keyUse, @Nullable String name,
            @Nullable String email) {
        if (keyUse != null) {
            keys.claim(response, keyUse);
        }
        return record(response, name, email, response.reference());
    }

    /**
     * Records a row of a survey platform's export. Its contact record carries no reference, so no acknowledgement is
     * emailed: the platform acknowledged the respondent already, and importing the export again must not email them
     * again.
     */
    public Receipt recordImported(ResponseReceived response, @Nullable String name, @Nullable String email) {
        return record(response, name, email, null);
    }

    private Receipt record(ResponseReceived response, @Nullable String name, @Nullable String email,
            @Nullable String acknowledgeWith) {
        try (MDC.MDCCloseable id = MDC.putCloseable(RESPONSE_ID, response.responseId())) {
            // The response first: a contact record is what sends the acknowledgement email, which must never tell
            // someone of a response Kafka does not have. Nothing is confirmed until both are in, and a retry writes
            // both again.
            publisher.publish(response.channel(), Topics.RESPONSES_RECEIVED, response.responseId(), response);
            if (name != null || email != null) {
                publisher.publish(response.channel(), Topics.RESPONSE_CONTACTS, response.responseId(),
                        new ResponseContact(response.responseId(), response.consultationId(), name, email,
                                acknowledgeWith));
            }
            log.info("Received response {} to {} by {}{}", response.responseId(), response.consultationId(),
                    response.channel().wireName(), response.late() ? " (late)" : "");
            return new Receipt(response.responseId(), response.reference(), response.receivedAt());
        }
    }
}
