package uk.consultation.intake.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import uk.consultation.intake.mailbox.MailboxProperties.Protocol;

class MailboxPropertiesTest {

    @Test
    void aMailboxNeedsOnlyItsServerAndAccountAndAMailboxWithoutAHostIsNotPolled() {
        MailboxProperties properties = bind(Map.of(
                "intake.mailboxes[0].consultation-id", "integrated-communities-2018",
                "intake.mailboxes[0].host", "imap.example.gov.uk",
                "intake.mailboxes[0].port", "993",
                "intake.mailboxes[0].protocol", "imaps",
                "intake.mailboxes[0].user", "responses@example.gov.uk",
                "intake.mailboxes[0].password", "secret",
                // what application.yml binds when no MAILBOX_* variable is set
                "intake.mailboxes[1].consultation-id", "",
                "intake.mailboxes[1].host", "",
                "intake.mailboxes[1].port", "143"));

        assertThat(properties.configured()).singleElement().satisfies(mailbox -> {
            assertThat(mailbox.protocol()).isEqualTo(Protocol.IMAPS);
            assertThat(mailbox.folder()).isEqualTo("INBOX");
            assertThat(mailbox.processedFolder()).isEqualTo("Processed");
            assertThat(mailbox.quarantineFolder()).isEqualTo("Quarantine");
            assertThat(mailbox.pollInterval()).isEqualTo(Duration.ofSeconds(10));
        });
    }

    @Test
    void noMailboxesMeansNothingToPoll() {
        assertThat(bind(Map.of("intake.other", "x")).configured()).isEmpty();
    }

    private static MailboxProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("intake", MailboxProperties.class);
    }

}
