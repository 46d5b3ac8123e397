package uk.consultation.intake.mailbox;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import uk.consultation.intake.mailbox.MailboxProperties.ConsultationMailbox;
import uk.consultation.intake.mailbox.MailboxProperties.Protocol;
import uk.consultation.localstack.FreePorts;
import uk.consultation.schemas.Topics;
import uk.consultation.testsupport.KafkaRecords;
import uk.consultation.testsupport.TestInfrastructure;

/** The consultation's mailbox on a real GreenMail server (SMTP and IMAP on free loopback ports), as a mail client sees it. */
final class TestMailbox {

    static final String CONSULTATION = "integrated-communities-2018";
    static final String ADDRESS = "responses@integrated-communities.localhost";
    static final String PASSWORD = "s3cret-for-tests";
    static final String SENDER = "ann.example@example.org";

    private final ServerSetup smtp = new ServerSetup(FreePorts.find(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private final ServerSetup imap = new ServerSetup(FreePorts.find(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP);

    GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup[] {smtp, imap})
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(ADDRESS, ADDRESS, PASSWORD));
    }

    ConsultationMailbox settings() {
        return new ConsultationMailbox(CONSULTATION, "127.0.0.1", imap.getPort(), Protocol.IMAP, ADDRESS, PASSWORD,
                "INBOX", "Processed", "Quarantine", Duration.ofMinutes(1));
    }

    /** An email as a respondent's mail client writes it. */
    static byte[] email(String messageId, String body) {
        return email(messageId, "Tue, 1 May 2018 10:15:30 +0000", body);
    }

    /** @param date the Date header, which the sender's mail client sets, to anything it likes */
    static byte[] email(String messageId, String date, String body) {
        return ("""
                Message-ID: %s
                From: Ann Example <%s>
                To: %s
                Subject: My response
                Date: %s
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                %s
                """.formatted(messageId, SENDER, ADDRESS, date, body)).replace("\n", "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Sends the bytes as they are, Message-ID and all, over SMTP to the consultation's address. */
    void send(byte[] raw) throws MessagingException {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", smtp.getBindAddress());
        properties.setProperty("mail.smtp.port", Integer.toString(smtp.getPort()));
        Session session = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            // sendMessage, unlike Transport.send, leaves the headers alone: the Message-ID must stay the sender's
            transport.sendMessage(message, new Address[] {new InternetAddress(ADDRESS)});
        }
    }

    /** The records on {@code responses-received} of the email with this Message-ID. */
    static List<ConsumerRecord<String, byte[]>> received(String messageId) {
        return KafkaRecords.all(TestInfrastructure.kafkaBootstrapServers(), Topics.RESPONSES_RECEIVED).stream()
                .filter(record -> record.value() != null
                        && new String(record.value(), StandardCharsets.UTF_8).contains(messageId))
                .toList();
    }

    static String newMessageId() {
        return "<" + UUID.randomUUID() + "@example.org>";
    }

    /** The Message-IDs in a folder, read over IMAP; none when the folder does not exist. */
    List<String> messageIds(String folderName) throws MessagingException {
        Properties properties = new Properties();
        properties.setProperty("mail.imap.peek", "true");
        try (Store store = Session.getInstance(properties).getStore("imap")) {
            store.connect(imap.getBindAddress(), imap.getPort(), ADDRESS, PASSWORD);
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return List.of();
            }
            folder.open(Folder.READ_ONLY);
            try {
                List<String> ids = new ArrayList<>();
                for (Message message : folder.getMessages()) {
                    ids.add(((MimeMessage) message).getMessageID());
                }
                return ids;
            } finally {
                folder.close(false);
            }
        }
    }
}
