package uk.consultation.coding.emerging;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

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
 * {@code consultations} topic, and it checks the definition and the raised codeframe version as for any other.
 */
@Component
class IntakeConsultations {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final RestClient intake;

    IntakeConsultations(EmergingThemeSettings settings) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
        requests.setReadTimeout(TIMEOUT);
        this.intake = RestClient.builder().baseUrl(settings.intakeUrl().toString()).requestFactory(requests).build();
    }

    /** Returns once intake has the definition in Kafka; anything else is a 502 with intake's reason. */
    void register(ConsultationDefinition definition) {
        try {
            // As the definition travels on the topic, the same JSON every service reads
            intake.post().uri("/api/v1/consultations").contentType(MediaType.APPLICATION_JSON)
                    .body(EventJson.toBytes(definition)).retrieve()
                    .onStatus(HttpStatusCode::isError, (request, response) -> {
                        throw refused("intake-service answered " + response.getStatusCode().value() + ": "
                                + new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
                    })
                    .toBodilessEntity();
        } catch (RestClientException e) {
            throw refused("intake-service could not be reached: " + e.getMessage());
        }
    }

    private static ErrorResponseException refused(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, detail);
        problem.setTitle("The new codeframe was not registered");
        return new ErrorResponseException(HttpStatus.BAD_GATEWAY, problem, null);
    }
}
