package uk.consultation.intake.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/** Emails composed with Jakarta Mail, as a mail client would send them. */
public final class TestEmails {

    static final String SENDER_NAME = "Ann Example";
    static final String SENDER_EMAIL = "ann.example@example.org";

    private static final Session SESSION = Session.getInstance(props());

    private TestEmails() {
    }

    private static Properties props() {
        Properties properties = new Properties();
        // Saves Jakarta Mail looking up the local host name for a Message-ID
        properties.setProperty("mail.from", "tests@example.org");
        return properties;
    }

    static byte[] plain(String messageId, String body) {
        try {
            MimeMessage message = message(messageId);
            message.setText(body, "UTF-8");
            return bytes(message);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] withContent(String messageId, MimeMultipart content) throws MessagingException, IOException {
        MimeMessage message = message(messageId);
        message.setContent(content);
        return bytes(message);
    }

    static MimeBodyPart text(String text, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, "UTF-8", subtype);
        return part;
    }

    static MimeBodyPart attachment(String filename, String mediaType, byte[] content) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, mediaType)));
        part.setFileName(filename);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    private static MimeMessage message(String messageId) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(SESSION) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(SENDER_EMAIL, SENDER_NAME, "UTF-8"));
        message.setRecipients(MimeMessage.RecipientType.TO, "consultation@example.gov.uk");
        message.setSubject("Response to the consultation", "UTF-8");
        message.setSentDate(Date.from(Instant.parse("2018-05-01T10:15:30Z")));
        return message;
    }

    private static byte[] bytes(MimeMessage message) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    /**
     * An email whose text is inside {@code depth} multiparts, each the only part of the one before: written out by
     * hand, as Jakarta Mail would recurse as deep to write it.
     */
    public static byte[] nested(String messageId, int depth) {
        StringBuilder message = new StringBuilder("Message-ID: " + messageId + "\r\nFrom: " + SENDER_EMAIL
                + "\r\nSubject: Nested\r\nMIME-Version: 1.0\r\n");
        for (int level = 0; level < depth; level++) {
            message.append("Content-Type: multipart/mixed; boundary=\"=_").append(level).append("_=\"\r\n\r\n--=_")
                    .append(level).append("_=\r\n");
        }
        message.append("Content-Type: text/plain\r\n\r\nDeep down.\r\n");
        for (int level = depth - 1; level >= 0; level--) {
            message.append("--=_").append(level).append("_=--\r\n");
        }
        return message.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A message written out by hand, for encodings a client would choose for itself. */
    static byte[] raw(String message) {
        return message.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }
}
