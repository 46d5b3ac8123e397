package uk.consultation.intake.letter;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import uk.consultation.intake.document.DocumentText;
import uk.consultation.intake.document.OcrSettings;
import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.intake.receive.KeyClaims;
import uk.consultation.intake.receive.ResponseRecorder;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.testsupport.ScannedPages;

/** A server where Tesseract is not installed says so, rather than offering an empty draft. */
@WithMockUser(roles = "TRANSCRIBER")
@WebMvcTest(ScanController.class)
@Import({ScanReader.class, DocumentText.class, ResponseRecorder.class})
@EnableConfigurationProperties({ScanSettings.class, OcrSettings.class})
class ScanWithoutTesseractTest {

    private static final String CONSULTATION = "integrated-communities-2018";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ConsultationCatalog catalog;

    @MockitoBean
    EventPublisher publisher;

    @MockitoBean
    KeyClaims keys;

    @DynamicPropertySource
    static void noTesseract(DynamicPropertyRegistry registry) {
        registry.add("ocr.tesseract-path", () -> {
            try {
                return Files.createTempDirectory("no-tesseract").toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void answersThatOcrIsUnavailable() throws Exception {
        given(catalog.find(CONSULTATION)).willReturn(Optional.of(ConsultationDefinitions.bundled(CONSULTATION)));

        mvc.perform(multipart("/api/v1/consultations/" + CONSULTATION + "/letters/scans").with(csrf())
                        .file(new MockMultipartFile("file", "letter.png", "image/png",
                                ScannedPages.png(ScannedPages.page(TestScans.LETTER)))))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("OCR is unavailable"));
        verifyNoInteractions(publisher);
    }
}
