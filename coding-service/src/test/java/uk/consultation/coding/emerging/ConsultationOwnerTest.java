package uk.consultation.coding.emerging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.web.ErrorResponseException;

import com.sun.net.httpserver.HttpServer;

import uk.consultation.schemas.EventJson;

/** Passing an analyst's request for proposals on to the instance that holds the consultation, and only once. */
class ConsultationOwnerTest {

    private static final ThemeCandidate BUSES = new ThemeCandidate("q10-0a1b2c3d4e", "q10", 4, 4, "bus, rural",
            List.of("The bus to our village was cut."));

    private final Map<String, String> received = new ConcurrentHashMap<>();
    private final HttpServer owner = owner();
    private final ConsultationOwner owners = new ConsultationOwner(streams("127.0.0.1:8082"));

    @AfterEach
    void stop() {
        owner.stop(0);
    }

    @Test
    void theRequestGoesToTheOwnerAsTheAnalystMarkedAsPassedOn() {
        List<ThemeCandidate> candidates = owners.proposeAt(new HostInfo("127.0.0.1", owner.getAddress().getPort()),
                "c-1", "Basic YW5hbHlzdDpzZWNyZXQ=", false);

        assertThat(candidates).containsExactly(BUSES);
        assertThat(received).containsEntry("path", "/api/v1/consultations/c-1/emerging-themes/refresh")
                .containsEntry("Authorization", "Basic YW5hbHlzdDpzZWNyZXQ=")
                .containsEntry(ConsultationOwner.PASSED_ON, "127.0.0.1:8082");
    }

    @Test
    void aRequestPassedOnAlreadyOrWithoutCredentialsIsNotPassedOn() {
        HostInfo elsewhere = new HostInfo("127.0.0.1", owner.getAddress().getPort());

        assertThat(catchThrowableOfType(ErrorResponseException.class, () -> owners.proposeAt(elsewhere, "c-1",
                "Basic YW5hbHlzdDpzZWNyZXQ=", true)).getStatusCode().value()).isEqualTo(503);
        assertThat(catchThrowableOfType(ErrorResponseException.class, () -> owners.proposeAt(elsewhere, "c-1",
                null, false)).getStatusCode().value()).isEqualTo(503);
        assertThat(received).isEmpty();
    }

    private static StreamsBuilderFactoryBean streams(String applicationServer) {
        StreamsBuilderFactoryBean streams = Mockito.mock(StreamsBuilderFactoryBean.class);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_SERVER_CONFIG, applicationServer);
        Mockito.when(streams.getStreamsConfiguration()).thenReturn(config);
        return streams;
    }

    private HttpServer owner() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                received.put("path", exchange.getRequestURI().getPath());
                received.put("Authorization", exchange.getRequestHeaders().getFirst("Authorization"));
                received.put(ConsultationOwner.PASSED_ON,
                        exchange.getRequestHeaders().getFirst(ConsultationOwner.PASSED_ON));
                byte[] body = EventJson.toBytes(List.of(BUSES));
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
