package uk.consultation.coding.emerging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.ErrorResponseException;

import com.sun.net.httpserver.HttpServer;

import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;

/** Coding signs in at intake as its own user; a refusal or an intake out of reach is a 502 the analyst can act on. */
class IntakeConsultationsTest {

    private static final ConsultationDefinition DEFINITION =
            ConsultationDefinitions.bundled("integrated-communities-2018");

    private final List<String> authorizations = new ArrayList<>();
    private HttpServer intake;

    @AfterEach
    void stop() {
        if (intake != null) {
            intake.stop(0);
        }
    }

    @Test
    void theDefinitionIsPostedWithCodingsCredentials() {
        IntakeConsultations consultations = new IntakeConsultations(settings(intakeAnswering(201), "s3cret"));

        consultations.register(DEFINITION);

        assertThat(authorizations).containsExactly("Basic " + Base64.getEncoder().encodeToString(
                "coding:s3cret".getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void refusedCredentialsAreABadGatewaySayingSo(int status) {
        IntakeConsultations consultations = new IntakeConsultations(settings(intakeAnswering(status), ""));

        ErrorResponseException refused = catchThrowableOfType(ErrorResponseException.class,
                () -> consultations.register(DEFINITION));

        assertThat(refused.getStatusCode().value()).isEqualTo(502);
        assertThat(refused.getBody().getDetail()).contains("intake-service refused coding-service's credentials",
                "CODING_INTAKE_PASSWORD");
    }

    @Test
    void anIntakeOutOfReachIsABadGatewayThatNamesNoHost() {
        URI nowhere = intakeAnswering(201);
        intake.stop(0);
        intake = null;
        IntakeConsultations consultations = new IntakeConsultations(settings(nowhere, "s3cret"));

        ErrorResponseException unreachable = catchThrowableOfType(ErrorResponseException.class,
                () -> consultations.register(DEFINITION));

        assertThat(unreachable.getStatusCode().value()).isEqualTo(502);
        assertThat(unreachable.getBody().getDetail()).contains("could not be reached")
                .doesNotContain("127.0.0.1", String.valueOf(nowhere.getPort()));
    }

    private static IntakeSettings settings(URI url, String password) {
        return new IntakeSettings(url, "coding", password);
    }

    private URI intakeAnswering(int status) {
        try {
            intake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        intake.createContext("/api/v1/consultations", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        intake.start();
        return URI.create("http://127.0.0.1:" + intake.getAddress().getPort());
    }
}
