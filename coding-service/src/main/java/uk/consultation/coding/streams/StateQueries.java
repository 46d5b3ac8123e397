package uk.consultation.coding.streams;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import uk.consultation.schemas.EventJson;

/**
 * Interactive queries of this service's Kafka Streams stores, keyed by string. Each instance holds some partitions of
 * a store; what a key's partition holds is read on the instance that holds it (this one, or another over HTTP at its
 * {@code application.server}), and an answer about every key is put together from every instance's part. While
 * partitions move, or when an instance does not answer, the answer is a {@link StoreUnavailableException}, never part
 * of one. Another instance is asked with the caller's own {@code Authorization}, so it grants what this one would.
 */
@Component
public class StateQueries {

    private static final Logger log = LoggerFactory.getLogger(StateQueries.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final StreamsBuilderFactoryBean streams;
    private final HostInfo self;
    private final RestClient instances;

    StateQueries(StreamsBuilderFactoryBean streams, KafkaProperties kafka) {
        this.streams = streams;
        this.self = HostInfo.buildFromEndpoint(Objects.requireNonNull(
                kafka.getStreams().getProperties().get(StreamsConfig.APPLICATION_SERVER_CONFIG),
                "spring.kafka.streams.properties.application.server"));
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
        requests.setReadTimeout(TIMEOUT);
        this.instances = RestClient.builder().requestFactory(requests).build();
    }

    /**
     * What the store says of the key: read here if this instance holds its partition, else asked of the instance
     * that does at {@code path} (which answers with {@link #readHere(String, String, Function)}, 404 for nothing).
     */
    public <V, T> Optional<T> ofKey(String store, String key,
            Function<ReadOnlyKeyValueStore<String, V>, Optional<T>> read, Class<T> type, String path,
            Object... pathVariables) {
        HostInfo owner = owner(store, key);
        return owner.equals(self) ? readHere(store, read) : ask(owner, type, path, pathVariables);
    }

    /** A read of the key from the partitions held here: unavailable if its partition has moved away. */
    public <V, T> T readHere(String store, String key, Function<ReadOnlyKeyValueStore<String, V>, T> read) {
        if (!owner(store, key).equals(self)) {
            throw unavailable(store);
        }
        return readHere(store, read);
    }

    /**
     * Every instance's part of an answer about the whole store: this instance's read here, the others' asked at
     * {@code path} (which answers with {@link #readHere(String, Function)}).
     */
    public <V, T> List<T> ofEveryPartition(String store, Function<ReadOnlyKeyValueStore<String, V>, T> read,
            Class<T> type, String path, Object... pathVariables) {
        Collection<StreamsMetadata> holders = running().streamsMetadataForStore(store);
        List<T> parts = new ArrayList<>();
        for (StreamsMetadata holder : holders) {
            if (holder.hostInfo().equals(self)) {
                parts.add(readHere(store, read));
            } else {
                parts.add(ask(holder.hostInfo(), type, path, pathVariables)
                        .orElseThrow(() -> unavailable(store)));
            }
        }
        // Partitions that moved meanwhile may have been read twice or not at all
        if (!running().streamsMetadataForStore(store).equals(holders)) {
            throw unavailable(store);
        }
        return parts;
    }

    /**
     * Has every other instance of the service do what {@code path} asks of it alone (a POST): every instance runs
     * the Kafka Streams application, so its members are the service's instances.
     */
    public void tellEveryOtherInstance(String path) {
        for (StreamsMetadata instance : running().metadataForAllStreamsClients()) {
            if (!instance.hostInfo().equals(self)) {
                try {
                    request(instance.hostInfo(), instances.post(), path).toBodilessEntity();
                } catch (RestClientException e) {
                    throw noAnswer(instance.hostInfo(), path, e);
                }
            }
        }
    }

    /**
     * A read of the partitions of the store this instance holds active, for an answer from this instance alone;
     * unavailable if they move meanwhile, as the store can refuse part-way.
     */
    public <V, T> T readHere(String store, Function<ReadOnlyKeyValueStore<String, V>, T> read) {
        try {
            return read.apply(running().store(
                    StoreQueryParameters.fromNameAndType(store, QueryableStoreTypes.<String, V>keyValueStore())));
        } catch (InvalidStateStoreException e) {
            throw unavailable(store);
        }
    }

    private HostInfo owner(String store, String key) {
        KeyQueryMetadata owner = running().queryMetadataForKey(store, key, Serdes.String().serializer());
        if (owner == null || owner.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
            throw unavailable(store);
        }
        return owner.activeHost();
    }

    private KafkaStreams running() {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        if (kafkaStreams == null || kafkaStreams.state() != KafkaStreams.State.RUNNING) {
            throw new StoreUnavailableException("Coding's state is being moved between instances. Try again shortly");
        }
        return kafkaStreams;
    }

    private <T> Optional<T> ask(HostInfo instance, Class<T> type, String path, Object... pathVariables) {
        try {
            ResponseEntity<byte[]> answer = request(instance, instances.get(), path, pathVariables)
                    .onStatus(status -> status.isSameCodeAs(HttpStatus.NOT_FOUND), (request, response) -> {
                    })
                    .toEntity(byte[].class);
            if (answer.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND) || answer.getBody() == null) {
                return Optional.empty();
            }
            return Optional.of(EventJson.fromBytes(answer.getBody(), type));
        } catch (RestClientException e) {
            throw noAnswer(instance, path, e);
        }
    }

    /** A request to another instance, as the caller. */
    private static RestClient.ResponseSpec request(HostInfo instance, RestClient.RequestHeadersUriSpec<?> method,
            String path, Object... pathVariables) {
        return method.uri("http://" + instance.host() + ":" + instance.port() + path, pathVariables)
                .headers(headers -> {
                    String authorization = authorization();
                    if (authorization != null) {
                        headers.set(HttpHeaders.AUTHORIZATION, authorization);
                    }
                })
                .retrieve();
    }

    private static StoreUnavailableException noAnswer(HostInfo instance, String path, RestClientException e) {
        log.warn("Instance {} did not answer {}: {}", instance, path, e.getMessage());
        return new StoreUnavailableException("Another instance of coding-service did not answer. Try again shortly");
    }

    private static @Nullable String authorization() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getHeader(HttpHeaders.AUTHORIZATION) : null;
    }

    private static StoreUnavailableException unavailable(String store) {
        return new StoreUnavailableException("Part of " + store + " is being moved between instances. Try again shortly");
    }
}
