package uk.consultation.intake.mailbox;

import java.io.IOException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import uk.consultation.intake.email.EmailIntake;
import uk.consultation.intake.email.EmailTooLargeException;
import uk.consultation.intake.email.UnreadableEmailException;
import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.intake.kafka.EventTooLargeException;
import uk.consultation.intake.kafka.KafkaUnavailableException;
import uk.consultation.intake.mailbox.MailboxProperties.ConsultationMailbox;
import uk.consultation.intake.receive.KeyReusedException;
import uk.consultation.intake.receive.Text;
import uk.consultation.intake.receive.UnknownConsultationException;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.response.ResponseQuarantined;

/**
 * Takes in every message of one consultation mailbox. Each goes to Processed once Kafka has the response, or to
 * Quarantine once Kafka has the reason it is not one; while Kafka is away it stays put for the next poll. Moves use
 * IMAP MOVE (RFC 6851), so polling deletes nothing; only an erasure does ({@link ProcessedMail}).
 */
class MailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    enum Outcome { PROCESSED, QUARANTINED, RETRIED }

    private final ConsultationMailbox mailbox;
    private final EmailIntake intake;
    private final EventPublisher publisher;
    private final Clock clock;
    private final Session session;
    private final Map<Outcome, Counter> counters = new EnumMap<>(Outcome.class);

    MailboxPoller(ConsultationMailbox mailbox, EmailIntake intake, EventPublisher publisher, Clock clock,
            MeterRegistry meters) {
        this.mailbox = mailbox;
        this.intake = intake;
        this.publisher = publisher;
        this.clock = clock;
        this.session = Session.getInstance(sessionProperties(mailbox));
        for (Outcome outcome : Outcome.values()) {
            counters.put(outcome, Counter.builder("intake.mailbox.messages")
                    .description("Messages taken from a consultation mailbox, by what became of them")
                    .tag("consultation", mailbox.consultationId())
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                    .register(meters));
        }
    }

    static Properties sessionProperties(ConsultationMailbox mailbox) {
        Properties properties = new Properties();
        String prefix = "mail." + mailbox.protocol().storeName() + ".";
        // Reading must not mark a message \Seen: one left behind for a retry looks untouched to the team
        properties.setProperty(prefix + "peek", "true");
        properties.setProperty(prefix + "connectiontimeout", "10000");
        properties.setProperty(prefix + "timeout", "60000");
        return properties;
    }

    /** One pass over the folder. Nothing here throws: whatever failed is tried again on the next pass. */
    void poll() {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        try (Store store = session.getStore(mailbox.protocol().storeName())) {
            store.connect(mailbox.host(), mailbox.port(), mailbox.user(), mailbox.password());
            Folder processed = existing(store, mailbox.processedFolder());
            Folder quarantine = existing(store, mailbox.quarantineFolder());
            IMAPFolder folder = (IMAPFolder) store.getFolder(mailbox.folder());
            folder.open(Folder.READ_WRITE);
            try {
                for (Message message : folder.getMessages()) {
                    Outcome outcome = take(folder, message, processed, quarantine);
                    counts.merge(outcome, 1, Integer::sum);
                    counters.get(outcome).increment();
                    if (outcome == Outcome.RETRIED) {
                        // What held this message back (Kafka, mostly) would hold back the rest of the folder too
                        break;
                    }
                }
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            log.warn("Could not read the mailbox of {}: {}", mailbox.consultationId(), e.getMessage());
        } catch (RuntimeException e) {
            // Thrown out of a scheduled poll, it would cancel every later poll without a word
            log.error("The poll of the mailbox of {} failed; it is polled again as usual: {}", mailbox.consultationId(),
                    failure(e));
        }
        if (!counts.isEmpty()) {
            log.info("Mailbox of {}: {}", mailbox.consultationId(), counts);
        }
    }

    private Outcome take(IMAPFolder folder, Message message, Folder processed, Folder quarantine)
            throws MessagingException {
        try {
            intake.receive(mailbox.consultationId(), message);
            folder.moveMessages(new Message[] {message}, processed);
            return Outcome.PROCESSED;
        } catch (UnreadableEmailException e) {
            return quarantine(folder, message, e.messageId(), e.getMessage(), quarantine);
        } catch (EmailTooLargeException | EventTooLargeException | KeyReusedException e) {
            return quarantine(folder, message, null, e.getMessage(), quarantine);
        } catch (KafkaUnavailableException e) {
            log.warn("Kafka is unavailable; the mailbox of {} is read again at the next poll", mailbox.consultationId());
            return Outcome.RETRIED;
        } catch (UnknownConsultationException e) {
            log.warn("The mailbox of {} waits: {}", mailbox.consultationId(), e.getMessage());
            return Outcome.RETRIED;
        } catch (IOException e) {
            log.warn("A message of the mailbox of {} could not be fetched: {}", mailbox.consultationId(),
                    e.getClass().getSimpleName());
            return Outcome.RETRIED;
        } catch (RuntimeException | StackOverflowError e) {
            // A fault of intake's, or of a library, on this message (a recursion it drove too deep has unwound by
            // now): left in the inbox it would stop every poll here. The UID finds it in Quarantine; the exception's
            // own message might quote the sender, so only where it was.
            log.error("A message of the mailbox of {} (UID {}) could not be taken in: {}", mailbox.consultationId(),
                    folder.getUID(message), failure(e));
            return quarantine(folder, message, null, "Intake failed on the message (" + e.getClass().getSimpleName()
                    + "): it is kept for the team to read", quarantine);
        }
    }

    /** What failed and where, without the exception's message, which may quote the email. */
    private static String failure(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return e.getClass().getName() + (trace.length > 0 ? " at " + trace[0] : "");
    }

    /** The dead-letter record first: a message leaves the inbox only once its reason is in Kafka. */
    private Outcome quarantine(IMAPFolder folder, Message message, @Nullable String parsedMessageId, String reason,
            Folder quarantine) throws MessagingException {
        String messageId = parsedMessageId != null ? parsedMessageId : headerMessageId(message);
        ResponseQuarantined record = new ResponseQuarantined(mailbox.consultationId(), Channel.EMAIL, mailbox.user(),
                mailbox.folder(), messageId, Text.blankToNull(message.getSubject()), reason, clock.instant());
        String key = mailbox.consultationId() + "/"
                + (messageId != null ? messageId : "uid:" + folder.getUIDValidity() + "." + folder.getUID(message));
        try {
            publisher.publish(record.channel(), Topics.RESPONSES_QUARANTINED, key, record);
        } catch (KafkaUnavailableException e) {
            log.warn("Kafka is unavailable; the mailbox of {} is read again at the next poll", mailbox.consultationId());
            return Outcome.RETRIED;
        }
        folder.moveMessages(new Message[] {message}, quarantine);
        log.info("Quarantined a message of the mailbox of {}: {}", mailbox.consultationId(), reason);
        return Outcome.QUARANTINED;
    }

    private static @Nullable String headerMessageId(Message message) throws MessagingException {
        String[] ids = message.getHeader("Message-ID");
        return ids == null || ids.length == 0 ? null : Text.blankToNull(ids[0]);
    }

    private static Folder existing(Store store, String name) throws MessagingException {
        Folder folder = store.getFolder(name);
        if (!folder.exists() && !folder.create(Folder.HOLDS_MESSAGES)) {
            throw new MessagingException("The folder " + name + " could not be created");
        }
        return folder;
    }
}
