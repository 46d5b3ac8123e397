package uk.consultation.intake.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import jakarta.mail.internet.MimeMultipart;
import uk.consultation.schemas.response.ResponseReceived.Attachment;

class EmailParserTest {

    private static final EmailParser parser = new EmailParser(new AttachmentText());

    @Test
    void readsAPlainTextEmailAndItsHeaders() {
        ParsedEmail email = parser.parse(TestEmails.raw("""
                From: "Ann Example" <ann.example@example.org>
                To: consultation@example.gov.uk
                Subject: My response
                Date: Tue, 1 May 2018 11:15:30 +0100
                Message-ID:
                 <abc.123@mail.example.org>
                Content-Type: text/plain; charset=us-ascii

                I support more English classes.
                """));

        assertThat(email.messageId()).isEqualTo("<abc.123@mail.example.org>");
        assertThat(email.subject()).isEqualTo("My response");
        assertThat(email.sentAt()).isEqualTo(Instant.parse("2018-05-01T10:15:30Z"));
        assertThat(email.senderName()).isEqualTo("Ann Example");
        assertThat(email.senderEmail()).isEqualTo("ann.example@example.org");
        assertThat(email.bodyText()).isEqualTo("I support more English classes.");
        assertThat(email.attachments()).isEmpty();
    }

    @Test
    void prefersThePlainTextOfAnAlternative() throws Exception {
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(TestEmails.text("Plain words.", "plain"));
        alternative.addBodyPart(TestEmails.text("<p>HTML words.</p>", "html"));

        ParsedEmail email = parser.parse(TestEmails.withContent("<alt@example.org>", alternative));

        assertThat(email.bodyText()).isEqualTo("Plain words.");
    }

    @Test
    void turnsAnHtmlOnlyBodyIntoReadableText() throws Exception {
        MimeMultipart mixed = new MimeMultipart();
        mixed.addBodyPart(TestEmails.text("""
                <html><head><style>p { color: red }</style></head>
                <body><p>First  paragraph &amp; more.</p><div>Second<br>line</div>
                <script>track()</script><ul><li>one</li><li>two</li></ul></body></html>
                """, "html"));

        ParsedEmail email = parser.parse(TestEmails.withContent("<html@example.org>", mixed));

        assertThat(email.bodyText()).isEqualTo("First paragraph & more.\nSecond\nline\none\ntwo");
    }

    @Test
    void decodesQuotedPrintableInItsOwnCharset() {
        ParsedEmail email = parser.parse(TestEmails.raw("""
                From: ann.example@example.org
                Subject: =?ISO-8859-1?Q?Caf=E9_licences?=
                Content-Type: text/plain; charset=ISO-8859-1
                Content-Transfer-Encoding: quoted-printable

                The caf=E9 pays =A3100 a year and =80 in Dublin; this is a long line that =
                is soft-broken.
                """));

        assertThat(email.subject()).isEqualTo("Café licences");
        assertThat(email.bodyText())
                .isEqualTo("The café pays £100 a year and € in Dublin; this is a long line that is soft-broken.");
    }

    @Test
    void decodesWindows1252() {
        ParsedEmail email = parser.parse(TestEmails.raw("""
                Content-Type: text/plain; charset=windows-1252
                Content-Transfer-Encoding: 8bit

                \u0093Quoted\u0094 words.
                """));

        assertThat(email.bodyText()).isEqualTo("\u201cQuoted\u201d words.");
    }

    @Test
    void decodesABase64Body() {
        String encoded = Base64.getMimeEncoder().encodeToString("Réponse: je suis d’accord.".getBytes(StandardCharsets.UTF_8));
        ParsedEmail email = parser.parse(TestEmails.raw("""
                Content-Type: text/plain; charset="utf-8"
                Content-Transfer-Encoding: base64

                %s
                """.formatted(encoded)));

        assertThat(email.bodyText()).isEqualTo("Réponse: je suis d’accord.");
    }

    @Test
    void leavesOutQuotedEarlierMessages() {
        ParsedEmail reply = parser.parse(TestEmails.plain("<reply@example.org>", """
                I disagree with question 1.
                > What do you think of question 1?
                It needs funding.

                On Mon, 4 Jun 2018 at 10:00, Consultation Team <team@example.gov.uk>
                wrote:
                > Please respond by 5 June.
                The consultation team
                """));
        ParsedEmail forward = parser.parse(TestEmails.plain("<outlook@example.org>", """
                Agreed.

                -----Original Message-----
                From: Consultation Team
                Please respond.
                """));

        assertThat(reply.bodyText()).isEqualTo("I disagree with question 1.\nIt needs funding.");
        assertThat(forward.bodyText()).isEqualTo("Agreed.");
    }

    @Test
    void extractsTheTextOfPdfAndWordAttachments() throws Exception {
        MimeMultipart mixed = new MimeMultipart();
        mixed.addBodyPart(TestEmails.text("Please see our response attached.", "plain"));
        mixed.addBodyPart(TestEmails.attachment("response.pdf", "application/pdf", pdf("Funding for youth sport")));
        mixed.addBodyPart(TestEmails.attachment("annex.docx", "application/octet-stream", docx("Annex on libraries")));

        ParsedEmail email = parser.parse(TestEmails.withContent("<attached@example.org>", mixed));

        assertThat(email.bodyText()).isEqualTo("Please see our response attached.");
        assertThat(email.attachments()).extracting(Attachment::filename, Attachment::mediaType).containsExactly(
                tuple("response.pdf", "application/pdf"),
                tuple("annex.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        assertThat(email.attachments().get(0).text()).contains("Funding for youth sport");
        assertThat(email.attachments().get(1).text()).contains("Annex on libraries");
    }

    @Test
    void keepsAnUnreadableAttachmentWithoutText() throws Exception {
        MimeMultipart mixed = new MimeMultipart();
        mixed.addBodyPart(TestEmails.text("Our response is attached.", "plain"));
        mixed.addBodyPart(TestEmails.attachment("broken.pdf", "application/pdf", "%PDF-1.7 not really".getBytes()));

        ParsedEmail email = parser.parse(TestEmails.withContent("<broken@example.org>", mixed));

        assertThat(email.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.filename()).isEqualTo("broken.pdf");
            assertThat(attachment.text()).isEmpty();
        });
        assertThat(email.hasText()).isTrue();
    }

    @Test
    void anEmailWithNothingToReadHasNoText() throws Exception {
        MimeMultipart mixed = new MimeMultipart();
        mixed.addBodyPart(TestEmails.text("> only a quote", "plain"));
        mixed.addBodyPart(TestEmails.attachment("broken.pdf", "application/pdf", new byte[] {1, 2, 3}));

        assertThat(parser.parse(TestEmails.withContent("<empty@example.org>", mixed)).hasText()).isFalse();
    }

    @Test
    void aMessageThatIsNotMimeIsUnreadable() {
        assertThatThrownBy(() -> parser.parse(TestEmails.raw("""
                Content-Type: multipart/mixed; boundary="never-closed

                --never-closed
                """))).isInstanceOf(UnreadableEmailException.class);
    }

    private static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText(text);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        }
    }
}
