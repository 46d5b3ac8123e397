package uk.consultation.intake.letter;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import uk.consultation.intake.document.DocumentText;
import uk.consultation.intake.document.OcrSettings;
import uk.consultation.intake.document.TestDocuments;
import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.intake.receive.KeyClaims;
import uk.consultation.intake.receive.ResponseRecorder;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.testsupport.ScannedPages;

/**
 * Drafting transcriptions of scanned letters with the real Tesseract. The publisher is a mock standing in for Kafka,
 * there only to show that a draft publishes nothing.
 */
@WithMockUser(roles = "TRANSCRIBER")
@WebMvcTest(controllers = ScanController.class, properties = "letters.scans.max-size=256KB")
@Import({ScanReader.class, DocumentText.class, ResponseRecorder.class})
@EnableConfigurationProperties({ScanSettings.class, OcrSettings.class})
class ScanControllerTest {

    private static final String CONSULTATION = "integrated-communities-2018";
    private static final String URL = "/api/v1/consultations/" + CONSULTATION + "/letters/scans";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ConsultationCatalog catalog;

    @MockitoBean
    EventPublisher publisher;

    @MockitoBean
    KeyClaims keys;

    private void consultationIsKnown() {
        given(catalog.find(CONSULTATION)).willReturn(Optional.of(ConsultationDefinitions.bundled(CONSULTATION)));
    }

    @AfterEach
    void aDraftIsNotAResponse() {
        verifyNoInteractions(publisher);
    }

    private ResultActions upload(String filename, String declaredType, byte[] content) throws Exception {
        return mvc.perform(multipart(URL).with(csrf())
                .file(new MockMultipartFile("file", filename, declaredType, content)));
    }

    @Test
    void draftsATranscriptionOfAScannedImageUnderItsGivenReference() throws Exception {
        consultationIsKnown();
        byte[] png = ScannedPages.png(ScannedPages.page(TestScans.LETTER));

        mvc.perform(multipart(URL).with(csrf()).file(new MockMultipartFile("file", "letter.png", "image/png", png))
                        .param("scanReference", " SCAN-2018-0042 "))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.scanReference").value("SCAN-2018-0042"))
                .andExpect(jsonPath("$.mediaType").value("image/png"))
                .andExpect(jsonPath("$.draftText", containsString("Question 1")))
                .andExpect(jsonPath("$.draftText", containsStringIgnoringCase("integrated communities")))
                .andExpect(jsonPath("$.draftText", containsString("English classes")))
                .andExpect(jsonPath("$.warnings.length()").value(0));
    }

    @Test
    void readsAScannedPdfWhosePagesAreOnlyImages() throws Exception {
        consultationIsKnown();
        byte[] pdf = TestDocuments.scannedPdf(ScannedPages.page(TestScans.LETTER));

        // Browsers often claim octet-stream: the content decides
        upload("scan", "application/octet-stream", pdf)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mediaType").value("application/pdf"))
                .andExpect(jsonPath("$.pages").value(1))
                .andExpect(jsonPath("$.draftText", containsString("Question 1")))
                .andExpect(jsonPath("$.draftText", containsStringIgnoringCase("integrated communities")))
                .andExpect(jsonPath("$.draftText", containsString("shared activities")));
    }

    @Test
    void theSameScanWithoutAReferenceAlwaysGetsTheSameOne() throws Exception {
        consultationIsKnown();
        byte[] png = ScannedPages.png(ScannedPages.page("Question 3: more youth clubs, please."));
        String expected = "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));

        for (int i = 0; i < 2; i++) {
            upload("letter.png", "image/png", png)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.scanReference").value(expected))
                    .andExpect(jsonPath("$.draftText", containsString("youth clubs")));
        }
    }

    @Test
    void warnsWhenNoTextIsRecognised() throws Exception {
        consultationIsKnown();

        upload("blank.png", "image/png", ScannedPages.png(ScannedPages.page()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.draftText").value(""))
                .andExpect(jsonPath("$.warnings[0]").value("No text was recognised: type the letter in from the scan"));
    }

    @Test
    void warnsOfPagesOcrDidNotRead() throws Exception {
        consultationIsKnown();

        upload("poster.pdf", "application/pdf", TestDocuments.hugePagePdf())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.warnings[1]").value("OCR did not read 1 of the pages, being beyond the most it"
                        + " reads of one scan or too large to render: type them in from the scan"));
    }

    @Test
    void refusesAnImageLargerThanOcrReads() throws Exception {
        consultationIsKnown();

        upload("scan.png", "image/png", TestDocuments.pngBomb(40_000, 40_000))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("The image (image/png) is 40000 × 40000 pixels, more than the"
                        + " 40 million read: it is not read"));
    }

    @Test
    void refusesAnEmptyScan() throws Exception {
        consultationIsKnown();

        upload("letter.png", "image/png", new byte[0])
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The scan is empty"));
    }

    @Test
    void refusesAScanOverTheLimit() throws Exception {
        consultationIsKnown();
        byte[] large = Arrays.copyOf(ScannedPages.png(ScannedPages.page(TestScans.LETTER)), 256 * 1024 + 1);

        upload("letter.png", "image/png", large)
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The scan is larger than the limit of 256 KB"));
    }

    @Test
    void refusesWhatIsNotAScan() throws Exception {
        consultationIsKnown();
        byte[] program = Arrays.copyOf("MZ\u0090\u0000\u0003".getBytes(StandardCharsets.ISO_8859_1), 512);

        upload("letter.txt", "text/plain", "Dear Sir".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", startsWith("The file is text/plain, not a scan")));
        upload("letter.exe", "application/octet-stream", program)
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void takesTheScanOnlyAsAFormUpload() throws Exception {
        mvc.perform(post(URL).contentType(MediaType.IMAGE_PNG).content(ScannedPages.png(ScannedPages.page())))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void refusesACorruptImageOrPdf() throws Exception {
        consultationIsKnown();
        byte[] cutShort = Arrays.copyOf(ScannedPages.png(ScannedPages.page(TestScans.LETTER)), 300);

        upload("letter.png", "image/png", cutShort)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", startsWith("The file (image/png) could not be read")));
        upload("letter.pdf", "application/pdf", "%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", startsWith("The file (application/pdf) could not be read")));
    }

    @Test
    void refusesAPasswordProtectedPdf() throws Exception {
        consultationIsKnown();

        upload("letter.pdf", "application/pdf", TestDocuments.passwordProtectedPdf("Dear Sir"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("The file (application/pdf) is protected by a password"));
    }

    @Test
    void unknownConsultationIsNotFound() throws Exception {
        given(catalog.find("nope")).willReturn(Optional.empty());

        mvc.perform(multipart("/api/v1/consultations/nope/letters/scans").with(csrf())
                        .file(new MockMultipartFile("file", "letter.png", "image/png", new byte[] {1})))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
