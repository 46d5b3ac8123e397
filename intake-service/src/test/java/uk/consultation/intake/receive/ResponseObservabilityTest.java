package uk.consultation.intake.receive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

import uk.consultation.testsupport.TestInfrastructure;

/**
 * What operations staff see of a response: its channel in the intake rate on {@code /actuator/prometheus}, and its id,
 * never the respondent's name or address, in the structured log lines written while it was handled.
 */
@SpringBootTest(properties = {"logging.structured.format.console=ecs",
        "logging.config=classpath:logback-structured.xml"})
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class ResponseObservabilityTest {

    @Autowired
    MockMvcTester mvc;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    }

    @Test
    void aResponseIsCountedByChannelAndLoggedByIdOnly(CapturedOutput output) throws Exception {
        MvcTestResult accepted = mvc.post().uri("/api/v1/consultations/integrated-communities-2018/responses")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .content("""
                        {"respondent": {"type": "individual", "name": "Ann Example", "email": "ann@example.org"},
                         "answers": {"q1": {"position": "agree"}}}
                        """)
                .exchange();
        assertThat(accepted).hasStatus(202);
        String responseId = JsonPath.read(accepted.getResponse().getContentAsString(), "$.responseId");

        assertThat(mvc.get().uri("/actuator/prometheus").with(user("operator").roles("OPERATOR")))
                .hasStatusOk().bodyText()
                .containsPattern("intake_responses_total\\{[^}]*channel=\"online\"[^}]*} [1-9]");
        assertThat(output.getOut().lines().filter(line -> line.contains("\"responseId\":\"" + responseId + "\"")))
                .anySatisfy(line -> assertThat(line).startsWith("{").contains("Received response " + responseId))
                .allSatisfy(line -> assertThat(line).doesNotContain("ann@example.org").doesNotContain("Ann Example"));
    }
}
