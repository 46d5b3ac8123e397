package uk.consultation.coding.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

class StateQueriesTest {

    /** Kafka Streams not running yet, as while partitions are assigned. */
    private final StateQueries queries = new StateQueries(new StreamsBuilderFactoryBean(), kafka());

    @Test
    void whileTheStoresCannotBeReadWholeEveryQueryIsA503WithRetryAfterNeverPartOfAnAnswer() {
        assertUnavailable(() -> queries.readHere("response-reviews", store -> "part"));
        assertUnavailable(() -> queries.readHere("response-reviews", "r1", store -> "part"));
        assertUnavailable(() -> queries.ofKey("response-reviews", "r1", store -> Optional.empty(), String.class,
                "/api/v1/review-view/responses/{id}", "r1"));
        assertUnavailable(() -> queries.ofEveryPartition("response-reviews", store -> "part", String.class,
                "/api/v1/review-view/consultations/{id}/queue", "c1"));
        assertUnavailable(() -> queries.tellEveryOtherInstance("/api/v1/recoding/this-instance"));
    }

    private static void assertUnavailable(Runnable query) {
        assertThatThrownBy(query::run).isInstanceOfSatisfying(StoreUnavailableException.class, e -> {
            assertThat(e.getStatusCode().value()).isEqualTo(503);
            assertThat(e.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        });
    }

    private static KafkaProperties kafka() {
        KafkaProperties kafka = new KafkaProperties();
        kafka.getStreams().getProperties().put(StreamsConfig.APPLICATION_SERVER_CONFIG, "localhost:8082");
        return kafka;
    }
}
