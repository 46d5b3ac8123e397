package uk.consultation.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(RebuildController.class)
@WithMockUser(roles = "OPERATOR")
class RebuildControllerTest {

    private static final FiguresRebuild.RebuildStatus RUNNING = new FiguresRebuild.RebuildStatus("running", 4L,
            Instant.parse("2019-02-01T09:00:00Z"), null, 1_200, null);

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private FiguresRebuild rebuild;

    @Test
    void aRebuildIsAcceptedWithWhereToFollowIt() {
        given(rebuild.start()).willReturn(Optional.of(RUNNING));

        assertThat(mvc.post().uri("/api/v1/figures/rebuild").with(csrf()))
                .hasStatus(202)
                .hasHeader("Location", "/api/v1/figures/rebuild")
                .bodyJson().isLenientlyEqualTo("""
                        { "state": "running", "generation": 4, "startedAt": "2019-02-01T09:00:00Z", "codingsRead": 1200 }
                        """);
    }

    @Test
    void aSecondRebuildWhileOneRunsIsAConflict() {
        given(rebuild.start()).willReturn(Optional.empty());

        assertThat(mvc.post().uri("/api/v1/figures/rebuild").with(csrf()))
                .hasStatus(409)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.detail").isEqualTo("A rebuild of the figures is already running");
    }

    @Test
    void theStatusSaysHowTheLastRebuildWent() {
        given(rebuild.status()).willReturn(RUNNING.progress(2_500).switched(3_483));

        assertThat(mvc.get().uri("/api/v1/figures/rebuild"))
                .hasStatusOk()
                .bodyJson().isLenientlyEqualTo("""
                        { "state": "switched", "generation": 4, "codingsRead": 3483 }
                        """);
    }
}
