package uk.consultation.coding.emerging;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.consultation.ConsultationDefinition;

/**
 * Registers a consultation definition through intake-service's consultation API: intake is the one writer of the
 * {@code consultations} topic, and it checks the definition and the raised codeframe version as for any other. Coding
 * signs in there with HTTP Basic as its own user.
 */
@Component
class IntakeConsultations {

    private static final Logger log = LoggerFactory.getLogger(IntakeConsultations.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final RestClient intake;

    IntakeConsultations(IntakeSettings settings) {
        if (settings.password().isBlank()) {
            log.warn("coding.intake.password (CODING_INTAKE_PASSWORD) is not set: intake will refuse accepted themes");
        }
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
        requests.setReadTimeout(TIMEOUT);
        this.intake = RestClient.builder().baseUrl(settings.url().toString()).requestFactory(requests)
                .defaultHeaders(headers -> headers.setBasicAuth(settings.username(), settings.password(),
                        StandardCharsets.UTF_8))
                .build();
    }

    /** Returns once intake has the definition in Kafka; anything else is a 502 saying why. */
    void register(ConsultationDefinition definition) {
        try {
            // As the definition travels on the topic, the same JSON every service reads
            intake.post().uri("/api/v1/consultations").contentType(MediaType.APPLICATION_JSON)
                    .body(EventJson.toBytes(definition)).retrieve()
                    .onStatus(status -> status.isSameCodeAs(HttpStatus.UNAUTHORIZED)
                            || status.isSameCodeAs(HttpStatus.FORBIDDEN), (request, response) -> {
                        throw refused("intake-service refused coding-service's credentials; nothing was changed. "
                                + "An operator must set CODING_INTAKE_USERNAME and CODING_INTAKE_PASSWORD to "
                                + "coding's user at intake, which has the role ANALYST there");
                    })
                    .onStatus(HttpStatusCode::isError, (request, response) -> {
                        // intake's own problem, written for its clients
                        throw refused("intake-service answered " + response.getStatusCode().value() + ": "
                                + new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
                    })
                    .toBodilessEntity();
        } catch (RestClientException e) {
            // The cause names hosts and ports: for the log, not for the analyst
            log.warn("intake-service could not be reached: {}", e.getMessage());
            throw refused("intake-service could not be reached. Try again shortly");
        }
    }

    private static ErrorResponseException refused(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, detail);
        problem.setTitle("The new codeframe was not registered");
        return new ErrorResponseException(HttpStatus.BAD_GATEWAY, problem, null);
    }
}
