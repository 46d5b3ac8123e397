package uk.consultation.intake.acknowledgement;

import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.response.ResponseContact;

/**
 * Acknowledges each response whose contact details include an email address. The offset is committed only once the
 * SMTP server has taken the email, so an acknowledgement is sent at least once: after a crash, perhaps twice.
 */
class AcknowledgementListener {

    private static final Logger log = LoggerFactory.getLogger(AcknowledgementListener.class);

    private final ConsultationCatalog catalog;
    private final AcknowledgementMailer mailer;

    AcknowledgementListener(ConsultationCatalog catalog, AcknowledgementMailer mailer) {
        this.catalog = catalog;
        this.mailer = mailer;
    }

    @KafkaListener(id = "acknowledgements", topics = "response-contacts",
            containerFactory = AcknowledgementConfiguration.CONTAINER_FACTORY)
    void onContact(ConsumerRecord<String, @Nullable ResponseContact> record) {
        ResponseContact contact = record.value();
        // A tombstone is an erasure; a contact without an address or reference has nothing to acknowledge with
        if (contact == null || contact.email() == null || contact.reference() == null) {
            return;
        }
        ConsultationDefinition consultation = catalog.find(contact.consultationId())
                .orElseThrow(() -> new IllegalStateException("Consultation " + contact.consultationId()
                        + " is not known (yet); the acknowledgement of " + contact.responseId() + " is sent later"));
        // the contact is published as the response is received: its record's time is the day of receipt
        mailer.send(contact, contact.email(), contact.reference(), consultation,
                Instant.ofEpochMilli(record.timestamp()));
        log.info("Acknowledged response {} by email", contact.responseId());
    }
}
