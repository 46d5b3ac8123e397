package uk.consultation.coding.emerging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import com.sun.net.httpserver.HttpServer;

import uk.consultation.coding.TestEvents;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.consultation.ConsultationDefinition;

/**
 * Intake's consultation API, as far as coding uses it: a definition posted by coding's user is published to
 * consultations; without its credentials, refused.
 */
final class FakeIntake implements AutoCloseable {

    static final String PASSWORD = "intake-test-secret";

    private final HttpServer server;

    private FakeIntake(HttpServer server) {
        this.server = server;
    }

    static FakeIntake start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            String coding = "Basic " + Base64.getEncoder().encodeToString(
                    ("coding:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            server.createContext("/api/v1/consultations", exchange -> {
                if (!coding.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    exchange.sendResponseHeaders(401, -1);
                    exchange.close();
                    return;
                }
                ConsultationDefinition definition = EventJson.fromBytes(exchange.getRequestBody().readAllBytes(),
                        ConsultationDefinition.class);
                try (KafkaProducer<String, Object> producer = TestEvents.producer()) {
                    producer.send(new ProducerRecord<>(Topics.CONSULTATIONS.name(), definition.id(), definition))
                            .get();
                } catch (Exception e) {
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                exchange.sendResponseHeaders(201, -1);
                exchange.close();
            });
            server.start();
            return new FakeIntake(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
