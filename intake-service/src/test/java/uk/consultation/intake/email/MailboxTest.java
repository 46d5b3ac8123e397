package uk.consultation.intake.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MailboxTest {

    @Test
    void splitsOnFromLinesAndUnquotesOneLevel() {
        byte[] mbox = """
                From ann@example.org Tue May  1 10:15:30 2018
                Subject: one

                >From the start.
                >>From quoted twice.

                From bob@example.org Tue May  1 11:00:00 2018
                Subject: two

                Body two.
                """.getBytes(StandardCharsets.UTF_8);

        assertThat(Mailbox.messages(mbox)).extracting(message -> new String(message, StandardCharsets.UTF_8))
                .containsExactly("Subject: one\n\nFrom the start.\n>From quoted twice.\n\n", "Subject: two\n\nBody two.\n");
    }

    @Test
    void aFileWithoutFromLinesHoldsNoMessages() {
        assertThat(Mailbox.messages("Subject: hello\n\nbody\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
