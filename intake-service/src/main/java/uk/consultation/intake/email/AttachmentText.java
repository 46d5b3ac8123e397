package uk.consultation.intake.email;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The type and text of an attachment (PDF, Word, OpenDocument, RTF, text, …) by Apache Tika. */
@Component
class AttachmentText {

    private static final Logger log = LoggerFactory.getLogger(AttachmentText.class);

    // Thread-safe, and costly to build: one for the whole service
    private final Tika tika = new Tika();

    AttachmentText() {
        tika.setMaxStringLength(EmailLimits.TEXT_CHARS);
    }

    String mediaType(byte[] content, String filename) {
        return tika.detect(content, filename);
    }

    /** The attachment's text, cut at the limit; empty when Tika cannot read it, which must not lose the response. */
    String text(byte[] content, String filename) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        try {
            return tika.parseToString(new ByteArrayInputStream(content), metadata).strip();
        } catch (IOException | TikaException | RuntimeException e) {
            // The filename may name the sender, so only the type is logged
            log.warn("Could not read the text of a {} attachment: {}", mediaType(content, filename),
                    e.getClass().getSimpleName());
            return "";
        }
    }
}
