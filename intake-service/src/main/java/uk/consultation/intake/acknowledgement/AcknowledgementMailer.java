package uk.consultation.intake.acknowledgement;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import jakarta.mail.SendFailedException;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.response.ResponseContact;

/**
 * Writes and sends one acknowledgement: fixed wording with the consultation's title, the reference and the date, and
 * nothing the respondent typed. Anyone may give any address, so a name or answer of theirs in the text would let them
 * send their own words in the department's name to whomever they like. Its failures never carry the mail server's
 * own message, which names the address, so that nothing logged about them does.
 */
class AcknowledgementMailer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final JavaMailSender mail;
    private final AcknowledgementProperties properties;

    AcknowledgementMailer(JavaMailSender mail, AcknowledgementProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    void send(ResponseContact contact, String email, String reference, ConsultationDefinition consultation,
            Instant received) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(email);
        message.setSubject("Your response to " + consultation.title() + ": " + reference);
        message.setText("""
                Hello,

                Thank you for responding to %s. We received your response on %s.

                Your reference is %s. Please quote it if you contact us about your response.
                """.formatted(consultation.title(), DAY.format(received), reference));
        try {
            mail.send(message);
        } catch (MailParseException e) {
            throw new UnusableAddressException(contact.responseId());
        } catch (MailSendException e) {
            if (e.getMessageExceptions().length > 0 && e.getMessageExceptions()[0] instanceof SendFailedException failed
                    && failed.getInvalidAddresses() != null && failed.getInvalidAddresses().length > 0) {
                throw new UnusableAddressException(contact.responseId());
            }
            throw notSent(contact, e);
        } catch (MailException e) {
            throw notSent(contact, e);
        }
    }

    private static IllegalStateException notSent(ResponseContact contact, MailException e) {
        return new IllegalStateException("The SMTP server did not take the acknowledgement of response "
                + contact.responseId() + " (" + e.getClass().getSimpleName() + "); it is sent again");
    }
}
