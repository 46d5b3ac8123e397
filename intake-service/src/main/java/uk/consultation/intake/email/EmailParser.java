package uk.consultation.intake.email;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import uk.consultation.intake.document.DocumentText;
import uk.consultation.intake.document.ExtractedText;
import uk.consultation.intake.document.UnreadableDocumentException;
import uk.consultation.intake.receive.Text;
import uk.consultation.schemas.response.ResponseReceived.Attachment;

/** Reads a raw RFC 822 message: its headers, its body as plain text and the text of its attachments. */
@Component
class EmailParser {

    private static final Logger log = LoggerFactory.getLogger(EmailParser.class);

    // Parsing only: no transport is ever opened
    private static final Session SESSION = Session.getInstance(new Properties());

    private static final String FORWARDED = "message/rfc822";

    private final DocumentText documents;

    EmailParser(DocumentText documents) {
        this.documents = documents;
    }

    ParsedEmail parse(byte[] raw) {
        return read(raw, 0, new PartCount());
    }

    /**
     * @param forwards how many forwarded messages this one is inside
     * @param parts    the parts read so far of the email this one was forwarded in
     */
    private ParsedEmail read(byte[] raw, int forwards, PartCount parts) {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            Contents contents = new Contents(messageId(message), parts);
            collect(message, contents, 0, forwards);
            InternetAddress sender = sender(message);
            String body = QuotedReplies.strip(String.join("\n\n", contents.bodies));
            return new ParsedEmail(contents.messageId, Text.blankToNull(message.getSubject()), sentAt(message),
                    sender == null ? null : Text.blankToNull(sender.getPersonal()),
                    sender == null ? null : Text.blankToNull(sender.getAddress()),
                    body.length() > EmailLimits.TEXT_CHARS ? body.substring(0, EmailLimits.TEXT_CHARS) : body,
                    contents.attachments);
        } catch (MessagingException | IOException e) {
            throw new UnreadableEmailException(null, "The message could not be read as a MIME email");
        }
    }

    private static final class Contents {
        final @Nullable String messageId;
        final PartCount parts;
        final List<String> bodies = new ArrayList<>();
        final List<Attachment> attachments = new ArrayList<>();

        Contents(@Nullable String messageId, PartCount parts) {
            this.messageId = messageId;
            this.parts = parts;
        }
    }

    /** Shared by an email and the emails forwarded inside it, so that forwarding does not multiply the limit. */
    private static final class PartCount {
        int count;
    }

    /** @param depth how many multiparts this part is inside */
    private void collect(Part part, Contents contents, int depth, int forwards) throws MessagingException, IOException {
        if (isAttachment(part)) {
            if (contents.attachments.size() == EmailLimits.ATTACHMENTS) {
                throw new UnreadableEmailException(contents.messageId, "The email has more than " + EmailLimits.ATTACHMENTS
                        + " attachments: it is not taken as a response");
            }
            contents.attachments.add(attachment(part, contents.parts, forwards));
        } else if (part.isMimeType("multipart/alternative")) {
            Part preferred = preferred(multipart(part, contents, depth));
            if (preferred != null) {
                collect(preferred, contents, depth + 1, forwards);
            }
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = multipart(part, contents, depth);
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), contents, depth + 1, forwards);
            }
        } else if (part.isMimeType("text/plain")) {
            contents.bodies.add(text(part));
        } else if (part.isMimeType("text/html")) {
            contents.bodies.add(HtmlText.of(text(part)));
        } else if (part.isMimeType(FORWARDED)) {
            contents.attachments.add(attachment(part, contents.parts, forwards));
        }
        // Anything else inline and unnamed (a signature's logo, a calendar stub) is not part of the response
    }

    /** The parts of a multipart, refusing the email where they go deeper or number more than any real email's. */
    private static Multipart multipart(Part part, Contents contents, int depth) throws MessagingException, IOException {
        if (depth == EmailLimits.MIME_DEPTH) {
            throw new UnreadableEmailException(contents.messageId, "The email's parts are nested more than "
                    + EmailLimits.MIME_DEPTH + " deep: it is not taken as a response");
        }
        Multipart multipart = (Multipart) part.getContent();
        contents.parts.count += multipart.getCount();
        if (contents.parts.count > EmailLimits.MIME_PARTS) {
            throw new UnreadableEmailException(contents.messageId, "The email has more than " + EmailLimits.MIME_PARTS
                    + " parts: it is not taken as a response");
        }
        return multipart;
    }

    private static boolean isAttachment(Part part) throws MessagingException {
        return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                || part.getFileName() != null && !part.isMimeType("multipart/*");
    }

    /** Plain text where the sender wrote it, else HTML, else the richest (last) alternative. */
    private static @Nullable Part preferred(Multipart alternatives) throws MessagingException {
        Part html = null;
        for (int i = 0; i < alternatives.getCount(); i++) {
            Part part = alternatives.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return part;
            }
            if (html == null && part.isMimeType("text/html")) {
                html = part;
            }
        }
        if (html != null) {
            return html;
        }
        return alternatives.getCount() == 0 ? null : alternatives.getBodyPart(alternatives.getCount() - 1);
    }

    /** The part's text, decoded from its transfer encoding and its charset. */
    private static String text(Part part) throws MessagingException, IOException {
        return new String(decoded(part), charset(part));
    }

    /** The part's content, decoded from its transfer encoding. */
    private static byte[] decoded(Part part) throws MessagingException, IOException {
        try (var content = part.getInputStream()) {
            return content.readAllBytes();
        } catch (StackOverflowError e) {
            // Angus Mail's quoted-printable decoder recurses once for each soft line break, so a long run of them
            // overflows the stack (found by fuzzing). The stack has unwound, and only this part's stream was in use.
            throw new IOException("The quoted-printable content could not be decoded");
        }
    }

    private static Charset charset(Part part) {
        try {
            String declared = new ContentType(part.getContentType()).getParameter("charset");
            if (declared == null) {
                return StandardCharsets.UTF_8;
            }
            Charset charset = Charset.forName(MimeUtility.javaCharset(declared.strip()));
            // As browsers do: mail labelled Latin-1 is very often Windows-1252 (curly quotes, €), a superset of it
            return charset.equals(StandardCharsets.ISO_8859_1) ? Charset.forName("windows-1252") : charset;
        } catch (MessagingException | IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** An attachment is kept even when unreadable: its name tells the team something was sent. */
    private Attachment attachment(Part part, PartCount parts, int forwards) throws MessagingException {
        String filename = filename(part);
        byte[] content;
        try {
            content = decoded(part);
        } catch (IOException e) {
            return Attachment.unreadable(filename, baseType(part), "The attachment could not be decoded from the email");
        }
        if (part.isMimeType(FORWARDED) || FORWARDED.equals(documents.mediaType(content, filename))) {
            return forwarded(filename, content, parts, forwards);
        }
        try {
            ExtractedText extracted = documents.extract(content, filename);
            return Attachment.read(filename, extracted.mediaType(), extracted.text());
        } catch (UnreadableDocumentException e) {
            // The response must not be lost for want of an attachment's text: it is kept, saying why it has none. The
            // filename may name the sender, so only the reason (which gives the type) is logged.
            log.warn("An attachment is kept without its text: {}", e.getMessage());
            return Attachment.unreadable(filename, documents.mediaType(content, filename), e.getMessage());
        }
    }

    /**
     * A forwarded email is read as an email, its text and its attachments' text, not by Tika: Tika's mail parser takes
     * time quadratic in a long address header (found by fuzzing).
     */
    private Attachment forwarded(String filename, byte[] content, PartCount parts, int forwards) {
        if (forwards == EmailLimits.FORWARDS) {
            return Attachment.unreadable(filename, FORWARDED, "Forwarded more than " + EmailLimits.FORWARDS
                    + " times over: not read");
        }
        try {
            ParsedEmail email = read(content, forwards + 1, parts);
            String text = Stream.concat(Stream.of(email.bodyText()), email.attachments().stream().map(Attachment::text))
                    .filter(part -> !part.isBlank()).collect(Collectors.joining("\n\n"));
            return Attachment.read(filename, FORWARDED,
                    text.length() > EmailLimits.TEXT_CHARS ? text.substring(0, EmailLimits.TEXT_CHARS) : text);
        } catch (UnreadableEmailException e) {
            return Attachment.unreadable(filename, FORWARDED, e.getMessage());
        }
    }

    private static String filename(Part part) throws MessagingException {
        String filename = part.getFileName();
        if (filename == null || filename.isBlank()) {
            return part.isMimeType(FORWARDED) ? "message.eml" : "attachment";
        }
        try {
            return MimeUtility.decodeText(filename);
        } catch (UnsupportedEncodingException e) {
            return filename;
        }
    }

    private static String baseType(Part part) {
        try {
            return new ContentType(part.getContentType()).getBaseType();
        } catch (MessagingException e) {
            return "application/octet-stream";
        }
    }

    private static @Nullable String messageId(MimeMessage message) throws MessagingException {
        String header = message.getMessageID();
        if (header == null) {
            return null;
        }
        // Folding may have put whitespace inside; the angle brackets are optional in the wild
        String id = header.replaceAll("\\s", "");
        if (id.startsWith("<") && id.endsWith(">")) {
            id = id.substring(1, id.length() - 1);
        }
        return id.isEmpty() ? null : "<" + id + ">";
    }

    private static @Nullable Instant sentAt(MimeMessage message) throws MessagingException {
        var date = message.getSentDate();
        return date == null ? null : date.toInstant();
    }

    private static @Nullable InternetAddress sender(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            return from != null && from.length > 0 && from[0] instanceof InternetAddress address ? address : null;
        } catch (MessagingException e) {
            // A malformed From loses only the contact details, not the response
            return null;
        }
    }
}
