package uk.consultation.intake.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.consultation.testsupport.ScannedPages;

class DocumentTextTest {

    private static final DocumentText documents = new DocumentText(TestDocuments.ocrSettings(""));

    @Test
    void cutsTheTextAtTheLimitAndSaysSo() {
        byte[] longText = ("Libraries matter. ".repeat(DocumentText.MAX_CHARS / 10)).getBytes(StandardCharsets.UTF_8);

        ExtractedText extracted = documents.extract(longText, "response.txt");

        assertThat(extracted.truncated()).isTrue();
        assertThat(extracted.text()).startsWith("Libraries matter.").hasSizeLessThanOrEqualTo(DocumentText.MAX_CHARS);
    }

    @Test
    void readsShortTextWhole() {
        ExtractedText extracted = documents.extract("Libraries matter.".getBytes(StandardCharsets.UTF_8), "a.txt");

        assertThat(extracted.truncated()).isFalse();
        assertThat(extracted.text()).isEqualTo("Libraries matter.");
    }

    @Test
    void refusesToExpandAZipBomb() throws Exception {
        byte[] bomb = TestDocuments.zipBomb(20);

        assertThatThrownBy(() -> documents.extract(bomb, "response.zip"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("application/zip");
    }

    @Test
    void saysWhenADocumentIsProtectedByAPassword() throws Exception {
        byte[] pdf = TestDocuments.passwordProtectedPdf("Secret response");

        assertThatThrownBy(() -> documents.extract(pdf, "response.pdf"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("The file (application/pdf) is protected by a password");
    }

    /** Found by review (security issue 16): Tesseract was handed any image, whatever its header declared. */
    @Test
    void refusesAnImageOfMorePixelsThanTheLimitBeforeDecodingIt() throws Exception {
        byte[] bomb = TestDocuments.pngBomb(50_000, 50_000);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertThatThrownBy(() -> documents.extract(bomb, "scan.png"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("The image (image/png) is 50000 × 50000 pixels, more than the 40 million read: it is not"
                        + " read");
    }

    /** Found by review (security issue 16): every page of a PDF without text was rendered in process and read by OCR. */
    @Test
    void readsNoMorePagesOfAScannedPdfByOcrThanTheLimit() throws Exception {
        OcrSettings twoPages = new OcrSettings("", "eng", Duration.ofMinutes(2), 40_000_000, 2);
        byte[] scan = TestDocuments.scannedPdf(ScannedPages.page("Libraries"), ScannedPages.page("Museums"),
                ScannedPages.page("Swimming"));

        ExtractedText extracted = new DocumentText(twoPages).extract(scan, "scan.pdf");

        assertThat(extracted.text()).contains("Libraries", "Museums").doesNotContain("Swimming");
        assertThat(extracted.pages()).isEqualTo(3);
        assertThat(extracted.pagesNotRecognised()).isEqualTo(1);
    }

    @Test
    void doesNotRenderAPdfPageLargerThanTheLimit() throws Exception {
        ExtractedText extracted = documents.extract(TestDocuments.hugePagePdf(), "poster.pdf");

        assertThat(extracted.text()).isEmpty();
        assertThat(extracted.pagesNotRecognised()).isEqualTo(1);
    }

    @Test
    void findsTesseractOnThePathAndNotWhereItIsNotInstalled(@TempDir Path empty) {
        assertThat(documents.ocrAvailable()).isTrue();
        assertThat(new DocumentText(TestDocuments.ocrSettings(empty.toString())).ocrAvailable())
                .isFalse();
        assertThat(new DocumentText(TestDocuments.ocrSettings(empty.resolve("missing").toString()))
                .ocrAvailable()).isFalse();
    }
}
