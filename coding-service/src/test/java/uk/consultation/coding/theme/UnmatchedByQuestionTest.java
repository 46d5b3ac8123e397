package uk.consultation.coding.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.consultation.coding.theme.UnmatchedSentences.Sentence;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Topics;

/** The unmatched sentences' store, fed through its topology as the sender's records arrive, and read as served. */
class UnmatchedByQuestionTest {

    /** Three sentences a question at most. */
    private static final ThemeSettings SETTINGS = new ThemeSettings(0.45, 0.1, 0.35, 3);

    @TempDir
    Path state;

    private TopologyTestDriver driver;
    private TestInputTopic<String, ResponseUnmatched> unmatched;

    @BeforeEach
    void start() {
        StreamsBuilder builder = new StreamsBuilder();
        UnmatchedTopology.build(builder, SETTINGS);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "coding-unmatched-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        config.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        driver = new TopologyTestDriver(builder.build(), config);
        unmatched = driver.createInputTopic(Topics.UNMATCHED_SENTENCES.name(), new StringSerializer(),
                EventJson.serde(ResponseUnmatched.class).serializer());
    }

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void aResponsesLaterCodingReplacesItsSentencesAndAnErasureDropsThem() {
        send("c", "r-1", Map.of("q1", List.of(sentence("Buses were cut.", 0.25f, -1.5f))));
        send("c", "r-2", Map.of("q1", List.of(sentence("The library closed.", 1, 0))));
        send("other", "r-3", Map.of("q2", List.of(sentence("Roads are poor.", 0, 1))));

        assertThat(consultations()).containsExactly("c", "other");
        assertThat(of("c").get("q1")).extracting(Sentence::responseId, Sentence::text)
                .containsExactly(tuple("r-1", "Buses were cut."), tuple("r-2", "The library closed."));
        assertThat(of("c").get("q1").get(0).vector()).containsExactly(0.25f, -1.5f);

        send("c", "r-1", Map.of("q3", List.of(sentence("Parks are lovely places.", 0, 1))));
        assertThat(of("c")).containsOnlyKeys("q1", "q3");
        assertThat(of("c").get("q1")).extracting(Sentence::responseId).containsExactly("r-2");

        send("c", "r-1", Map.of());
        send("c", "r-2", Map.of());
        assertThat(of("c")).isEmpty();
        assertThat(consultations()).containsExactly("other");
        assertThat(of("other").get("q2")).extracting(Sentence::responseId).containsExactly("r-3");
    }

    @Test
    void aQuestionKeepsTheLatestCodedResponsesSentencesUpToItsBound() {
        send("c", "r-1", Map.of("q1", List.of(sentence("One.", 1, 0), sentence("Two.", 1, 0)),
                "q2", List.of(sentence("Kept elsewhere.", 0, 1))));
        send("c", "r-2", Map.of("q1", List.of(sentence("Three.", 1, 0))));
        send("c", "r-3", Map.of("q1", List.of(sentence("Four.", 1, 0))));

        // r-1's two go, the earliest coded; its sentences for another question stay
        assertThat(of("c").get("q1")).extracting(Sentence::text).containsExactly("Three.", "Four.");
        assertThat(of("c").get("q2")).extracting(Sentence::text).containsExactly("Kept elsewhere.");

        // coded again, r-2 is now the latest
        send("c", "r-2", Map.of("q1", List.of(sentence("Three again.", 1, 0), sentence("And five.", 1, 0))));
        send("c", "r-1", Map.of());
        assertThat(of("c").get("q1")).extracting(Sentence::text).containsExactly("Four.", "Three again.",
                "And five.");
        assertThat(of("c")).containsOnlyKeys("q1");
    }

    private void send(String consultationId, String responseId, Map<String, List<Sentence>> byQuestion) {
        unmatched.pipeInput(consultationId, ResponseUnmatched.of(responseId, byQuestion));
    }

    private List<String> consultations() {
        return StoredUnmatchedSentences.consultations(driver.getKeyValueStore(UnmatchedByQuestion.COUNTS));
    }

    private Map<String, List<Sentence>> of(String consultationId) {
        return StoredUnmatchedSentences.of(driver.getKeyValueStore(UnmatchedByQuestion.SENTENCES), consultationId);
    }

    private static Sentence sentence(String text, float... vector) {
        return new Sentence("", text, vector);
    }
}
