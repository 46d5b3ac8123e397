package uk.consultation.intake.mailbox;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import uk.consultation.intake.receive.Text;

/**
 * The consultation mailboxes to poll. application.yml reads the first from {@code MAILBOX_*} variables; a mailbox
 * without a host is not configured, so by default nothing is polled.
 */
@ConfigurationProperties("intake")
record MailboxProperties(@DefaultValue List<ConsultationMailbox> mailboxes) {

    List<ConsultationMailbox> configured() {
        return mailboxes.stream().filter(mailbox -> !Text.isBlank(mailbox.host())).toList();
    }

    enum Protocol {
        IMAP, IMAPS;

        String storeName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param user         the account, which also names the mailbox in quarantine records
     * @param pollInterval the pause between the end of one poll and the start of the next
     */
    record ConsultationMailbox(
            String consultationId,
            String host,
            int port,
            @DefaultValue("imap") Protocol protocol,
            String user,
            String password,
            @DefaultValue("INBOX") String folder,
            @DefaultValue("Processed") String processedFolder,
            @DefaultValue("Quarantine") String quarantineFolder,
            @DefaultValue("10s") Duration pollInterval) {

        ConsultationMailbox {
            if (!Text.isBlank(host) && Text.isBlank(consultationId)) {
                throw new IllegalArgumentException("The mailbox on " + host + " names no consultation id");
            }
        }
    }
}
