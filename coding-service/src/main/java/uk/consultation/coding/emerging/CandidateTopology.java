package uk.consultation.coding.emerging;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.GlobalKTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every instance's copy of {@code theme-candidates}, in the service's Kafka Streams application. */
@Configuration(proxyBeanMethods = false)
class CandidateTopology {

    @Bean
    GlobalKTable<String, ThemeCandidates> themeCandidates(StreamsBuilder builder) {
        return ProposedCandidates.build(builder);
    }
}
