package uk.consultation.coding.campaign;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;

import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseCoded;

/**
 * The campaign step, in Kafka Streams: {@code responses-coded-ungrouped} through {@link CampaignGrouping} to
 * {@code responses-coded}. Its stores are RocksDB on local disk ({@code spring.kafka.streams.state-dir}), each
 * backed by a changelog topic, from which an instance that takes a partition over restores them; no cache, so that
 * every write reaches the changelog in the order made.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
class CampaignTopology {

    private static final Logger log = LoggerFactory.getLogger(CampaignTopology.class);

    @Bean
    KStream<String, ResponseCoded> campaignGrouping(StreamsBuilder builder, CampaignSettings settings) {
        return build(builder, settings);
    }

    /**
     * A failed stream thread is replaced and carries on from its last commit, which replays harmlessly. (Leaving the
     * group on close is the main consumer's {@code internal.leave.group.on.close} in application.yml: Kafka Streams
     * 4.1's {@code close} with {@code leaveGroup} removes only static members, and ours are dynamic.)
     */
    @Bean
    StreamsBuilderFactoryBeanConfigurer campaignStreamsLifecycle() {
        return factory -> {
            factory.setStreamsUncaughtExceptionHandler(failure -> {
                log.error("Campaign step failed; its thread starts again from the last commit", failure);
                return StreamThreadExceptionResponse.REPLACE_THREAD;
            });
        };
    }

    static KStream<String, ResponseCoded> build(StreamsBuilder builder, CampaignSettings settings) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CampaignGrouping.MEMBERS),
                Serdes.String(), EventJson.serde(CampaignGrouping.Member.class)).withCachingDisabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CampaignGrouping.BUCKETS),
                Serdes.String(), EventJson.serde(CampaignGrouping.FirstInBucket.class)).withCachingDisabled());
        KStream<String, ResponseCoded> coded = builder
                .stream(Topics.RESPONSES_CODED_UNGROUPED.name(),
                        Consumed.with(Serdes.String(), EventJson.serde(Ungrouped.class)))
                .process(() -> new CampaignGrouping(settings), CampaignGrouping.MEMBERS, CampaignGrouping.BUCKETS);
        coded.to(Topics.RESPONSES_CODED.name(), Produced.with(Serdes.String(), EventJson.serde(ResponseCoded.class)));
        return coded;
    }
}
