package uk.consultation.intake.mailbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.MessageIDTerm;
import uk.consultation.intake.mailbox.MailboxProperties.ConsultationMailbox;

/**
 * The Processed folders of the consultation mailboxes, for erasure: a response's email is deleted there by its
 * Message-ID, the one copy of the respondent's words outside Kafka.
 */
@Component
public class ProcessedMail {

    private static final Logger log = LoggerFactory.getLogger(ProcessedMail.class);

    private final MailboxProperties properties;

    ProcessedMail(MailboxProperties properties) {
        this.properties = properties;
    }

    /**
     * Deletes (flags and expunges) every message with this Message-ID in the Processed folder of the consultation's
     * mailboxes; nothing if it has none, as for an uploaded email.
     *
     * @throws MailboxUnavailableException if a mailbox could not be reached: the email is still there
     */
    public void delete(String consultationId, String messageId) {
        for (ConsultationMailbox mailbox : properties.configured()) {
            if (mailbox.consultationId().equals(consultationId)) {
                delete(mailbox, messageId);
            }
        }
    }

    private static void delete(ConsultationMailbox mailbox, String messageId) {
        Session session = Session.getInstance(MailboxPoller.sessionProperties(mailbox));
        try (Store store = session.getStore(mailbox.protocol().storeName())) {
            store.connect(mailbox.host(), mailbox.port(), mailbox.user(), mailbox.password());
            Folder processed = store.getFolder(mailbox.processedFolder());
            if (!processed.exists()) {
                return;
            }
            processed.open(Folder.READ_WRITE);
            try {
                Message[] messages = processed.search(new MessageIDTerm(messageId));
                processed.setFlags(messages, new Flags(Flags.Flag.DELETED), true);
                log.info("Deleted {} erased messages from {} of the mailbox of {}", messages.length,
                        mailbox.processedFolder(), mailbox.consultationId());
            } finally {
                processed.close(true);
            }
        } catch (MessagingException e) {
            throw new MailboxUnavailableException(mailbox.consultationId(), e);
        }
    }
}
