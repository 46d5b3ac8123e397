package uk.consultation.intake.letter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import uk.consultation.intake.document.DocumentText;
import uk.consultation.intake.document.ExtractedText;
import uk.consultation.intake.document.UnreadableDocumentException;
import uk.consultation.intake.receive.ResponseIdentity;
import uk.consultation.intake.receive.ResponseRecorder;
import uk.consultation.intake.receive.Text;

/** Reads a scanned letter with OCR into a draft transcription. Records nothing: staff submit the corrected draft. */
@Service
class ScanReader {

    private static final Logger log = LoggerFactory.getLogger(ScanReader.class);

    /** What scanners and scanning apps produce. */
    private static final Set<String> SCAN_TYPES = Set.of("application/pdf", "image/png", "image/jpeg", "image/tiff");

    private final ResponseRecorder recorder;
    private final DocumentText documents;
    private final ScanSettings settings;

    ScanReader(ResponseRecorder recorder, DocumentText documents, ScanSettings settings) {
        this.recorder = recorder;
        this.documents = documents;
        this.settings = settings;
    }

    DraftTranscription draft(String consultationId, MultipartFile scan, @Nullable String scanReference)
            throws IOException {
        recorder.consultation(consultationId);
        if (scan.getSize() > settings.maxSize().toBytes()) {
            throw UnacceptableScanException.tooLarge(settings.maxSize());
        }
        byte[] content = scan.getBytes();
        if (content.length == 0) {
            throw UnacceptableScanException.empty();
        }
        // The content decides, not the name or the type the browser claimed
        String mediaType = documents.mediaType(content, scan.getOriginalFilename());
        if (!SCAN_TYPES.contains(mediaType)) {
            throw UnacceptableScanException.unsupported(mediaType);
        }
        if (!documents.ocrAvailable()) {
            // An empty draft would read as a blank letter
            throw new OcrUnavailableException();
        }
        ExtractedText extracted;
        try {
            extracted = documents.extract(content, scan.getOriginalFilename());
        } catch (UnreadableDocumentException e) {
            throw UnacceptableScanException.unreadable(e.getMessage());
        }
        List<String> warnings = new ArrayList<>();
        if (extracted.text().isBlank()) {
            warnings.add("No text was recognised: type the letter in from the scan");
        }
        if (extracted.pagesNotRecognised() > 0) {
            warnings.add("OCR did not read " + extracted.pagesNotRecognised() + " of the pages, being beyond the most it"
                    + " reads of one scan or too large to render: type them in from the scan");
        }
        if (extracted.truncated()) {
            warnings.add("Only the first " + DocumentText.MAX_CHARS + " characters were read");
        }
        log.info("Drafted a transcription of a scan ({}) for {}", mediaType, consultationId);
        return new DraftTranscription(
                Text.isBlank(scanReference) ? "sha256:" + ResponseIdentity.sha256(content) : scanReference.strip(),
                mediaType,
                // OCR leaves runs of blank lines where the page had space; one is enough to show a paragraph
                extracted.text().replaceAll("\n{3,}", "\n\n"), extracted.pages(), warnings);
    }
}
