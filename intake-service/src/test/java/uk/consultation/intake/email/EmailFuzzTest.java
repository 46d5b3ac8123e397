package uk.consultation.intake.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import uk.consultation.intake.document.DocumentText;
import uk.consultation.intake.document.TestDocuments;
import uk.consultation.intake.receive.Receipt;
import uk.consultation.intake.receive.ResponseRecorder;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.testsupport.fuzz.Bounded;
import uk.consultation.testsupport.fuzz.Fuzzing;
import uk.consultation.testsupport.fuzz.LinearTime;
import uk.consultation.testsupport.fuzz.Mutants;
import uk.consultation.testsupport.fuzz.Mutants.Mutant;
import uk.consultation.testsupport.fuzz.Seeds;

/**
 * Any bytes sent as an email or a mailbox either become responses or are refused with a reason
 * ({@link UnreadableEmailException}, {@link EmailTooLargeException}: a 422 or 413 problem, or a message quarantined
 * with its reason), within the bound. Nothing else escapes: no NullPointerException, ClassCastException or stack
 * overflow from a malformed MIME structure or an attachment Tika cannot read.
 */
class EmailFuzzTest {

    private static final String CONSULTATION = "integrated-communities-2018";

    // Without Tesseract: an image's OCR would take seconds and say nothing about the parser
    private static final EmailParser PARSER =
            new EmailParser(new DocumentText(TestDocuments.ocrSettings("/nonexistent")));

    /** MIME's own vocabulary: headers, types, parameters, encodings, boundaries. */
    private static final List<String> DICTIONARY = List.of("\r\n", "\n", "\r\n\r\n", "\r\n ", ": ", ";", "=", "\"",
            "Content-Type: ", "multipart/mixed", "multipart/alternative", "multipart/", "text/plain", "text/html",
            "message/rfc822", "application/pdf", "application/msword", "; boundary=", "; boundary=\"b\"", "--b",
            "--b--", "--", "; charset=", "utf-8", "ISO-8859-1", "x-unknown", "UTF-7", "Content-Transfer-Encoding: ",
            "base64", "quoted-printable", "7bit", "8bit", "binary", "uuencode", "=?UTF-8?B?", "=?ISO-8859-1?Q?", "?=",
            "=3D", "=\r\n", "=C3=A9", "Content-Disposition: attachment; filename=", "filename*=UTF-8''", "name=",
            "From: ", "Message-ID: <", ">", "Date: ", "Mon, 31 Feb 2018 25:61:61 +9999", "Subject: ", "<html><body>",
            "<p>", "</p>", "<br>", "<script>", "On 1 May 2018, Ann wrote:", "> ", "-----Original Message-----",
            "\u0000", "\u00ff", "é", "\uD83D\uDE00");

    private static Gen<Mutant<byte[]>> emails() throws Exception {
        MimeMultipart alternative = new MimeMultipart("alternative",
                TestEmails.text("I agree with question 1.", "plain"),
                TestEmails.text("<p>I <b>agree</b> with question 1.</p><script>x()</script>", "html"));
        MimeMultipart attachments = new MimeMultipart(new MimeBodyPart[] {
                TestEmails.text("Our response is attached.\n\nOn 1 May 2018, Ann wrote:\n> earlier", "plain"),
                TestEmails.attachment("response.doc", "application/msword",
                        Seeds.bytes("uk/consultation/intake/email/response.doc")),
                TestEmails.attachment("response.pdf", "application/pdf", TestDocuments.pdf("We agree with Q4."))});
        MimeMultipart nested = new MimeMultipart("mixed", TestEmails.text("Forwarded:", "plain"));
        MimeBodyPart forwarded = new MimeBodyPart();
        forwarded.setContent(new MimeMessage(null, new ByteArrayInputStream(
                TestEmails.plain("<inner@example.org>", "Question 2: No"))), "message/rfc822");
        nested.addBodyPart(forwarded);
        return Mutants.bytes(List.of(
                TestEmails.plain("<plain@example.org>", "Question 1: Yes\nShared activities matter. Ünïcödé."),
                TestEmails.withContent("<alternative@example.org>", alternative),
                TestEmails.withContent("<attachments@example.org>", attachments),
                TestEmails.withContent("<nested@example.org>", nested),
                TestEmails.raw("""
                        From: =?ISO-8859-1?Q?Ren=E9e?= <renee@example.org>
                        Message-ID:
                         <folded@example.org>
                        Subject: =?UTF-8?B?UmVzcG9uc2U=?=
                        Content-Type: text/plain; charset=ISO-8859-1
                        Content-Transfer-Encoding: quoted-printable

                        Caf=E9 =93quotes=94 and a soft=
                         break. Question 3: more sport.
                        """)), DICTIONARY);
    }

    @Test
    void anyMessageIsReadOrRefusedWithAReason() throws Exception {
        Fuzzing.qt().forAll(emails()).checkAssert(email -> {
            try {
                ParsedEmail parsed = Bounded.call(() -> PARSER.parse(email.input()));

                assertThat(parsed.bodyText().length()).isLessThanOrEqualTo(EmailLimits.TEXT_CHARS);
                assertThat(parsed.attachments()).hasSizeLessThanOrEqualTo(EmailLimits.ATTACHMENTS)
                        .allSatisfy(attachment -> assertThat(attachment.unreadable()).isNotEqualTo(""));
            } catch (UnreadableEmailException refused) {
                assertThat(refused.getMessage()).isNotBlank();
            }
        });
    }

    @Test
    void anyMailboxIsReadMessageByMessage() throws Exception {
        ResponseRecorder recorder = mock(ResponseRecorder.class);
        given(recorder.consultation(CONSULTATION)).willReturn(ConsultationDefinitions.bundled(CONSULTATION));
        given(recorder.record(any(), any(), any(), any())).willReturn(new Receipt("id", "0000-0000", Instant.EPOCH));
        EmailIntake intake = new EmailIntake(recorder, PARSER, Clock.systemUTC());
        Gen<Mutant<byte[]>> mailboxes = emails().zip(emails(), (first, second) -> new Mutant<>(
                mbox(first.input(), second.input()), "mbox of [" + first + "] and [" + second + "]"));

        Fuzzing.qt().forAll(mailboxes).checkAssert(mailbox -> {
            try {
                MailboxReport report = Bounded.call(() -> intake.receiveMailbox(CONSULTATION, mailbox.input()));

                assertThat(report.received().size() + report.failed().size())
                        .isEqualTo(Mailbox.messages(mailbox.input()).size());
                assertThat(report.failed()).allSatisfy(failure -> assertThat(failure.reason()).isNotBlank());
            } catch (UnreadableEmailException empty) {
                assertThat(Mailbox.messages(mailbox.input())).isEmpty();
            }
        });
    }

    /** Two messages as an mbox export has them, body lines that begin "From " quoted. */
    private static byte[] mbox(byte[] first, byte[] second) {
        ByteArrayOutputStream mbox = new ByteArrayOutputStream();
        for (byte[] message : List.of(first, second)) {
            mbox.writeBytes("From ann@example.org Tue May  1 10:15:30 2018\n".getBytes(StandardCharsets.US_ASCII));
            String quoted = new String(message, StandardCharsets.ISO_8859_1).replaceAll("(?m)^(>*From )", ">$1");
            mbox.writeBytes(quoted.getBytes(StandardCharsets.ISO_8859_1));
            mbox.write('\n');
        }
        return mbox.toByteArray();
    }

    /**
     * Reading a message takes time linear in its size, whatever repeats in it: lines a reply quotes, tags, encoded
     * words, headers.
     */
    @Test
    void aMessageIsReadInTimeLinearInItsSize() throws Exception {
        Map<String, IntFunction<byte[]>> messages = new LinkedHashMap<>();
        messages.put("quoted replies", n -> TestEmails.plain("<quoted@example.org>",
                "On Tue, 1 May 2018, Ann wrote: \n> earlier\n-- Original Message --\n".repeat(n / 64)));
        messages.put("an HTML body", n -> unchecked(() -> TestEmails.withContent("<html@example.org>",
                new MimeMultipart("alternative", TestEmails.text("<div><p>I <b>agree</b></p>".repeat(n / 26)
                        + "</div>".repeat(n / 26), "html")))));
        messages.put("an encoded subject", n -> TestEmails.raw("Subject: " + "=?UTF-8?B?UmVzcG9uc2U=?= ".repeat(n / 25)
                + "\nContent-Type: text/plain\n\nQuestion 1: Yes\n"));
        messages.put("many headers", n -> TestEmails.raw("X-Header: value\n".repeat(n / 16)
                + "Content-Type: text/plain\n\nQuestion 1: Yes\n"));

        messages.forEach((shape, raw) -> LinearTime.assertLinear(shape, 500, raw, PARSER::parse));
    }

    private static byte[] unchecked(Callable<byte[]> build) {
        try {
            return build.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
