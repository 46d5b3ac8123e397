package uk.consultation.coding.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.consultation.schemas.Channel;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.CodingSource;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseCoded.Campaign;

class CampaignGroupingTest {

    private static final Instant MAY = Instant.parse("2018-05-01T09:00:00Z");
    private static final CampaignSettings SETTINGS = new CampaignSettings(3, 20);
    private static final String CONSULTATION = "c";

    @TempDir
    Path state;

    private TopologyTestDriver driver;
    private TestInputTopic<String, Ungrouped> ungrouped;
    private TestOutputTopic<String, ResponseCoded> coded;

    @BeforeEach
    void start() {
        StreamsBuilder builder = new StreamsBuilder();
        CampaignTopology.build(builder, SETTINGS);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "coding-campaigns-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        config.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        driver = new TopologyTestDriver(builder.build(), config);
        ungrouped = driver.createInputTopic(Topics.RESPONSES_CODED_UNGROUPED.name(), new StringSerializer(),
                EventJson.serde(Ungrouped.class).serializer());
        coded = driver.createOutputTopic(Topics.RESPONSES_CODED.name(), new StringDeserializer(),
                EventJson.serde(ResponseCoded.class).deserializer());
    }

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void copiesJoinTheFirstWhichIsPublishedAgainOnceAsTheCampaignsFirstMember() {
        List<TestRecord<String, ResponseCoded>> first = code("r-1", CampaignLetters.letter("Jo Bloggs", "Luton"));
        List<TestRecord<String, ResponseCoded>> second = code("r-2", CampaignLetters.letter("Sam Smith", "Bradford"));
        List<TestRecord<String, ResponseCoded>> third = code("r-3", CampaignLetters.letter("Ann Other", "Walsall"));

        assertThat(first).singleElement().satisfies(record -> {
            assertThat(record.value().campaign()).isNull();
            assertThat(record.value().textSignature()).isNotNull();
        });
        assertThat(second).extracting(TestRecord::key).containsExactly("r-1", "r-2");
        Campaign campaign = second.get(1).value().campaign();
        assertThat(campaign).isEqualTo(new Campaign("campaign-r-1", "r-1", campaign.canonicalText()));
        assertThat(campaign.canonicalText()).contains("oppose the proposals");
        assertThat(second.get(0).value()).isEqualTo(first.get(0).value().grouped(
                first.get(0).value().textSignature(), campaign));
        assertThat(third).singleElement().satisfies(record -> assertThat(record.value().campaign())
                .isEqualTo(campaign));
    }

    @Test
    void aChainStaysWhereEachJoinedWhateverIsCodedAgain() {
        // B is near A, C near B but not A: C joins the campaign B joined, named after A.
        code("a", CampaignLetters.letter("Jo Bloggs", "Luton"));
        code("b", CampaignLetters.reworded("Jo Bloggs", "Luton"));
        List<TestRecord<String, ResponseCoded>> c = code("c", CampaignLetters.rewordedTwice("Jo Bloggs", "Luton"));

        assertThat(c).singleElement().satisfies(record -> assertThat(record.value().campaign().id())
                .isEqualTo("campaign-a"));
        // Coding everything again, in another order, moves no one and publishes no one twice.
        List<TestRecord<String, ResponseCoded>> again = List.of(
                code("c", CampaignLetters.rewordedTwice("Jo Bloggs", "Luton")),
                code("b", CampaignLetters.reworded("Jo Bloggs", "Luton")),
                code("a", CampaignLetters.letter("Jo Bloggs", "Luton"))).stream().flatMap(List::stream).toList();
        assertThat(again).extracting(TestRecord::key).containsExactly("c", "b", "a");
        assertThat(again).allSatisfy(record -> assertThat(record.value().campaign().id()).isEqualTo("campaign-a"));
    }

    @Test
    void inAnotherOrderTheLaterNeighbourStaysAloneAndTheMiddleJoinsTheEarliest() {
        code("a", CampaignLetters.letter("Jo Bloggs", "Luton"));
        code("c", CampaignLetters.rewordedTwice("Jo Bloggs", "Luton"));
        List<TestRecord<String, ResponseCoded>> b = code("b", CampaignLetters.reworded("Jo Bloggs", "Luton"));

        assertThat(b).extracting(TestRecord::key).containsExactly("a", "b");
        assertThat(b).allSatisfy(record -> assertThat(record.value().campaign().id()).isEqualTo("campaign-a"));
        assertThat(code("c", CampaignLetters.rewordedTwice("Jo Bloggs", "Luton"))).singleElement()
                .satisfies(record -> assertThat(record.value().campaign()).isNull());
    }

    @Test
    void theAcceptanceTimeTravelsWithAFirstCodingButNotWithARePublication() {
        code("r-1", CampaignLetters.letter("Jo Bloggs", "Luton"));
        RecordHeaders headers = new RecordHeaders();
        headers.add(Topics.ACCEPTED_AT_HEADER, MAY.toString().getBytes(StandardCharsets.UTF_8));
        ungrouped.pipeInput(new TestRecord<>(CONSULTATION, Ungrouped.of(coding("r-2", 1, CONSULTATION),
                CampaignLetters.letter("Sam Smith", "Bradford"), 20), headers));

        List<TestRecord<String, ResponseCoded>> out = coded.readRecordsToList();
        assertThat(out).extracting(TestRecord::key).containsExactly("r-1", "r-2");
        assertThat(out.get(0).headers().lastHeader(Topics.ACCEPTED_AT_HEADER)).isNull();
        assertThat(new String(out.get(1).headers().lastHeader(Topics.ACCEPTED_AT_HEADER).value(),
                StandardCharsets.UTF_8)).isEqualTo(MAY.toString());
    }

    @Test
    void aLowerVersionThanTheOnePublishedIsDropped() {
        code("r-1", CampaignLetters.letter("Jo Bloggs", "Luton"));
        ResponseCoded reviewed = coding("r-1", 2, CONSULTATION);
        ungrouped.pipeInput(CONSULTATION, new Ungrouped(reviewed, null, null));
        assertThat(coded.readValuesToList()).singleElement().extracting(ResponseCoded::version).isEqualTo(2);

        // A recoding racing the review
        assertThat(code("r-1", CampaignLetters.letter("Jo Bloggs", "Luton"))).isEmpty();
    }

    @Test
    void anErasedResponseStaysAMemberAndItsCampaignKeepsItsText() {
        code("r-1", CampaignLetters.letter("Jo Bloggs", "Luton"));
        Campaign campaign = code("r-2", CampaignLetters.letter("Sam Smith", "Bradford")).get(1).value().campaign();

        // As the erasure is sent: the response's latest coding as this service remembers it, without its campaign
        ResponseCoded erased = coding("r-1", 1, CONSULTATION).erased(MAY);
        ungrouped.pipeInput(CONSULTATION, new Ungrouped(erased, null, null));

        assertThat(coded.readValuesToList()).singleElement().satisfies(coding -> {
            assertThat(coding.erased()).isTrue();
            assertThat(coding.campaign()).isEqualTo(campaign);
        });
        assertThat(code("r-3", CampaignLetters.letter("Ann Other", "Walsall"))).singleElement()
                .satisfies(record -> assertThat(record.value().campaign()).isEqualTo(campaign));
    }

    @Test
    void aShortTextAnUnrelatedTextAndAnotherConsultationStayAlone() {
        code("r-1", CampaignLetters.letter("Jo Bloggs", "Luton"));

        assertThat(code("r-2", "I oppose the proposals.")).singleElement().satisfies(record -> {
            assertThat(record.value().campaign()).isNull();
            assertThat(record.value().textSignature()).isNull();
        });
        assertThat(code("r-3", "I oppose the proposals.")).singleElement()
                .satisfies(record -> assertThat(record.value().campaign()).isNull());
        assertThat(code("r-4", CampaignLetters.OTHER)).singleElement()
                .satisfies(record -> assertThat(record.value().campaign()).isNull());
        ungrouped.pipeInput("another", Ungrouped.of(coding("r-5", 1, "another"),
                CampaignLetters.letter("Sam Smith", "Bradford"), 20));
        assertThat(coded.readValuesToList()).singleElement().extracting(ResponseCoded::campaign).isNull();
    }

    @Test
    void theRecordThatFormedACampaignProcessedAgainAfterACrashPublishesTheFirstMemberAgainAndNothingElseDoes() {
        GroupingUnderTest grouping = new GroupingUnderTest(new MockProcessorContext<>(), SETTINGS,
                Stores::inMemoryKeyValueStore);
        Record<String, Ungrouped> first = record("r-1", CampaignLetters.letter("Jo Bloggs", "Luton"));
        Record<String, Ungrouped> second = record("r-2", CampaignLetters.letter("Sam Smith", "Bradford"));

        grouping.process(first, 0);
        grouping.process(second, 1);
        assertThat(keys(grouping)).containsExactly("r-1", "r-1", "r-2");
        grouping.process(second, 1);
        assertThat(keys(grouping)).containsExactly("r-1", "r-2");
        // A recoding is another record: only itself
        grouping.process(second, 7);
        grouping.process(first, 8);
        assertThat(keys(grouping)).containsExactly("r-2", "r-1");
    }

    private List<TestRecord<String, ResponseCoded>> code(String responseId, String text) {
        ungrouped.pipeInput(CONSULTATION, Ungrouped.of(coding(responseId, 1, CONSULTATION), text, 20));
        return coded.readRecordsToList();
    }

    private static Record<String, Ungrouped> record(String responseId, String text) {
        return new Record<>(CONSULTATION, Ungrouped.of(coding(responseId, 1, CONSULTATION), text, 20), 0L);
    }

    private static List<String> keys(GroupingUnderTest grouping) {
        return grouping.published().stream().map(Record::key).toList();
    }

    private static ResponseCoded coding(String responseId, int version, String consultation) {
        return new ResponseCoded(responseId, consultation, version, MAY, Channel.LETTER, MAY, false,
                new ResponseCoded.CodedRespondent(RespondentType.INDIVIDUAL, CodingSource.INFERRED, 0.85, null),
                Map.of(), List.of(), "test", 1, null, null);
    }
}
