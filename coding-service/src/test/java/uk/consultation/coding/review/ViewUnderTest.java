package uk.consultation.coding.review;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;

import uk.consultation.coding.streams.StateQueries;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseReviewed;

/**
 * The review view's topology on its own, fed through its topics, and the analysts' reads of it as one instance holding
 * every partition would answer them.
 */
final class ViewUnderTest implements AutoCloseable {

    private final TopologyTestDriver driver;
    private final TestInputTopic<String, ResponseCoded> coded;
    private final TestInputTopic<String, ResponseReviewed> reviewed;
    private final TestInputTopic<String, byte[]> received;
    private final TestOutputTopic<String, byte[]> ungrouped;
    private final TestOutputTopic<String, byte[]> unmatched;

    ViewUnderTest() {
        StreamsBuilder builder = new StreamsBuilder();
        ReviewTopology.build(builder);
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "review-view-test");
        properties.put(StreamsConfig.STATE_DIR_CONFIG, System.getProperty("java.io.tmpdir") + "/review-view-test-"
                + System.nanoTime());
        driver = new TopologyTestDriver(builder.build(), properties);
        coded = driver.createInputTopic(Topics.RESPONSES_CODED.name(), new StringSerializer(),
                EventJson.serde(ResponseCoded.class).serializer());
        reviewed = driver.createInputTopic(Topics.RESPONSES_REVIEWED.name(), new StringSerializer(),
                EventJson.serde(ResponseReviewed.class).serializer());
        received = driver.createInputTopic(Topics.RESPONSES_RECEIVED.name(), new StringSerializer(),
                new ByteArraySerializer());
        ungrouped = driver.createOutputTopic(Topics.RESPONSES_CODED_UNGROUPED.name(), new StringDeserializer(),
                Serdes.ByteArray().deserializer());
        unmatched = driver.createOutputTopic(Topics.UNMATCHED_SENTENCES.name(), new StringDeserializer(),
                Serdes.ByteArray().deserializer());
    }

    /** A coding published on {@code responses-coded}. */
    void coded(ResponseCoded coding) {
        coded.pipeInput(coding.responseId(), coding);
    }

    void reviewed(ResponseReviewed review) {
        reviewed.pipeInput(review.responseId(), review);
    }

    /** An erasure's tombstone on {@code responses-received}. */
    void erased(String responseId) {
        received.pipeInput(responseId, null);
    }

    /**
     * The codings the view published since the last call, as the campaign step reads them, each also taken back as
     * the campaign step would publish it on {@code responses-coded}.
     */
    List<ResponseCoded> published() {
        List<ResponseCoded> published = new ArrayList<>();
        ungrouped.readKeyValuesToList().forEach(record -> {
            ResponseCoded coding = EventJson.MAPPER.treeToValue(EventJson.MAPPER.readTree(record.value).get("coded"),
                    ResponseCoded.class);
            if (!record.key.equals(coding.consultationId())) {
                throw new AssertionError("Not keyed by consultation: " + record.key);
            }
            published.add(coding);
        });
        published.forEach(this::coded);
        return published;
    }

    /** The responses whose unmatched sentences the view dropped (an empty record) since the last call. */
    List<String> forgotten() {
        List<String> forgotten = new ArrayList<>();
        unmatched.readKeyValuesToList().forEach(record -> {
            var value = EventJson.MAPPER.readTree(record.value);
            if (!value.get("byQuestion").isEmpty()) {
                throw new AssertionError("Sentences sent for an erased response: " + value);
            }
            forgotten.add(value.get("responseId").asString());
        });
        return forgotten;
    }

    /** The analysts' reads, with every partition held here. */
    @SuppressWarnings("unchecked")
    ResponseReviews reviews(ReviewSettings settings) {
        KeyValueStore<String, ResponseUnderReview> store = driver.getKeyValueStore(ReviewView.STORE);
        StateQueries queries = mock(StateQueries.class);
        given(queries.ofKey(eq(ReviewView.STORE), anyString(), any(), any(), anyString(), any()))
                .willAnswer(call -> ((Function<Object, Object>) call.getArgument(2)).apply(store));
        given(queries.ofEveryPartition(eq(ReviewView.STORE), any(), any(), anyString(), any()))
                .willAnswer(call -> List.of(((Function<Object, Object>) call.getArgument(1)).apply(store)));
        given(queries.readHere(eq(ReviewView.STORE), any()))
                .willAnswer(call -> ((Function<Object, Object>) call.getArgument(1)).apply(store));
        given(queries.readHere(eq(ReviewView.STORE), anyString(), any()))
                .willAnswer(call -> ((Function<Object, Object>) call.getArgument(2)).apply(store));
        return new ResponseReviews(settings, queries);
    }

    @Override
    public void close() {
        driver.close();
    }
}
