package uk.consultation.coding.theme;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.state.Stores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;

/**
 * The unmatched sentences' store, in the same Kafka Streams application as the campaign step: RocksDB on local disk,
 * each store backed by a changelog, from which an instance that takes a consultation's partition over restores them.
 * Nothing is read back or embedded again at start.
 */
@Configuration(proxyBeanMethods = false)
class UnmatchedTopology {

    @Bean
    KStream<String, ResponseUnmatched> unmatchedSentencesByQuestion(StreamsBuilder builder, ThemeSettings settings) {
        return build(builder, settings);
    }

    static KStream<String, ResponseUnmatched> build(StreamsBuilder builder, ThemeSettings settings) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(UnmatchedByQuestion.SENTENCES),
                Serdes.String(), EventJson.serde(UnmatchedByQuestion.Answer.class)).withCachingDisabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(UnmatchedByQuestion.RESPONSES),
                Serdes.String(), EventJson.serde(UnmatchedByQuestion.Filed.class)).withCachingDisabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(UnmatchedByQuestion.COUNTS),
                Serdes.String(), Serdes.Integer()).withCachingDisabled());
        KStream<String, ResponseUnmatched> unmatched = builder.stream(Topics.UNMATCHED_SENTENCES.name(),
                Consumed.with(Serdes.String(), EventJson.serde(ResponseUnmatched.class)));
        unmatched.process(() -> new UnmatchedByQuestion(settings), UnmatchedByQuestion.SENTENCES,
                UnmatchedByQuestion.RESPONSES, UnmatchedByQuestion.COUNTS);
        return unmatched;
    }
}
