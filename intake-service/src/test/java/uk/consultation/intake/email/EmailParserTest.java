package uk.consultation.intake.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.time.Instant;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import jakarta.mail.internet.MimeMultipart;
import uk.consultation.intake.document.DocumentText;
import uk.consultation.intake.document.TestDocuments;
import uk.consultation.schemas.response.ResponseReceived.Attachment;
import uk.consultation.testsupport.fuzz.Bounded;

class EmailParserTest {

    private static final EmailParser parser =
            new EmailParser(new DocumentText(TestDocuments.ocrSettings("")));

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
    void readsAnEmailNestedAsDeepAsTheLimit() {
        assertThat(parser.parse(TestEmails.nested("<deep@example.org>", EmailLimits.MIME_DEPTH)).bodyText())
                .isEqualTo("Deep down.");
    }

    /**
     * Found by review (security issue 16): parsing recursed once a level, and 10,000 levels overflowed the stack, which
     * came out of Jakarta Mail as an IllegalStateException ("Cannot load interface jakarta.mail.util.StreamProvider"):
     * out of a mailbox poll, that cancelled every later poll.
     */
    @Test
    void refusesAnEmailNestedDeeperThanTheLimit() {
        for (int depth : new int[] {EmailLimits.MIME_DEPTH + 1, 10_000}) {
            assertThatThrownBy(() -> parser.parse(TestEmails.nested("<deeper@example.org>", depth)))
                    .isInstanceOf(UnreadableEmailException.class)
                    .hasMessage("The email's parts are nested more than 10 deep: it is not taken as a response")
                    .extracting(e -> ((UnreadableEmailException) e).messageId()).isEqualTo("<deeper@example.org>");
        }
    }

    @Test
    void refusesAnEmailOfMorePartsThanTheLimit() throws Exception {
        MimeMultipart mixed = new MimeMultipart();
        for (int i = 0; i <= EmailLimits.MIME_PARTS; i++) {
            mixed.addBodyPart(TestEmails.text("Part " + i + ".", "plain"));
        }

        assertThatThrownBy(() -> parser.parse(TestEmails.withContent("<parts@example.org>", mixed)))
                .isInstanceOf(UnreadableEmailException.class)
                .hasMessage("The email has more than 200 parts: it is not taken as a response");
        mixed.removeBodyPart(0);
        assertThat(parser.parse(TestEmails.withContent("<parts@example.org>", mixed)).bodyText()).contains("Part 200.");
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
        mixed.addBodyPart(TestEmails.attachment("response.pdf", "application/pdf",
                TestDocuments.pdf("Funding for youth sport")));
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
    void extractsTheTextOfWord97OpenDocumentRtfAndPlainTextAttachments() throws Exception {
        MimeMultipart mixed = new MimeMultipart();
        mixed.addBodyPart(TestEmails.text("Four attachments.", "plain"));
        mixed.addBodyPart(TestEmails.attachment("response.doc", "application/msword", word97()));
        mixed.addBodyPart(TestEmails.attachment("response.odt", "application/octet-stream",
                odt("Parks should stay open late.")));
        mixed.addBodyPart(TestEmails.attachment("response.rtf", "application/rtf", """
                {\\rtf1\\ansi{\\fonttbl{\\f0\\froman Times New Roman;}}\\f0\\fs24
                Libraries should open on Sundays.\\par
                }""".getBytes(StandardCharsets.US_ASCII)));
        mixed.addBodyPart(TestEmails.attachment("response.txt", "text/plain",
                "Bus passes for carers.".getBytes(StandardCharsets.UTF_8)));

        ParsedEmail email = parser.parse(TestEmails.withContent("<formats@example.org>", mixed));

        assertThat(email.attachments()).extracting(Attachment::filename, Attachment::mediaType).containsExactly(
                tuple("response.doc", "application/msword"),
                tuple("response.odt", "application/vnd.oasis.opendocument.text"),
                tuple("response.rtf", "application/rtf"),
                tuple("response.txt", "text/plain"));
        assertThat(email.attachments()).extracting(Attachment::text).containsExactly(
                "Response from the Riverside Tenants Association\n\n"
                        + "We agree with question 4: community hubs should open in the evenings.",
                "Parks should stay open late.",
                "Libraries should open on Sundays.",
                "Bus passes for carers.");
    }

    @Test
    void keepsAPasswordProtectedAttachmentWithoutText() throws Exception {
        MimeMultipart mixed = new MimeMultipart();
        mixed.addBodyPart(TestEmails.text("Our response is attached.", "plain"));
        mixed.addBodyPart(TestEmails.attachment("response.pdf", "application/pdf",
                TestDocuments.passwordProtectedPdf("Funding for youth sport")));

        ParsedEmail email = parser.parse(TestEmails.withContent("<locked@example.org>", mixed));

        assertThat(email.bodyText()).isEqualTo("Our response is attached.");
        assertThat(email.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.mediaType()).isEqualTo("application/pdf");
            assertThat(attachment.text()).isEmpty();
            assertThat(attachment.unreadable()).isEqualTo("The file (application/pdf) is protected by a password");
        });
    }

    @Test
    void keepsAZipBombAttachmentWithoutExpandingIt() throws Exception {
        MimeMultipart mixed = new MimeMultipart();
        mixed.addBodyPart(TestEmails.text("See the zip.", "plain"));
        mixed.addBodyPart(TestEmails.attachment("response.zip", "application/zip", TestDocuments.zipBomb(20)));

        ParsedEmail email = parser.parse(TestEmails.withContent("<bomb@example.org>", mixed));

        assertThat(email.bodyText()).isEqualTo("See the zip.");
        assertThat(email.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.mediaType()).isEqualTo("application/zip");
            assertThat(attachment.text()).isEmpty();
            assertThat(attachment.unreadable()).startsWith("The file (application/zip) could not be read");
        });
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
            assertThat(attachment.unreadable()).startsWith("The file (application/pdf) could not be read");
        });
        assertThat(email.hasText()).isTrue();
    }

    @Test
    void refusesAnEmailWithMoreAttachmentsThanAnyResponseHas() throws Exception {
        MimeMultipart mixed = new MimeMultipart();
        mixed.addBodyPart(TestEmails.text("Everything we have.", "plain"));
        for (int i = 0; i <= EmailLimits.ATTACHMENTS; i++) {
            mixed.addBodyPart(TestEmails.attachment("part-" + i + ".txt", "text/plain",
                    ("Part " + i).getBytes(StandardCharsets.UTF_8)));
        }
        byte[] email = TestEmails.withContent("<many@example.org>", mixed);

        assertThatThrownBy(() -> parser.parse(email)).isInstanceOf(UnreadableEmailException.class)
                .hasMessageContaining("more than " + EmailLimits.ATTACHMENTS + " attachments")
                .extracting(e -> ((UnreadableEmailException) e).messageId()).isEqualTo("<many@example.org>");
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

    private static byte[] word97() throws IOException {
        try (InputStream doc = EmailParserTest.class.getResourceAsStream("response.doc")) {
            return doc.readAllBytes();
        }
    }

    /** The least an OpenDocument text needs: its type, stored first and uncompressed, a manifest and the content. */
    private static byte[] odt(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
                        manifest:version="1.2">
                      <manifest:file-entry manifest:full-path="/"
                          manifest:media-type="application/vnd.oasis.opendocument.text"/>
                      <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>
                    """.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                      <office:body><office:text><text:p>%s</text:p></office:text></office:body>
                    </office:document-content>
                    """.formatted(text).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void aForwardedEmailIsReadAsAnEmail() throws Exception {
        MimeMultipart content = new MimeMultipart(TestEmails.text("Forwarding my neighbour's response.", "plain"),
                TestEmails.attachment("response.eml", "message/rfc822",
                        TestEmails.plain("<inner@example.org>", "Question 2: No\nToo little on funding.")));

        ParsedEmail email = parser.parse(TestEmails.withContent("<outer@example.org>", content));

        assertThat(email.attachments()).extracting(Attachment::filename, Attachment::mediaType, Attachment::text)
                .containsExactly(tuple("response.eml", "message/rfc822", "Question 2: No\nToo little on funding."));
    }

    /** Found by fuzzing: Tika's mail parser took time quadratic in an address header without an @. */
    @Test
    void aForwardedEmailWithALongAddressHeaderIsReadAtOnce() throws Exception {
        byte[] forwarded = TestEmails.raw("From: " + "x".repeat(200_000) + "\n\nQuestion 2: No\n");
        MimeMultipart content = new MimeMultipart(TestEmails.text("Forwarded.", "plain"),
                TestEmails.attachment("response.eml", "application/octet-stream", forwarded));

        ParsedEmail email = Bounded.call(() -> parser.parse(TestEmails.withContent("<long@example.org>", content)));

        assertThat(email.attachments()).extracting(Attachment::text).containsExactly("Question 2: No");
    }

    /** Found by fuzzing: the quoted-printable decoder recursed once for each soft line break. */
    @Test
    void aLongRunOfSoftLineBreaksIsUnreadableNotAStackOverflow() {
        String softBreaks = "=\n".repeat(200_000);

        assertThatThrownBy(() -> parser.parse(TestEmails.raw("""
                Message-ID: <qp-body@example.org>
                Content-Type: text/plain
                Content-Transfer-Encoding: quoted-printable

                """ + softBreaks + "x"))).isInstanceOf(UnreadableEmailException.class);
        assertThat(parser.parse(TestEmails.raw("""
                Message-ID: <qp-attachment@example.org>
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: text/plain

                Our response is attached.
                --b
                Content-Type: text/plain
                Content-Disposition: attachment; filename=response.txt
                Content-Transfer-Encoding: quoted-printable

                """ + softBreaks + "x\n--b--\n")).attachments())
                .extracting(Attachment::unreadable).containsExactly("The attachment could not be decoded from the email");
    }

    @Test
    void anEmailForwardedInsideItselfOverAndOverIsReadOnlySoDeep() {
        assertThat(parser.parse(forwardedInside(EmailLimits.FORWARDS)).attachments())
                .extracting(Attachment::text).containsExactly("Question 2: No");
        assertThat(parser.parse(forwardedInside(EmailLimits.FORWARDS + 1)).attachments())
                .extracting(Attachment::text).containsExactly("");
    }

    private static byte[] forwardedInside(int times) {
        byte[] email = TestEmails.plain("<innermost@example.org>", "Question 2: No");
        for (int i = 0; i < times; i++) {
            ByteArrayOutputStream forward = new ByteArrayOutputStream();
            forward.writeBytes(TestEmails.raw("Message-ID: <forward-" + i + "@example.org>\n"
                    + "Content-Type: message/rfc822\n\n"));
            forward.writeBytes(email);
            email = forward.toByteArray();
        }
        return email;
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
