package uk.consultation.intake.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentTextTest {

    private static final DocumentText documents = new DocumentText(new OcrSettings("", "eng", Duration.ofMinutes(2)));

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

    @Test
    void findsTesseractOnThePathAndNotWhereItIsNotInstalled(@TempDir Path empty) {
        assertThat(documents.ocrAvailable()).isTrue();
        assertThat(new DocumentText(new OcrSettings(empty.toString(), "eng", Duration.ofMinutes(2))).ocrAvailable())
                .isFalse();
        assertThat(new DocumentText(new OcrSettings(empty.resolve("missing").toString(), "eng",
                Duration.ofMinutes(2))).ocrAvailable()).isFalse();
    }
}
