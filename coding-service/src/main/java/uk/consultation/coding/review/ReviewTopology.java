package uk.consultation.coding.review;


import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.state.Stores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.consultation.coding.campaign.UngroupedCodings;
import uk.consultation.coding.theme.UnmatchedSentenceSender;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseReviewed;

/**
 * The review view ({@link ReviewView}), part of the service's one Kafka Streams application beside the campaign step:
 * the same instances, threads and {@code application.server}, so that one interactive-query address finds both. Its
 * store is RocksDB on local disk, backed by a changelog topic; no cache, so that every write reaches the changelog in
 * the order made.
 */
@Configuration(proxyBeanMethods = false)
class ReviewTopology {

    @Bean
    KStream<String, ResponseCoded> reviewView(StreamsBuilder builder) {
        return build(builder);
    }

    static KStream<String, ResponseCoded> build(StreamsBuilder builder) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ReviewView.STORE),
                Serdes.String(), EventJson.serde(ResponseUnderReview.class)).withCachingDisabled());
        builder.stream(Topics.RESPONSES_CODED.name(), Consumed.with(Serdes.String(), EventJson.serde(ResponseCoded.class)))
                .process(ReviewView.Codings::new, ReviewView.STORE);
        KStream<String, ResponseCoded> reviewed = builder
                .stream(Topics.RESPONSES_REVIEWED.name(),
                        Consumed.with(Serdes.String(), EventJson.serde(ResponseReviewed.class)))
                .process(ReviewView.Reviews::new, ReviewView.STORE);
        // Only the tombstones matter here: the responses are read as bytes, never parsed
        KStream<String, ResponseCoded> erased = builder
                .stream(Topics.RESPONSES_RECEIVED.name(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .process(ReviewView.Erasures::new, ReviewView.STORE);
        // and the emerging themes' copy of its sentences goes too
        UnmatchedSentenceSender.dropErased(erased);
        KStream<String, ResponseCoded> published = reviewed.merge(erased);
        UngroupedCodings.publish(published);
        return published;
    }
}
