package uk.consultation.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.consultation.reporting.figures.Codings.CONSULTATION;
import static uk.consultation.reporting.figures.Codings.answer;
import static uk.consultation.reporting.figures.Codings.coding;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.UUID;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.utils.ContainerTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import uk.consultation.schemas.Channel;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.SchemaContract;
import uk.consultation.schemas.Topics;
import uk.consultation.schemas.coding.CodingFlags;
import uk.consultation.schemas.coding.CodingSource;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseCoded.CodedAnswer;
import uk.consultation.schemas.coding.ResponseCoded.ThemeAssignment;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;
import uk.consultation.testsupport.KafkaRecords;
import uk.consultation.testsupport.TestInfrastructure;

/**
 * The whole service against a real Kafka broker and store: figures always equal a from-scratch count of the latest
 * coding of each response, however often records are delivered.
 */
@SpringBootTest(properties = {"topics.partitions=3", "management.endpoint.health.show-components=always"})
@AutoConfigureMockMvc
@WithMockUser(roles = {"REPORT_AUTHOR", "OPERATOR"})
class ReportingIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int PARTITIONS = 3;

    private static KafkaProducer<String, Object> producer;

    @Autowired
    private MockMvcTester mvc;
    @Autowired
    private JsonMapper json;
    @Autowired
    private FiguresQuery query;
    @Autowired
    private ConsultationCatalog catalog;
    @Autowired
    private ResponsesCodedListener listener;
    @Autowired
    private KafkaListenerEndpointRegistry listeners;
    @Autowired
    private MeterRegistry meters;
    @Autowired
    private FiguresGenerations generations;
    @Autowired
    private FiguresRebuild rebuild;

    private record Published(ResponseCoded coding, int partition, long offset) {
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> TestInfrastructure.mongoUri("reporting-it-" + UUID.randomUUID()));
    }

    @BeforeAll
    static void openProducer() {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new EventJson.Serializer());
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @Test
    void countsEachCodingOnceThroughRedeliveryAndRecoding() throws Exception {
        publishDefinition();
        Random random = new Random(2018);
        for (int i = 1; i <= 120; i++) {
            publish(randomCoding("r-%03d".formatted(i), 1, random));
        }
        ResponseCoded agreeing = coding("r-changed", 1, RespondentType.INDIVIDUAL, Channel.ONLINE, false,
                Map.of("q1", answer(Position.AGREE, null, "q1-shared-opportunities")));
        publish(agreeing);
        awaitFiguresMatchARecount();
        Map<String, Long> beforeRedelivery = storedCounts();
        double appliedBeforeRedelivery = processed("applied");

        redeliverEverything();

        assertThat(processed("applied")).isEqualTo(appliedBeforeRedelivery);
        assertThat(storedCounts()).isEqualTo(beforeRedelivery);

        // A second coding moves the response from agree to disagree: its first contribution is taken back out.
        publish(coding("r-changed", 2, RespondentType.INDIVIDUAL, Channel.ONLINE, false,
                Map.of("q1", answer(Position.DISAGREE, null, "q1-two-way-street"))));
        awaitFiguresMatchARecount();
        Map<String, Long> recoded = storedCounts();
        assertThat(count(recoded, "questions.q1.individual.agree"))
                .isEqualTo(count(beforeRedelivery, "questions.q1.individual.agree") - 1);
        assertThat(count(recoded, "questions.q1.individual.disagree"))
                .isEqualTo(count(beforeRedelivery, "questions.q1.individual.disagree") + 1);
        assertThat(count(recoded, "questions.q1.themes.q1-shared-opportunities.individual"))
                .isEqualTo(count(beforeRedelivery, "questions.q1.themes.q1-shared-opportunities.individual") - 1);
        assertThat(count(recoded, "questions.q1.individual.responses"))
                .isEqualTo(count(beforeRedelivery, "questions.q1.individual.responses"));
        assertThat(count(recoded, "responses")).isEqualTo(count(beforeRedelivery, "responses"));

        // A hundred more are recoded with other positions and themes; then the stale first coding turns up again and
        // is ignored.
        Map<String, ResponseCoded> latest = latestCodings();
        for (int i = 1; i <= 100; i++) {
            publish(recoded(latest.get("r-%03d".formatted(i)), random));
        }
        double supersededBefore = processed("superseded");
        publish(agreeing);
        await().atMost(PATIENCE).until(() -> processed("superseded") > supersededBefore);
        awaitFiguresMatchARecount();

        assertThatTheApiShowsTheRecount();
    }

    @Test
    void aMalformedCodingIsDeadLetteredWithoutHoldingUpTheCodingsBehindIt() throws Exception {
        publishDefinition();
        byte[] malformed = "{\"responseId\": \"r-poison\", \"version\": ".getBytes(StandardCharsets.UTF_8);
        RecordMetadata poison = producer.send(
                new ProducerRecord<>(Topics.RESPONSES_CODED.name(), "r-poison", malformed)).get();
        // Same key, so same partition: it can only be counted once the malformed record has been dealt with.
        Published behind = publish(coding("r-poison", 2, RespondentType.ORGANISATION, Channel.LETTER, true,
                Map.of("q1", answer(Position.NOT_SURE, "We are not sure.", "q1-two-way-street"))));
        assertThat(behind.partition()).isEqualTo(poison.partition());

        ConsumerRecord<String, byte[]> deadLetter = awaitDeadLetter("r-poison");
        assertThat(deadLetter.value()).isEqualTo(malformed);
        assertThat(deadLetter.partition()).isEqualTo(poison.partition());
        assertThat(new String(deadLetter.headers().lastHeader(Topics.DEAD_LETTER_REASON_HEADER).value(),
                StandardCharsets.UTF_8)).isNotBlank();
        awaitFiguresMatchARecount();
    }

    @Test
    void aDeadLetterInsideABatchLeavesTheRestOfTheBatchCounted() throws Exception {
        publishDefinition();
        byte[] malformed = "{\"responseId\": \"r-inside\"".getBytes(StandardCharsets.UTF_8);
        // Sent together to one partition, so that one poll most likely brings all three (a test cannot make sure).
        List<Future<RecordMetadata>> sent = List.of(
                producer.send(new ProducerRecord<>(Topics.RESPONSES_CODED.name(), 0, "r-before",
                        coding("r-before", 1, RespondentType.INDIVIDUAL, Channel.ONLINE, false,
                                Map.of("q1", answer(Position.AGREE, null))))),
                producer.send(new ProducerRecord<>(Topics.RESPONSES_CODED.name(), 0, "r-inside", malformed)),
                producer.send(new ProducerRecord<>(Topics.RESPONSES_CODED.name(), 0, "r-after",
                        coding("r-after", 1, RespondentType.ORGANISATION, Channel.EMAIL, false,
                                Map.of("q1", answer(Position.DISAGREE, null))))));
        for (Future<RecordMetadata> each : sent) {
            each.get();
        }

        ConsumerRecord<String, byte[]> deadLetter = awaitDeadLetter("r-inside");
        assertThat(deadLetter.value()).isEqualTo(malformed);
        assertThat(new String(deadLetter.headers().lastHeader(Topics.DEAD_LETTER_REASON_HEADER).value(),
                StandardCharsets.UTF_8)).isNotBlank();
        assertThat(latestCodings()).containsKeys("r-before", "r-after");
        awaitFiguresMatchARecount();
    }

    @Test
    void aRebuildRecomputesTheFiguresFromTheLogWhileTheLiveOnesStayReadable() throws Exception {
        publishDefinition();
        Random random = new Random(2019);
        for (int i = 1; i <= 20; i++) {
            publish(randomCoding("rebuilt-%03d".formatted(i), 1, random));
        }
        awaitFiguresMatchARecount();
        JsonNode before = withoutAsOf(figures("include"));
        FiguresStore live = generations.live();
        FiguresStore next = generations.next();

        try (FiguresRebuild.Reader reader = rebuild.new Reader(next)) {
            reader.catchUp();
            // The log so far is in the new generation; the figures are still read from the live one.
            assertThat(next.figures().countDocuments()).isPositive();
            assertThat(generations.live()).isEqualTo(live);
            assertThat(withoutAsOf(figures("include"))).isEqualTo(before);
            // A coding arrives while the rebuild is under way: the live listener counts it in the old generation.
            publish(randomCoding("rebuilt-during", 1, random));
            awaitFiguresMatchARecount();

            rebuild.switchOver(reader);
        }

        assertThat(generations.live().generation()).isEqualTo(next.generation());
        assertThat(live.figures().countDocuments()).isZero();
        // Counted once in the new generation: the rebuild read it, and the listener resumed after it.
        awaitFiguresMatchARecount();
        publish(randomCoding("rebuilt-after", 1, random));
        awaitFiguresMatchARecount();
        assertThatTheApiShowsTheRecount();
    }

    @Test
    void theRebuildCommandIsAcceptedAndItsStatusSaysWhenTheNewFiguresAreLive() throws Exception {
        publishDefinition();
        publish(randomCoding("rebuilt-by-command", 1, new Random(2020)));
        awaitFiguresMatchARecount();
        JsonNode before = withoutAsOf(figures("include"));
        long generation = generations.live().generation();

        assertThat(mvc.post().uri("/api/v1/figures/rebuild").with(csrf()))
                .hasStatus(202)
                .hasHeader("Location", "/api/v1/figures/rebuild")
                .bodyJson().extractingPath("$.generation").isEqualTo((int) generation + 1);

        // in the test's thread, which holds the signed-in test user
        await().atMost(PATIENCE).pollInSameThread().untilAsserted(() -> assertThat(
                mvc.get().uri("/api/v1/figures/rebuild")).hasStatusOk()
                .bodyJson().extractingPath("$.state").isEqualTo("switched"));
        assertThat(generations.live().generation()).isEqualTo(generation + 1);
        assertThat(withoutAsOf(figures("include"))).isEqualTo(before);
        awaitFiguresMatchARecount();
    }

    @Test
    void reportAuthorsGetADraftedSummaryWithQuotesAndTheFiguresAsFiles() throws Exception {
        ConsultationDefinition consultation = Codings.consultation("summary-" + UUID.randomUUID());
        producer.send(new ProducerRecord<>(Topics.CONSULTATIONS.name(), consultation.id(), consultation)).get();
        await().atMost(PATIENCE).until(() -> catalog.find(consultation.id()).isPresent());
        String bothWays = "Integration must work both ways, not be assimilation.";
        publish(Codings.forConsultation(consultation.id(), coding("s1", 1, RespondentType.ORGANISATION, Channel.EMAIL,
                false, Map.of("q1", Codings.evidenced(Position.AGREE, "q1-two-way-street", bothWays)))));
        publish(Codings.forConsultation(consultation.id(), coding("s2", 1, RespondentType.INDIVIDUAL, Channel.ONLINE,
                false, Map.of("q1", Codings.evidenced(Position.DISAGREE, "q1-two-way-street", "It goes both ways.")))));
        publish(Codings.forConsultation(consultation.id(), coding("s3", 1, RespondentType.INDIVIDUAL, Channel.ONLINE,
                false, Map.of("q1", Codings.evidenced(Position.AGREE, "q1-shared-opportunities", "Shared clubs help.")))));
        // Recoded without the theme: its count and its quote go.
        publish(Codings.forConsultation(consultation.id(), coding("s3", 2, RespondentType.INDIVIDUAL, Channel.ONLINE,
                false, Map.of("q1", answer(Position.AGREE, "Shared clubs help.")))));
        await().atMost(PATIENCE).until(() -> query.totals(consultation.id(), Selection.ALL)
                .count("questions.q1.individual.agree") == 1 && query.totals(consultation.id(), Selection.ALL)
                .count("questions.q1.themes.q1-shared-opportunities.individual") == 0);

        String markdown = mvc.get().uri("/api/v1/consultations/{id}/summary.md", consultation.id()).exchange()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        String responses = "There were 3 responses to this question. Of the 1 organisational response, 100% agreed"
                + " with the question, 0% disagreed with a further 0% not sure. Of the 2 individuals who responded, 50%"
                + " agreed with the question, 50% disagreed with a further 0% not sure.";
        assertThat(markdown).contains("### Question 1\n", responses + "\n\nPoints raised include:\n\n"
                + "- Integration as a two-way street, not assimilation: raised in 2 responses (1 organisation,"
                + " 1 individual).\n  > “" + bothWays + "”\n");
        assertThat(markdown).doesNotContain("Shared opportunities", "Shared clubs help");

        byte[] word = mvc.get().uri("/api/v1/consultations/{id}/summary.docx", consultation.id()).exchange()
                .getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word))) {
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText).contains(responses);
        }

        // The exports say what the figures say, with the same choices.
        JsonNode q1 = json.readTree(mvc.get().uri("/api/v1/consultations/{id}/questions/q1/figures?channel=online",
                consultation.id()).exchange().getResponse().getContentAsByteArray());
        String csv = mvc.get().uri("/api/v1/consultations/{id}/figures.csv?channel=online", consultation.id())
                .exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> q1Row = List.of(csv.lines().filter(line -> line.startsWith("q1,1,")).findFirst().orElseThrow()
                .split(","));
        assertThat(q1Row.subList(2, 10)).containsExactly(q1.get("responses").asString(),
                q1.get("organisations").get("responses").asString(), q1.get("organisations").get("agree").asString(),
                q1.get("organisations").get("agreePercent").asString(),
                q1.get("organisations").get("disagree").asString(),
                q1.get("organisations").get("disagreePercent").asString(),
                q1.get("organisations").get("notSure").asString(),
                q1.get("organisations").get("notSurePercent").asString());
        assertThat(q1Row.get(10)).isEqualTo(q1.get("individuals").get("responses").asString()).isEqualTo("2");
        assertThat(csv).contains("q1,1,q1-two-way-street,\"Integration as a two-way street, not assimilation\",1,0,1");
        byte[] xlsx = mvc.get().uri("/api/v1/consultations/{id}/figures.xlsx?respondentType=organisation",
                consultation.id()).exchange().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = workbook.getSheet("Questions").getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("q1");
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(1);
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(1);
            assertThat(row.getCell(10).getNumericCellValue()).isZero();
            assertThat(workbook.getSheet("Themes").getRow(1).getCell(3).getStringCellValue())
                    .isEqualTo("Integration as a two-way street, not assimilation");
        }
        assertThat(mvc.get().uri("/api/v1/consultations/{id}/figures.csv?from=yesterday", consultation.id()))
                .hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theStoreIsHealthyWhenItAnswersPing() {
        assertThat(mvc.get().uri("/actuator/health/mongo"))
                .hasStatusOk()
                .bodyJson().extractingPath("$.status").isEqualTo("UP");
    }

    private void publishDefinition() throws Exception {
        producer.send(new ProducerRecord<>(Topics.CONSULTATIONS.name(), CONSULTATION.id(), CONSULTATION)).get();
        await().atMost(PATIENCE).until(() -> catalog.find(CONSULTATION.id()).isPresent());
    }

    private Published publish(ResponseCoded coding) throws Exception {
        SchemaContract.assertConforms(SchemaContract.RESPONSE_CODED, coding);
        RecordMetadata metadata = producer.send(
                new ProducerRecord<>(Topics.RESPONSES_CODED.name(), coding.responseId(), coding)).get();
        return new Published(coding, metadata.partition(), metadata.offset());
    }

    /**
     * A real redelivery: the listener is stopped and restarted, then made to read every partition from the
     * beginning, so each record already counted reaches the ledger a second time.
     */
    private void redeliverEverything() {
        double before = processed();
        MessageListenerContainer container = listeners.getListenerContainer(ResponsesCodedListener.ID);
        container.stop();
        container.start();
        ContainerTestUtils.waitForAssignment(container, PARTITIONS);
        // The seek callbacks are registered just after the assignment shows, so a seek can come too early and do
        // nothing: seek again whenever nothing has been read since the last one.
        double[] atLastSeek = {-1};
        await().atMost(PATIENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1)).until(() -> {
            double now = processed();
            if (now >= before + publishedCount()) {
                return true;
            }
            if (now == atLastSeek[0] || atLastSeek[0] < 0) {
                listener.seekToBeginning();
                atLastSeek[0] = now;
            }
            return false;
        });
    }

    private void awaitFiguresMatchARecount() {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(storedCounts()).isEqualTo(recount()));
    }

    private void assertThatTheApiShowsTheRecount() {
        ConsultationFigures expected = ConsultationFigures.of(CONSULTATION, new Totals(recount(), null), Selection.ALL,
                campaignTexts());
        JsonNode actual = figures("include");

        // Read back from JSON, like the response, so that numbers compare as the same node types.
        assertThat(withoutAsOf(actual)).isEqualTo(withoutAsOf(json.readTree(json.writeValueAsBytes(expected))));
        assertThat(actual.get("asOf").isString()).isTrue();
        assertThat(actual.get("responses").asLong()).isEqualTo(latestCodings().size());

        // Without the late responses: the same as counting only the ones on time from scratch.
        JsonNode onTime = withoutAsOf(json.readTree(json.writeValueAsBytes(ConsultationFigures.of(CONSULTATION,
                new Totals(recount(coding -> !coding.late()), null), Selection.ALL, campaignTexts()))));
        JsonNode excluded = withoutAsOf(figures("exclude"));
        long late = latestCodings().values().stream().filter(ResponseCoded::late).count();
        assertThat(late).as("some responses in the sample are late").isPositive();
        assertThat(excluded.get("late").asLong()).isEqualTo(late);
        assertThat(excluded.get("lateIncluded").asBoolean()).isFalse();
        assertThat(excluded.get("responses")).isEqualTo(onTime.get("responses"));
        assertThat(excluded.get("byChannel")).isEqualTo(onTime.get("byChannel"));
        assertThat(excluded.get("byRespondentType")).isEqualTo(onTime.get("byRespondentType"));
        assertThat(excluded.get("questions")).isEqualTo(onTime.get("questions"));
        assertThatCampaignsCanBeSeparated();
        assertThatChannelsAndRespondentTypesCanBeSelected();
    }

    /** One channel, or one respondent type: the same as counting only those responses from scratch. */
    private void assertThatChannelsAndRespondentTypesCanBeSelected() {
        Map<String, Predicate<ResponseCoded>> selections = Map.of(
                "channel=email", coding -> coding.channel() == Channel.EMAIL,
                "channel=online,letter", coding -> coding.channel() != Channel.EMAIL,
                "respondentType=organisation", coding -> coding.respondent().type() == RespondentType.ORGANISATION,
                "respondentType=individual&channel=letter", coding -> coding.respondent().type()
                        == RespondentType.INDIVIDUAL && coding.channel() == Channel.LETTER,
                "from=2018-04-02&to=2018-04-02", coding -> true,
                "from=2018-04-03", coding -> false);
        selections.forEach((query, kept) -> {
            JsonNode expected = withoutAsOf(json.readTree(json.writeValueAsBytes(ConsultationFigures.of(CONSULTATION,
                    new Totals(recount(kept), null), Selection.ALL, campaignTexts()))));
            JsonNode actual = json.readTree(mvc.get().uri("/api/v1/consultations/{id}/figures?" + query,
                    CONSULTATION.id()).exchange().getResponse().getContentAsByteArray());
            assertThat(actual.get("responses")).as(query).isEqualTo(expected.get("responses"));
            assertThat(actual.get("byChannel")).as(query).isEqualTo(expected.get("byChannel"));
            assertThat(actual.get("byRespondentType")).as(query).isEqualTo(expected.get("byRespondentType"));
            assertThat(actual.get("late")).as(query).isEqualTo(expected.get("late"));
            assertThat(actual.get("campaignResponses")).as(query).isEqualTo(expected.get("campaignResponses"));
            assertThat(actual.get("campaigns")).as(query).isEqualTo(expected.get("campaigns"));
            assertThat(withoutAsOf(actual).get("questions")).as(query).isEqualTo(expected.get("questions"));
        });
    }

    private JsonNode figures(String late) {
        return figures(late, "include");
    }

    private JsonNode figures(String late, String campaigns) {
        return json.readTree(mvc.get().uri("/api/v1/consultations/{id}/figures?late={late}&campaigns={campaigns}",
                CONSULTATION.id(), late, campaigns).exchange().getResponse().getContentAsByteArray());
    }

    /** Campaign responses left out, or alone: the same as counting only those, or only the others, from scratch. */
    private void assertThatCampaignsCanBeSeparated() {
        long inCampaigns = latestCodings().values().stream().filter(coding -> coding.campaign() != null).count();
        assertThat(inCampaigns).as("some responses in the sample are in campaigns").isPositive();
        for (String choice : List.of("exclude", "only")) {
            Predicate<ResponseCoded> kept = choice.equals("only") ? coding -> coding.campaign() != null
                    : coding -> coding.campaign() == null;
            JsonNode expected = withoutAsOf(json.readTree(json.writeValueAsBytes(ConsultationFigures.of(CONSULTATION,
                    new Totals(recount(kept), null), Selection.ALL, campaignTexts()))));
            JsonNode actual = withoutAsOf(figures("include", choice));
            assertThat(actual.get("campaignResponses").asLong()).isEqualTo(inCampaigns);
            assertThat(actual.get("campaignChoice").asString()).isEqualTo(choice);
            assertThat(actual.get("responses")).as(choice).isEqualTo(expected.get("responses"));
            assertThat(actual.get("byRespondentType")).as(choice).isEqualTo(expected.get("byRespondentType"));
            assertThat(actual.get("questions")).as(choice).isEqualTo(expected.get("questions"));
        }
    }

    private static Map<String, FiguresQuery.CampaignText> campaignTexts() {
        Map<String, FiguresQuery.CampaignText> texts = new HashMap<>();
        latestCodings().values().stream().map(ResponseCoded::campaign).filter(Objects::nonNull).forEach(campaign ->
                texts.put(campaign.id(), new FiguresQuery.CampaignText(campaign.canonicalResponseId(),
                        campaign.canonicalText())));
        return texts;
    }

    private ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.RESPONSES_CODED.deadLetterTopic()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            await().atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                });
                return !found.isEmpty();
            });
            return found.get(0);
        }
    }

    /** What the figures must be: each response's latest coding on the topic, counted from scratch. */
    private static Map<String, Long> recount() {
        return recount(coding -> true);
    }

    private static Map<String, Long> recount(Predicate<ResponseCoded> counted) {
        return Recount.counters(latestCodings().values().stream().filter(counted).toList(), CONSULTATION);
    }

    private Map<String, Long> storedCounts() {
        Map<String, Long> counts = new TreeMap<>(query.totals(CONSULTATION.id(), Selection.ALL).counts());
        counts.values().removeIf(count -> count == 0);
        return counts;
    }

    private static Map<String, ResponseCoded> latestCodings() {
        return Recount.latestCodings(CONSULTATION);
    }

    private static long count(Map<String, Long> counts, String counter) {
        return counts.getOrDefault(counter, 0L);
    }

    private static int publishedCount() {
        return KafkaRecords.all(TestInfrastructure.kafkaBootstrapServers(), Topics.RESPONSES_CODED).size();
    }

    private double processed() {
        return meters.find(ResponsesCodedListener.CODINGS).counters().stream().mapToDouble(Counter::count).sum();
    }

    private double processed(String outcome) {
        Counter counter = meters.find(ResponsesCodedListener.CODINGS).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private static JsonNode withoutAsOf(JsonNode figures) {
        ObjectNode copy = ((ObjectNode) figures).deepCopy();
        copy.remove("asOf");
        copy.withArray("questions").forEach(question -> ((ObjectNode) question).remove("asOf"));
        return copy;
    }

    private static ResponseCoded randomCoding(String responseId, int version, Random random) {
        Map<String, CodedAnswer> answers = new HashMap<>();
        for (Question question : CONSULTATION.questions().subList(0, 4)) {
            if (random.nextInt(4) == 0) {
                continue; // not every respondent answers every question
            }
            List<String> themes = question.codeframe().stream().map(Question.Theme::code)
                    .filter(code -> random.nextInt(3) == 0).toList();
            answers.put(question.id(), question.isClosed()
                    ? answer(random.nextInt(5) == 0 ? null : pick(Position.values(), random), "Some words.",
                            themes.toArray(String[]::new))
                    : answer(null, random.nextBoolean() ? "English classes help." : " ", themes.toArray(String[]::new)));
        }
        ResponseCoded coding = coding(responseId, version, pick(RespondentType.values(), random),
                pick(Channel.values(), random), random.nextInt(10) == 0, answers);
        if (random.nextInt(6) == 0) {
            String canonical = "r-00" + random.nextInt(2);
            coding = coding.grouped("0123456789abcdef", new ResponseCoded.Campaign("campaign-" + canonical, canonical,
                    "Please withdraw these proposals."));
        }
        return random.nextInt(8) == 0 ? Codings.flagged(coding, CodingFlags.NO_TO_ALL) : coding;
    }

    /** Some of the question's themes, never the same set as before unless the codeframe has one theme. */
    private static List<ThemeAssignment> otherThemes(String questionId, CodedAnswer answer, Random random) {
        List<String> before = answer.themes().stream().map(ThemeAssignment::code).sorted().toList();
        List<String> codes = CONSULTATION.question(questionId).orElseThrow().codeframe().stream()
                .map(Question.Theme::code).toList();
        for (int attempt = 0; attempt < 10; attempt++) {
            List<String> after = codes.stream().filter(code -> random.nextInt(3) == 0).sorted().toList();
            if (!after.equals(before)) {
                return after.stream().map(code -> new ThemeAssignment(code, 0.7, CodingSource.REVIEWED,
                        "A reviewed sentence about " + code + ".")).toList();
            }
        }
        return answer.themes();
    }

    /** The next version, with every position moved on to another one and other themes. */
    private static ResponseCoded recoded(ResponseCoded coding, Random random) {
        Map<String, CodedAnswer> answers = new HashMap<>();
        coding.answers().forEach((questionId, answer) -> answers.put(questionId, new CodedAnswer(
                answer.position() == null ? pick(Position.values(), random)
                        : Position.values()[(answer.position().ordinal() + 1) % Position.values().length],
                answer.source() == null ? CodingSource.REVIEWED : answer.source(),
                answer.confidence(), answer.text(), otherThemes(questionId, answer, random))));
        return coding(coding.responseId(), coding.version() + 1, coding.respondent().type(), coding.channel(),
                coding.late(), answers);
    }

    private static <T> T pick(T[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
