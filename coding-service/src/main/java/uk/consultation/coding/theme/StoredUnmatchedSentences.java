package uk.consultation.coding.theme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

/**
 * The unmatched sentences of the consultations whose partitions this instance holds, read from its local stores.
 * While they are not ready (starting, rebalancing) each method throws {@link InvalidStateStoreException}.
 */
@Component
class StoredUnmatchedSentences implements UnmatchedSentences {

    private final StreamsBuilderFactoryBean streams;

    StoredUnmatchedSentences(StreamsBuilderFactoryBean streams) {
        this.streams = streams;
    }

    @Override
    public List<String> consultations() {
        return consultations(store(UnmatchedByQuestion.COUNTS));
    }

    @Override
    public Map<String, List<Sentence>> of(String consultationId) {
        return of(store(UnmatchedByQuestion.SENTENCES), consultationId);
    }

    static List<String> consultations(ReadOnlyKeyValueStore<String, Integer> counts) {
        TreeSet<String> consultations = new TreeSet<>();
        try (KeyValueIterator<String, Integer> all = counts.all()) {
            all.forEachRemaining(count -> consultations.add(count.key.substring(0, count.key.indexOf('/'))));
        }
        return List.copyOf(consultations);
    }

    static Map<String, List<Sentence>> of(ReadOnlyKeyValueStore<String, UnmatchedByQuestion.Answer> stored,
            String consultationId) {
        String prefix = UnmatchedByQuestion.questionKey(consultationId, null);
        Map<String, List<Sentence>> byQuestion = new LinkedHashMap<>();
        try (KeyValueIterator<String, UnmatchedByQuestion.Answer> answers = stored.prefixScan(prefix,
                new StringSerializer())) {
            while (answers.hasNext()) {
                KeyValue<String, UnmatchedByQuestion.Answer> answer = answers.next();
                String questionId = answer.key.substring(prefix.length(), answer.key.indexOf('/', prefix.length()));
                List<Sentence> sentences = byQuestion.computeIfAbsent(questionId, id -> new ArrayList<>());
                answer.value.sentences().forEach(unmatched -> sentences.add(
                        unmatched.sentence(answer.value.responseId())));
            }
        }
        return byQuestion;
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(String name) {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        if (kafkaStreams == null) {
            throw new InvalidStateStoreException("Kafka Streams has not started");
        }
        return kafkaStreams.store(StoreQueryParameters.fromNameAndType(name,
                QueryableStoreTypes.<String, V>keyValueStore()));
    }
}
