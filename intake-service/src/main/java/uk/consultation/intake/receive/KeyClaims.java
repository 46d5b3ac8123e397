package uk.consultation.intake.receive;

import java.time.Duration;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.StreamsNotStartedException;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.GlobalKTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.intake.kafka.KafkaUnavailableException;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * Which content each source key was first used with, the same on every instance: a key's first use is claimed on
 * {@code response-keys}, which each instance reads whole into a global store of its Kafka Streams application
 * ({@value #STORE}, RocksDB on local disk). A claim's key is the source key's hash, a slash and the content's hash, so a
 * key's claims are read by one prefix lookup, however many responses came before. The instance's own claims are held a
 * minute as well, so that one instance never lets two contents through under one key.
 */
@Component
public class KeyClaims {

    static final String STORE = "response-keys";

    /**
     * Claims made here in the last minute: the store reads a claim back within milliseconds, so a minute covers a
     * loaded broker many times over. At most this many (a few MB), more than a surge's keyed responses in a minute;
     * one dropped early only reopens the milliseconds before the store has it.
     */
    private static final Duration CLAIMED_HERE_FOR = Duration.ofMinutes(1);
    private static final int CLAIMED_HERE_MAX = 20_000;

    private final StreamsBuilderFactoryBean streams;
    private final EventPublisher publisher;
    private final Cache<String, String> claimedHere = Caffeine.newBuilder()
            .expireAfterWrite(CLAIMED_HERE_FOR).maximumSize(CLAIMED_HERE_MAX).build();

    KeyClaims(StreamsBuilderFactoryBean streams, EventPublisher publisher) {
        this.streams = streams;
        this.publisher = publisher;
    }

    /** Reads {@code response-keys} into the global store. */
    static GlobalKTable<String, String> build(StreamsBuilder builder) {
        return builder.globalTable(Topics.RESPONSE_KEYS.name(),
                Consumed.with(Serdes.String(), EventJson.serde(String.class)),
                Materialized.<String, String, KeyValueStore<Bytes, byte[]>>as(STORE)
                        .withKeySerde(Serdes.String()).withValueSerde(EventJson.serde(String.class)));
    }

    /**
     * Claims the key for the response's content before it is published, or refuses it if the key was used with other
     * content. Claiming again with the same content is harmless; two instances that claim one key with different
     * content before either sees the other's both keep theirs, and every later use with other content is refused.
     */
    public void claim(ResponseReceived response, ResponseIdentity.KeyUse use) {
        boolean same = false;
        boolean other = false;
        try (KeyValueIterator<String, String> claims = store().prefixScan(use.key() + "/",
                Serdes.String().serializer())) {
            while (claims.hasNext()) {
                if (claims.next().key.endsWith("/" + use.contentHash())) {
                    same = true;
                } else {
                    other = true;
                }
            }
        } catch (InvalidStateStoreException e) {
            throw new KafkaUnavailableException(Topics.RESPONSE_KEYS, e);
        }
        if (same) {
            return;
        }
        // Claimed here, by another request at the same moment or just before the store had read it back
        String first = claimedHere.asMap().putIfAbsent(use.key(), use.contentHash());
        if (other || first != null && !first.equals(use.contentHash())) {
            throw new KeyReusedException(response.channel());
        }
        try {
            publisher.publish(response.channel(), Topics.RESPONSE_KEYS, use.key() + "/" + use.contentHash(),
                    response.responseId());
        } catch (RuntimeException e) {
            // Not claimed after all: the key is free for whatever its sender sends next
            claimedHere.asMap().remove(use.key(), use.contentHash());
            throw e;
        }
    }

    /** Whether keyed responses can be taken: the store has read the topic to its end since the instance started. */
    boolean ready() {
        try {
            store();
            return true;
        } catch (KafkaUnavailableException | InvalidStateStoreException e) {
            return false;
        }
    }

    /** Queryable only once the store has read the topic to its end at start: until then keyed requests get 503. */
    private ReadOnlyKeyValueStore<String, String> store() {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        if (kafkaStreams == null) {
            throw new KafkaUnavailableException(Topics.RESPONSE_KEYS,
                    new StreamsNotStartedException("The store of response keys has not started"));
        }
        return kafkaStreams.store(StoreQueryParameters.fromNameAndType(STORE,
                QueryableStoreTypes.<String, String>keyValueStore()));
    }
}
