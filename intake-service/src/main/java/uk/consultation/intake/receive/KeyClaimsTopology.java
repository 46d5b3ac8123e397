package uk.consultation.intake.receive;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.GlobalKTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;

/**
 * Intake's one Kafka Streams application: the global store of {@link KeyClaims}, and nothing else, so it runs no
 * stream threads and joins no consumer group. Its start returns once the store has read {@code response-keys} to the
 * end, and intake reports itself ready only after that.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
class KeyClaimsTopology {

    @Bean
    GlobalKTable<String, String> responseKeys(StreamsBuilder builder) {
        return KeyClaims.build(builder);
    }
}
