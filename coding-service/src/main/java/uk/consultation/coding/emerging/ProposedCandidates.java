package uk.consultation.coding.emerging;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.GlobalKTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;

/**
 * The latest candidate themes of every consultation, the same on every instance: whichever instance proposes them
 * publishes them on {@code theme-candidates}, and each reads that topic whole into a global store of its Kafka Streams
 * application ({@value #STORE}), from which it answers analysts.
 */
@Component
class ProposedCandidates {

    static final String STORE = "theme-candidates";
    /** The global store reads a record within milliseconds of its write, when the machine is not overloaded. */
    private static final long READ_BACK_MILLIS = 5_000;

    private final KafkaTemplate<String, Object> kafka;
    private final StreamsBuilderFactoryBean streams;

    ProposedCandidates(KafkaTemplate<String, Object> kafka, StreamsBuilderFactoryBean streams) {
        this.kafka = kafka;
        this.streams = streams;
    }

    /** Reads {@code theme-candidates} into the global store. */
    static GlobalKTable<String, ThemeCandidates> build(StreamsBuilder builder) {
        return builder.globalTable(Topics.THEME_CANDIDATES.name(),
                Consumed.with(Serdes.String(), EventJson.serde(ThemeCandidates.class)),
                Materialized.<String, ThemeCandidates, KeyValueStore<Bytes, byte[]>>as(STORE)
                        .withKeySerde(Serdes.String()).withValueSerde(EventJson.serde(ThemeCandidates.class)));
    }

    /** The latest proposal, once one has been made and read here. */
    Optional<List<ThemeCandidate>> latest(String consultationId) {
        return stored(consultationId).map(ThemeCandidates::candidates);
    }

    /**
     * Publishes the consultation's candidates, returning once this instance's copy has them (or, should it lag,
     * after {@value #READ_BACK_MILLIS} ms), so that the analyst who asked can accept one here at once.
     */
    void publish(String consultationId, List<ThemeCandidate> candidates) throws InterruptedException {
        ThemeCandidates proposal = new ThemeCandidates(consultationId, Instant.now(), candidates);
        try {
            kafka.send(Topics.THEME_CANDIDATES.name(), consultationId, proposal).get();
        } catch (ExecutionException e) {
            throw EmergingThemes.notReady("Candidate themes could not be published: " + e.getCause().getMessage());
        }
        long giveUpAt = System.nanoTime() + READ_BACK_MILLIS * 1_000_000;
        while (!stored(consultationId).filter(proposal::equals).isPresent() && System.nanoTime() < giveUpAt) {
            Thread.sleep(20);
        }
    }

    private Optional<ThemeCandidates> stored(String consultationId) {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        try {
            if (kafkaStreams == null) {
                throw new InvalidStateStoreException("Kafka Streams has not started");
            }
            return Optional.ofNullable(kafkaStreams.store(StoreQueryParameters.fromNameAndType(STORE,
                    QueryableStoreTypes.<String, ThemeCandidates>keyValueStore())).get(consultationId));
        } catch (InvalidStateStoreException e) {
            throw EmergingThemes.notReady("The service is starting");
        }
    }

    Optional<ThemeCandidate> candidate(String consultationId, String candidateId) {
        return latest(consultationId).orElse(List.of()).stream()
                .filter(candidate -> candidate.id().equals(candidateId)).findFirst();
    }

    /** An accepted candidate is proposed no more; the recoding that follows takes its sentences out of the store. */
    void accepted(String consultationId, String candidateId) throws InterruptedException {
        publish(consultationId, latest(consultationId).orElse(List.of()).stream()
                .filter(candidate -> !candidate.id().equals(candidateId)).toList());
    }
}
