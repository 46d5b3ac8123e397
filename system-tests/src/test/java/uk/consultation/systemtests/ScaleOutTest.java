package uk.consultation.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.consultation.access.StaffRole;
import uk.consultation.localstack.ServiceProcess;
import uk.consultation.schemas.Topics;
import uk.consultation.testsupport.TestInfrastructure;

/**
 * Every service as N instances in its consumer groups, no instance's memory the source of truth (project issue 15):
 * two coding and two reporting instances on the real broker and store, one of each killed ({@code kill -9}) in the
 * middle of the responses and started again, count exactly what one instance of each counted for the same responses
 * under another consultation id: every figure and theme count, campaign sizes and canonical texts, and each coding
 * instance answers the review queue one instance gave and applies a review of a response the other holds. Then a coding
 * instance stopped with SIGTERM leaves the campaign step's group as it stops, and the other takes its tasks.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutTest {

    /** Per consultation; one consultation on each of the campaign step's partitions. */
    private static final int RESPONSES = 51;
    private static final Duration WAIT = Duration.ofMinutes(4);
    private static final String CAMPAIGN_STEP = "coding-campaigns";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static RunningSystem system;
    private static Admin admin;
    private static ServiceProcess secondCoding;

    @BeforeAll
    static void startTheSystem() throws Exception {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers()));
        system = RunningSystem.start("scale-out");
    }

    @AfterAll
    static void stopTheSystem() throws InterruptedException {
        if (system != null) {
            system.close();
        }
        if (admin != null) {
            admin.close();
        }
    }

    @Test
    @Order(1)
    void twoInstancesOfEachWithOneOfEachKilledMidStreamCountWhatOneInstanceOfEachCounts() throws Exception {
        List<String> alone = consultationOnEachCampaignPartition("alone-");
        List<String> scaledOut = consultationOnEachCampaignPartition("scaled-out-");
        for (String consultation : union(alone, scaledOut)) {
            system.registerExampleAs(consultation);
        }

        submit(alone, 0, RESPONSES);
        List<JsonNode> once = awaitAllCounted(system.reporting(), alone);

        secondCoding = system.startAnotherCoding();
        ServiceProcess secondReporting = system.startAnotherReporting();
        // Each instance holds some of the campaign step's tasks and of reporting's partitions before the responses
        // come; with a consultation on every partition, the killed instance held some consultation's campaign step
        awaitMembersHoldingPartitions(CAMPAIGN_STEP, 2);
        awaitMembersHoldingPartitions("reporting-service", 2);
        submit(scaledOut, 0, RESPONSES / 3);
        secondCoding.kill();
        secondReporting.kill();
        submit(scaledOut, RESPONSES / 3, 2 * RESPONSES / 3);
        secondCoding = system.restart(secondCoding);
        secondReporting = system.restart(secondReporting);
        submit(scaledOut, 2 * RESPONSES / 3, RESPONSES);
        List<JsonNode> twice = awaitAllCounted(system.reporting(), scaledOut);

        for (int i = 0; i < alone.size(); i++) {
            assertThat(campaigns(once.get(i))).as("the input's letter forms a campaign").isNotEmpty();
            assertThat(campaigns(twice.get(i))).isEqualTo(campaigns(once.get(i)));
            assertThat(comparable(twice.get(i))).isEqualTo(comparable(once.get(i)));
            JsonNode fromTheOther = figures(secondReporting, scaledOut.get(i));
            assertThat(campaigns(fromTheOther)).isEqualTo(campaigns(once.get(i)));
            assertThat(comparable(fromTheOther)).isEqualTo(comparable(once.get(i)));
            List<String> queue = reviewQueue(system.coding(), alone.get(i));
            String scaledOutConsultation = scaledOut.get(i);
            // The review view reads responses-coded beside reporting, so it may be a moment behind the figures
            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(reviewQueue(system.coding(), scaledOutConsultation)).isEqualTo(queue);
                assertThat(reviewQueue(secondCoding, scaledOutConsultation)).isEqualTo(queue);
            });
        }
        assertThat(alone.stream().mapToInt(consultation -> reviewQueue(system.coding(), consultation).size()).sum())
                .as("some codings need review, so the queues compared hold something").isPositive();

        // The same reviews of the same responses, one through each coding instance on the scaled-out side: the
        // codings they make and the figures equal one instance's
        for (int k = 0; k < 2; k++) {
            ServiceProcess analystsInstance = k == 0 ? system.coding() : secondCoding;
            String alonesResponse = receipts.get(alone.get(0)).get(k);
            String scaledOutResponse = receipts.get(scaledOut.get(0)).get(k);
            review(system.coding(), alonesResponse);
            review(analystsInstance, scaledOutResponse);
            await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
                JsonNode expected = trail(system.coding(), alonesResponse).get("coding");
                assertThat(expected.get("version").asInt()).isEqualTo(2);
                for (ServiceProcess coding : List.of(system.coding(), secondCoding)) {
                    JsonNode coded = trail(coding, scaledOutResponse).get("coding");
                    assertThat(coded.get("version")).isEqualTo(expected.get("version"));
                    assertThat(coded.get("answers")).isEqualTo(expected.get("answers"));
                }
            });
        }
        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> assertThat(
                comparable(figures(system.reporting(), scaledOut.get(0))))
                .isEqualTo(comparable(figures(system.reporting(), alone.get(0)))));
        assertThat(comparable(figures(system.reporting(), alone.get(0))))
                .as("the reviews changed the figures").isNotEqualTo(comparable(once.get(0)));
    }

    @Test
    @Order(2)
    void aCodingInstanceStoppedWithSigtermHandsItsCampaignTasksOverAsItStops() throws Exception {
        awaitMembersHoldingPartitions(CAMPAIGN_STEP, 2);

        assertThat(secondCoding.terminate(Duration.ofSeconds(30))).as("stopped gracefully").isPresent();

        // Had it not left the group as it closed, its member would stay, tasks and all, for the session timeout
        assertThat(members(CAMPAIGN_STEP)).hasSize(1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(members(CAMPAIGN_STEP)).singleElement()
                .satisfies(member -> assertThat(member.assignment().topicPartitions())
                        .containsAll(partitionsOf(Topics.RESPONSES_CODED_UNGROUPED.name()))));
    }

    // --- responses -----------------------------------------------------------------------------------------------

    private static final String[] POSITIONS = {"agree", "disagree", "not_sure"};

    private static final String[] COMMENTS = {
            // Off the codeframe's themes, so that the coder sends it to an analyst and the queues hold something
            "The bus timetable in our village changed.",
            "English classes for adults would help people find work and make friends.",
            "Schools should mix children from different backgrounds.",
            "Local councils need money for community centres and youth clubs."};

    /** The same letter from many people, who sign it with their own names and towns at the end. */
    private static final String LETTER = """
            We are writing as members of the Bridges Together network to respond to the integrated communities \
            strategy. We believe that integration depends on people meeting each other in everyday places: schools, \
            workplaces, sports clubs, libraries and community centres. The funding for these places has fallen in \
            many towns, and volunteers cannot fill the gap alone. We ask the government to protect the budgets of \
            community centres, to fund English language classes for every adult who needs them, and to support \
            schools that twin with schools in other areas. We also ask that local people are involved in deciding \
            how the money is spent, because they know their neighbourhoods best. Yours sincerely, %s of %s.""";

    /**
     * Responses {@code from} to {@code to} to each consultation in turn: every third an organisation, explicit
     * positions on q1 and q9a, a comment on q3 from four, and every fifth the letter on q3 instead.
     */
    private static void submit(List<String> consultations, int from, int to) throws Exception {
        for (int i = from; i < to; i++) {
            for (String consultation : consultations) {
                submit(consultation, i);
            }
        }
    }

    /** The response ids intake gave, per consultation, in the order sent. */
    private static final Map<String, List<String>> receipts = new ConcurrentHashMap<>();

    private static void submit(String consultation, int i) throws Exception {
        String type = i % 3 == 0 ? "organisation" : "individual";
        String q3 = i % 5 == 0 ? LETTER.formatted("Person " + i, "Town " + i) : COMMENTS[i % COMMENTS.length];
        String body = """
                {"respondent": {"type": "%s", "organisationName": "Organisation %d", "name": "Person %d"},
                 "answers": {"q1": {"position": "%s"}, "q9a": {"position": "%s"}, "q3": {"comment": %s}}}
                """.formatted(type, i, i, POSITIONS[i % 3], POSITIONS[(i / 3) % 3], JSON.writeValueAsString(q3));
        HttpResponse<String> response = RunningSystem.postJson(
                system.intake().baseUrl() + "/api/v1/consultations/" + consultation + "/responses", null, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        receipts.computeIfAbsent(consultation, any -> new ArrayList<>())
                .add(JSON.readTree(response.body()).get("responseId").asString());
    }

    // --- reviews -------------------------------------------------------------------------------------------------

    /** The consultation's review queue as the instance answers it: each coding's answers, respondent and flags. */
    private static List<String> reviewQueue(ServiceProcess coding, String consultation) {
        try {
            HttpResponse<String> response = RunningSystem.get(
                    coding.baseUrl() + "/api/v1/consultations/" + consultation + "/review-queue", StaffRole.ANALYST);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            List<String> queue = new ArrayList<>();
            JSON.readTree(response.body()).forEach(coded -> queue.add(answersInQuestionOrder(coded) + " "
                    + coded.get("respondent") + " " + coded.get("flags")));
            queue.sort(null);
            return queue;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A coding's answers by question id, sorted: the JSON map's order is not the same in every instance. */
    private static String answersInQuestionOrder(JsonNode coded) {
        Map<String, String> answers = new TreeMap<>();
        coded.get("answers").properties().forEach(answer -> answers.put(answer.getKey(), answer.getValue().toString()));
        return answers.toString();
    }

    private static JsonNode trail(ServiceProcess coding, String responseId) throws Exception {
        HttpResponse<String> response = RunningSystem.get(
                coding.baseUrl() + "/api/v1/responses/" + responseId + "/coding", StaffRole.ANALYST);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Submits, through the instance, an analyst's review turning q1's position to another. */
    private static void review(ServiceProcess coding, String responseId) throws Exception {
        JsonNode before = trail(coding, responseId).get("coding");
        String position = "disagree".equals(before.get("answers").get("q1").get("position").asString()) ? "agree"
                : "disagree";
        HttpResponse<String> reviewed = RunningSystem.postJson(
                coding.baseUrl() + "/api/v1/responses/" + responseId + "/reviews", StaffRole.ANALYST, """
                        {"version": %d, "answers": {"q1": {"position": "%s"}}}
                        """.formatted(before.get("version").asInt(), position));
        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(202);
    }

    // --- figures -------------------------------------------------------------------------------------------------

    /**
     * The consultations' figures once every response is counted and nothing waits anywhere: the coding group, the
     * campaign step and reporting have each read their topic to the end (the operations figures' consumer lag, read
     * in that order, so nothing can be on its way between them).
     */
    private static List<JsonNode> awaitAllCounted(ServiceProcess reporting, List<String> consultations) {
        return await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
            List<JsonNode> figures = new ArrayList<>();
            for (String consultation : consultations) {
                figures.add(figures(reporting, consultation));
            }
            JsonNode operations = JSON.readTree(RunningSystem.get(reporting.baseUrl() + "/api/v1/operations",
                    StaffRole.OPERATOR).body());
            boolean drained = operations.get("consumerLag").valueStream().allMatch(lag -> lag.asLong() == 0);
            return drained && figures.stream().allMatch(each -> each.get("responses").asInt() == RESPONSES)
                    ? figures : null;
        }, figures -> figures != null);
    }

    private static JsonNode figures(ServiceProcess reporting, String consultation) throws Exception {
        HttpResponse<String> response = RunningSystem.get(
                reporting.baseUrl() + "/api/v1/consultations/" + consultation + "/figures", StaffRole.REPORT_AUTHOR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Each campaign's size and canonical text, in an order of their own: ids and first responses differ by run. */
    private static List<String> campaigns(JsonNode figures) {
        List<String> campaigns = new ArrayList<>();
        figures.get("campaigns").forEach(campaign -> campaigns.add(
                campaign.get("responses").asLong() + " " + campaign.get("canonicalText").asString()));
        campaigns.sort(null);
        return campaigns;
    }

    /** The figures without what names the consultation, its campaigns or the time. */
    private static JsonNode comparable(JsonNode figures) {
        ObjectNode copy = (ObjectNode) figures.deepCopy();
        copy.remove(List.of("consultationId", "asOf", "campaigns"));
        copy.get("questions").forEach(question -> ((ObjectNode) question).remove("asOf"));
        return copy;
    }

    /**
     * Consultation ids, one keyed to each partition of {@code responses-coded-ungrouped}: a consultation's codings
     * are all in one task of the campaign step, so this way every task has one.
     */
    private static List<String> consultationOnEachCampaignPartition(String prefix) throws Exception {
        int partitions = partitionsOf(Topics.RESPONSES_CODED_UNGROUPED.name()).size();
        String[] consultations = new String[partitions];
        while (Arrays.asList(consultations).contains(null)) {
            String consultation = prefix + UUID.randomUUID().toString().substring(0, 8);
            consultations[BuiltInPartitioner.partitionForKey(consultation.getBytes(StandardCharsets.UTF_8),
                    partitions)] = consultation;
        }
        return List.of(consultations);
    }

    private static List<String> union(List<String> some, List<String> more) {
        List<String> all = new ArrayList<>(some);
        all.addAll(more);
        return all;
    }

    // --- groups --------------------------------------------------------------------------------------------------

    private static void awaitMembersHoldingPartitions(String group, int instances) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(members(group)).hasSize(instances)
                .allSatisfy(member -> assertThat(member.assignment().topicPartitions()).isNotEmpty()));
    }

    private static Collection<MemberDescription> members(String group) throws Exception {
        return admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get().members();
    }

    private static List<TopicPartition> partitionsOf(String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                .map(partition -> new TopicPartition(topic, partition.partition())).toList();
    }
}
