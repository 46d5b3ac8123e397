package uk.consultation.intake.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.apache.tika.Tika;
import org.apache.tika.config.ServiceLoader;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.mail.RFC822Parser;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * The type and text of a document (PDF, Word, OpenDocument, RTF, text, images, …) by Apache Tika, reading images and
 * pages without a text layer with Tesseract. Tika's own guards stay on: a zip bomb or too deep nesting is refused
 * rather than expanded. What is decoded to pixels is bounded too: an image is measured from its header before it is
 * read, and a PDF's pages are rendered for OCR only within {@link OcrSettings}' limits.
 */
@Component
public class DocumentText {

    /** Per document: far more than any response, small enough to keep a Kafka record sane. */
    public static final int MAX_CHARS = 1_000_000;

    private static final Logger log = LoggerFactory.getLogger(DocumentText.class);

    // Thread-safe, and costly to build: one of each for the whole service
    private final Tika detector = new Tika();
    private final Parser parser;
    private final boolean ocrAvailable;
    private final OcrSettings settings;

    public DocumentText(OcrSettings settings) {
        this.settings = settings;
        TesseractOCRParser ocr = new TesseractOCRParser();
        ocr.setTesseractPath(settings.tesseractPath() == null ? "" : settings.tesseractPath().strip());
        ocrAvailable = initialise(ocr);
        // Tika's own Tesseract parser would look only on the PATH; ours is the one configured. Emails are read by the
        // email parser: Tika's takes time quadratic in a long address header.
        Parser others = new DefaultParser(MediaTypeRegistry.getDefaultRegistry(), new ServiceLoader(),
                List.of(TesseractOCRParser.class, RFC822Parser.class));
        AutoDetectParser autoDetect = ocrAvailable ? new AutoDetectParser(others, ocr) : new AutoDetectParser(others);
        autoDetect.setAutoDetectParserConfig(guards());
        parser = autoDetect;
    }

    /**
     * Tika's guards against documents built to exhaust the reader, set here so that they are seen. Tika looks at the
     * compression ratio only once this much text has come out, so it must be well below {@link #MAX_CHARS}: else a zip
     * bomb would pass as a long document cut at the limit.
     */
    private static AutoDetectParserConfig guards() {
        AutoDetectParserConfig guards = new AutoDetectParserConfig();
        guards.setOutputThreshold(100_000);
        guards.setMaximumCompressionRatio(100);
        guards.setMaximumDepth(100);
        guards.setMaximumPackageEntryDepth(10);
        return guards;
    }

    private static boolean initialise(TesseractOCRParser ocr) {
        try {
            ocr.initialize(Map.of());
            if (ocr.hasTesseract()) {
                return true;
            }
        } catch (TikaConfigException e) {
            // a tesseract path that is not a directory: the same as no Tesseract
        }
        log.warn("Tesseract was not found: scanned letters cannot be read, and images give no text");
        return false;
    }

    /** Whether images and scanned pages are read; without Tesseract they give no text. */
    public boolean ocrAvailable() {
        return ocrAvailable;
    }

    public String mediaType(byte[] content, @Nullable String filename) {
        return detector.detect(content, filename);
    }

    /**
     * The document's text, cut at {@link #MAX_CHARS}.
     *
     * @throws UnreadableDocumentException when it is corrupt, encrypted, a suspected zip bomb, or an image larger than
     *                                     the settings allow
     */
    public ExtractedText extract(byte[] content, @Nullable String filename) {
        String mediaType = mediaType(content, filename);
        if (mediaType.startsWith("image/")) {
            ImageSize.check(content, mediaType, settings);
        }
        BoundedPageRenderer pages = new BoundedPageRenderer(settings);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        WriteOutContentHandler text = new WriteOutContentHandler(MAX_CHARS);
        boolean truncated = false;
        // A plain stream, not a TikaInputStream of the bytes: with that Tika would open a zip whole and weigh the text
        // against all of it, so that the zip bomb guard could not see a small bomb coming
        try (InputStream stream = new ByteArrayInputStream(content)) {
            parser.parse(stream, new BodyContentHandler(text), metadata, context(pages));
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException("The file (" + mediaType + ") is protected by a password", e);
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw UnreadableDocumentException.damaged(mediaType, e);
            }
            truncated = true;
        }
        return new ExtractedText(mediaType, text.toString().strip(), metadata.getInt(PagedText.N_PAGES), truncated,
                pages.skipped());
    }

    private ParseContext context(BoundedPageRenderer pages) {
        ParseContext context = new ParseContext();
        // Attachments inside a document, and the page images of a PDF, are read by the same parser
        context.set(Parser.class, parser);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setLanguage(settings.language());
        ocr.setTimeoutSeconds(Math.toIntExact(settings.timeout().toSeconds()));
        // The empty image of a page not rendered (BoundedPageRenderer) is not worth a Tesseract process
        ocr.setMinFileSizeToOcr(1);
        context.set(TesseractOCRConfig.class, ocr);
        PDFParserConfig pdf = new PDFParserConfig();
        // A scanned letter is a PDF of page images: OCR every page that has (next to) no text of its own
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
        pdf.setRenderer(pages);
        context.set(PDFParserConfig.class, pdf);
        return context;
    }
}
