package uk.consultation.reporting.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import uk.consultation.schemas.consultation.ConsultationCatalog;

@WebMvcTest(FiguresStreamController.class)
@WithMockUser(roles = "REPORT_AUTHOR")
class FiguresStreamControllerTest {

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private FiguresStream stream;

    @MockitoBean
    private ConsultationCatalog catalog;

    @Test
    void anUnknownConsultationHasNoStream() {
        assertThat(mvc.get().uri("/api/v1/consultations/no-such-consultation/figures/stream"))
                .hasStatus(404)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.detail").isEqualTo("No consultation no-such-consultation");
    }
}
