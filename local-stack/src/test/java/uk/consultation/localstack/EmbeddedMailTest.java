package uk.consultation.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** The mailbox the run command starts: mail sent where intake is told to send it arrives where intake is told to poll. */
class EmbeddedMailTest {

    @Test
    void mailSentThroughTheSmtpIntakeIsGivenArrivesInTheMailboxIntakePolls() throws Exception {
        try (EmbeddedMail mail = EmbeddedMail.start(FreePorts.find(), FreePorts.find(),
                "responses@integrated-communities.localhost", "responses")) {
            Map<String, String> intake = LocalStack.mailEnvironment(mail);

            Properties smtp = new Properties();
            smtp.setProperty("mail.smtp.host", intake.get("MAIL_HOST"));
            smtp.setProperty("mail.smtp.port", intake.get("MAIL_PORT"));
            MimeMessage message = new MimeMessage(Session.getInstance(smtp));
            message.setFrom(new InternetAddress("ann@example.org"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(intake.get("MAILBOX_USER")));
            message.setSubject("My response");
            message.setText("I agree.", StandardCharsets.UTF_8.name());
            Transport.send(message);

            assertThat(subjectsInInbox(intake)).containsExactly("My response");
            assertThat(intake).containsEntry("MAILBOX_CONSULTATION_ID", "integrated-communities-2018");
        }
    }

    @Test
    void refusesAPortAlreadyTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedMail.start(taken.getLocalPort(), FreePorts.find(), "a@b.localhost", "x"))
                    .isInstanceOf(IOException.class).hasMessageContaining("SMTP");
        }
    }

    private static List<String> subjectsInInbox(Map<String, String> intake) throws MessagingException {
        try (Store store = Session.getInstance(new Properties()).getStore(intake.get("MAILBOX_PROTOCOL"))) {
            store.connect(intake.get("MAILBOX_HOST"), Integer.parseInt(intake.get("MAILBOX_PORT")),
                    intake.get("MAILBOX_USER"), intake.get("MAILBOX_PASSWORD"));
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<String> subjects = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    subjects.add(message.getSubject());
                }
                return subjects;
            } finally {
                inbox.close(false);
            }
        }
    }
}
