package uk.consultation.coding.emerging;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import uk.consultation.coding.theme.UnmatchedSentences;
import uk.consultation.schemas.EventJson;

/**
 * Which instance holds a consultation's unmatched sentences (Kafka Streams' metadata, each instance advertising its
 * address as {@code application.server}), and asking it to propose: an analyst's request is passed on over HTTP with
 * the analyst's own Authorization header, so the owner checks their access as it would have.
 */
@Component
class ConsultationOwner {

    /**
     * On a request one instance passes on to another: while a partition moves, two instances may each take the other
     * for its owner, and a request passed on once is not passed on again.
     */
    static final String PASSED_ON = "X-Passed-On-By";

    private static final Logger log = LoggerFactory.getLogger(ConsultationOwner.class);
    /** Beyond the owner's own wait for its pass ({@code EmergingThemes}). */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final StreamsBuilderFactoryBean streams;
    private final RestClient owners;

    ConsultationOwner(StreamsBuilderFactoryBean streams) {
        this.streams = streams;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
        requests.setReadTimeout(TIMEOUT);
        this.owners = RestClient.builder().requestFactory(requests).build();
    }

    /** The instance holding the consultation's unmatched sentences, unless it is this one. */
    Optional<HostInfo> elsewhere(String consultationId) {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        KeyQueryMetadata owner = kafkaStreams == null ? null : kafkaStreams.queryMetadataForKey(
                UnmatchedSentences.STORE, consultationId, Serdes.String().serializer());
        if (owner == null || KeyQueryMetadata.NOT_AVAILABLE.equals(owner)) {
            throw EmergingThemes.notReady("This consultation's unmatched sentences are moving between instances; "
                    + "try again shortly");
        }
        return owner.activeHost().equals(here()) ? Optional.empty() : Optional.of(owner.activeHost());
    }

    private HostInfo here() {
        return HostInfo.buildFromEndpoint(
                streams.getStreamsConfiguration().getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG));
    }

    /**
     * Asks the owner to propose now, as the analyst.
     *
     * @param passedOn whether this request was itself passed on by another instance
     */
    List<ThemeCandidate> proposeAt(HostInfo owner, String consultationId, @Nullable String authorization,
            boolean passedOn) {
        if (passedOn) {
            throw EmergingThemes.notReady("This consultation's unmatched sentences are moving between instances; "
                    + "try again shortly");
        }
        if (authorization == null) {
            throw EmergingThemes.notReady("Another instance proposes for this consultation and this sign-in cannot "
                    + "be passed on to it; sign in with a token or HTTP Basic, or wait for its next proposals");
        }
        try {
            byte[] body = owners.post()
                    .uri("http://{host}:{port}/api/v1/consultations/{id}/emerging-themes/refresh", owner.host(),
                            owner.port(), consultationId)
                    .header(HttpHeaders.AUTHORIZATION, authorization)
                    .header(PASSED_ON, here().host() + ":" + here().port())
                    .retrieve()
                    .onStatus(HttpStatusCode::isError, (request, response) -> {
                        throw EmergingThemes.notReady("The instance that proposes for this consultation answered "
                                + response.getStatusCode().value() + "; try again shortly");
                    })
                    .body(byte[].class);
            return body == null ? List.of() : Arrays.asList(EventJson.fromBytes(body, ThemeCandidate[].class));
        } catch (RestClientException e) {
            log.warn("Instance {} could not be reached for consultation {}: {}", owner, consultationId,
                    e.getMessage());
            throw EmergingThemes.notReady("The instance that proposes for this consultation could not be reached; "
                    + "try again shortly");
        }
    }
}
