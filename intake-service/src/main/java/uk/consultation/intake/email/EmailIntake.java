package uk.consultation.intake.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import uk.consultation.intake.kafka.EventTooLargeException;
import uk.consultation.intake.receive.KeyReusedException;
import uk.consultation.intake.receive.Receipt;
import uk.consultation.intake.receive.ResponseIdentity;
import uk.consultation.intake.receive.ResponseRecorder;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.response.ResponseReceived;

/** Receives responses sent by email, one message or a mailbox of them. */
@Service
public class EmailIntake {

    private static final Logger log = LoggerFactory.getLogger(EmailIntake.class);

    private final ResponseRecorder recorder;
    private final EmailParser parser;
    private final Clock clock;

    EmailIntake(ResponseRecorder recorder, EmailParser parser, Clock clock) {
        this.recorder = recorder;
        this.parser = parser;
        this.clock = clock;
    }

    /** An uploaded email: intake did not see it arrive, so it was received when its Date header says, if it has one. */
    Receipt receive(String consultationId, byte[] raw) {
        return record(recorder.consultation(consultationId), raw, null);
    }

    /**
     * A message in a consultation's mailbox, taken as its raw bytes exactly as an upload would be, but received when
     * the mailbox took it (IMAP INTERNALDATE): its Date header is the sender's to set, and a backdated one must not
     * make a late response on time. One larger than the limit is refused from the size the server gives, before it is
     * fetched.
     */
    public Receipt receive(String consultationId, Message message) throws MessagingException, IOException {
        if (message.getSize() > EmailLimits.MESSAGE_BYTES) {
            throw new EmailTooLargeException(EmailLimits.MESSAGE_BYTES);
        }
        ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(message.getSize(), 0));
        message.writeTo(raw);
        Date delivered = message.getReceivedDate();
        return record(recorder.consultation(consultationId), raw.toByteArray(),
                delivered != null ? delivered.toInstant() : clock.instant());
    }

    /**
     * Records each message on its own, so one bad message does not hold back the rest. A Kafka outage still fails the
     * whole request: sending the mailbox again is safe, since each message keeps its response id.
     */
    MailboxReport receiveMailbox(String consultationId, byte[] mbox) {
        ConsultationDefinition consultation = recorder.consultation(consultationId);
        List<byte[]> messages = Mailbox.messages(mbox);
        if (messages.isEmpty()) {
            throw new UnreadableEmailException(null, "The mailbox holds no messages: each must begin with a 'From ' line");
        }
        List<Receipt> received = new ArrayList<>();
        List<MailboxReport.Failure> failed = new ArrayList<>();
        for (int index = 0; index < messages.size(); index++) {
            try {
                received.add(record(consultation, messages.get(index), null));
            } catch (UnreadableEmailException e) {
                failed.add(failure(consultationId, index, e.messageId(), e.getMessage()));
            } catch (EmailTooLargeException | EventTooLargeException | KeyReusedException e) {
                failed.add(failure(consultationId, index, null, e.getMessage()));
            }
        }
        return new MailboxReport(received, failed);
    }

    private static MailboxReport.Failure failure(String consultationId, int index, @Nullable String messageId,
            String reason) {
        log.info("Message {} of a mailbox for {} was not received: {}", index, consultationId, reason);
        return new MailboxReport.Failure(index, messageId, reason);
    }

    /** @param delivered when a mailbox intake reads took the email; null for an upload */
    private Receipt record(ConsultationDefinition consultation, byte[] raw, @Nullable Instant delivered) {
        if (raw.length > EmailLimits.MESSAGE_BYTES) {
            throw new EmailTooLargeException(EmailLimits.MESSAGE_BYTES);
        }
        ParsedEmail email = parser.parse(raw);
        if (!email.hasText()) {
            throw new UnreadableEmailException(email.messageId(),
                    "The email has no readable text: its body is empty and no attachment could be read");
        }
        // The same email sent twice is the same response; another under its Message-ID is not
        ResponseIdentity identity = ResponseIdentity.of(consultation.id(),
                email.messageId() == null ? null : "message-id:" + email.messageId(), email);
        Instant sentAt = email.sentAt();
        Instant receivedAt = delivered != null ? delivered : sentAt != null ? sentAt : clock.instant();
        boolean fromSender = delivered == null && sentAt != null;
        ResponseReceived response = new ResponseReceived(identity.responseId(), consultation.id(),
                identity.reference(), Channel.EMAIL, receivedAt, consultation.isLate(receivedAt),
                new ResponseReceived.Respondent(null, null), Map.of(),
                email.bodyText().isBlank() ? null : email.bodyText(), email.attachments(),
                new ResponseReceived.Source(null, email.messageId(), email.subject(), null, null, sentAt,
                        fromSender, null, null));
        return recorder.record(response, identity.keyUse(), email.senderName(), email.senderEmail());
    }
}
