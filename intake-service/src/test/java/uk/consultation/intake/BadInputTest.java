package uk.consultation.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import uk.consultation.schemas.Topics;
import uk.consultation.testsupport.TestInfrastructure;

/**
 * Bad input on every channel, against the real application and a real broker: each gets a clear RFC 9457 problem
 * naming what is wrong, and none of it reaches Kafka, not even in part (no contact details without their response).
 * Signed in as a transcriber, whom letters and emails need; every bad response comes from one address, so without the
 * rate limit.
 */
@WithMockUser(roles = "TRANSCRIBER")
@SpringBootTest(properties = "intake.rate-limit.enabled=false")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    private static final String CONSULTATION = "/api/v1/consultations/integrated-communities-2018";
    private static final MediaType RFC822 = MediaType.parseMediaType("message/rfc822");
    private static final MediaType MBOX = MediaType.parseMediaType("application/mbox");

    @Autowired
    MockMvc mvc;

    private Map<TopicPartition, Long> endOffsetsBefore = Map.of();

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    }

    /**
     * One bad input.
     *
     * @param expected text the problem must contain: the field it names, or the words of its detail
     */
    record BadInput(String name, MockHttpServletRequestBuilder request, int status, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<BadInput> badInputs() {
        List<BadInput> inputs = new ArrayList<>();
        // --- online: the JSON API -----------------------------------------------------------------------------------
        inputs.add(online("unknown consultation", "/api/v1/consultations/no-such-consultation/responses",
                valid(), 404, "no-such-consultation"));
        inputs.add(online("malformed JSON", CONSULTATION + "/responses", "{\"answers\": {\"q1\": ", 400, ""));
        inputs.add(online("empty body", CONSULTATION + "/responses", "", 400, ""));
        inputs.add(online("an array, not a response", CONSULTATION + "/responses", "[1, 2, 3]", 400, ""));
        inputs.add(online("a number for a position", CONSULTATION + "/responses",
                "{\"respondent\": {\"type\": \"individual\"}, \"answers\": {\"q1\": {\"position\": 7}}}",
                422, "answers.q1.position"));
        inputs.add(online("unknown question", CONSULTATION + "/responses",
                response("\"q99\": {\"position\": \"agree\"}"), 422, "answers.q99"));
        inputs.add(online("unknown position", CONSULTATION + "/responses",
                response("\"q1\": {\"position\": \"maybe\"}"), 422, "answers.q1.position"));
        inputs.add(online("a position on an open question", CONSULTATION + "/responses",
                response("\"q3\": {\"position\": \"agree\"}"), 422, "answers.q3.position"));
        inputs.add(online("no answers", CONSULTATION + "/responses",
                "{\"respondent\": {\"type\": \"individual\"}, \"answers\": {}}", 422, "answers"));
        inputs.add(online("an empty answer", CONSULTATION + "/responses", response("\"q1\": {}"), 422, "answers.q1"));
        inputs.add(online("no respondent", CONSULTATION + "/responses",
                "{\"answers\": {\"q1\": {\"position\": \"agree\"}}}", 422, "respondent"));
        inputs.add(online("unknown respondent type", CONSULTATION + "/responses",
                "{\"respondent\": {\"type\": \"robot\"}, \"answers\": {\"q1\": {\"position\": \"agree\"}}}",
                422, "respondent.type"));
        inputs.add(online("an organisation without its name", CONSULTATION + "/responses",
                "{\"respondent\": {\"type\": \"organisation\"}, \"answers\": {\"q1\": {\"position\": \"agree\"}}}",
                422, "respondent.organisationName"));
        inputs.add(online("an email address that is not one", CONSULTATION + "/responses",
                "{\"respondent\": {\"type\": \"individual\", \"email\": \"not-an-address\"},"
                        + " \"answers\": {\"q1\": {\"position\": \"agree\"}}}", 422, "respondent.email"));
        inputs.add(online("a comment over 100,000 characters", CONSULTATION + "/responses",
                response("\"q1\": {\"comment\": \"" + "a".repeat(100_001) + "\"}"), 422, "answers.q1.comment"));
        inputs.add(online("a name over 300 characters", CONSULTATION + "/responses",
                "{\"respondent\": {\"type\": \"individual\", \"name\": \"" + "n".repeat(301) + "\"},"
                        + " \"answers\": {\"q1\": {\"position\": \"agree\"}}}", 422, "respondent.name"));
        inputs.add(online("a body over the size limit", CONSULTATION + "/responses",
                response("\"q1\": {\"comment\": \"" + "a".repeat(9 * 1024 * 1024) + "\"}"), 413, "larger than"));
        inputs.add(new BadInput("invalid UTF-8", post(CONSULTATION + "/responses")
                .contentType(MediaType.APPLICATION_JSON)
                .content(concat(response("\"q1\": {\"comment\": \"").getBytes(StandardCharsets.UTF_8),
                        new byte[] {(byte) 0xC3, (byte) 0x28}, "\"}}}".getBytes(StandardCharsets.UTF_8))), 400, ""));
        // with the CSRF token a page of intake's own would have: without it, text/plain is refused as a cross-site form
        inputs.add(new BadInput("plain text, not JSON", post(CONSULTATION + "/responses").with(csrf())
                .contentType(MediaType.TEXT_PLAIN).content("I agree with question 1."), 415, ""));
        // --- letters: staff transcriptions --------------------------------------------------------------------------
        inputs.add(online("a letter to an unknown consultation", "/api/v1/consultations/no-such-consultation/letters",
                letter("\"text\": \"Dear Sir\", \"receivedOn\": \"2018-05-01\", \"transcribedBy\": \"clerk-7\""),
                404, "no-such-consultation"));
        inputs.add(online("a letter without its text", CONSULTATION + "/letters",
                letter("\"text\": \"  \", \"receivedOn\": \"2018-05-01\", \"transcribedBy\": \"clerk-7\""),
                422, "text"));
        inputs.add(online("a letter received in the future", CONSULTATION + "/letters",
                letter("\"text\": \"Dear Sir\", \"receivedOn\": \"2999-01-01\", \"transcribedBy\": \"clerk-7\""),
                422, "receivedOn"));
        inputs.add(online("a letter received before the consultation opened", CONSULTATION + "/letters",
                letter("\"text\": \"Dear Sir\", \"receivedOn\": \"2017-01-01\", \"transcribedBy\": \"clerk-7\""),
                422, "receivedOn"));
        inputs.add(online("a letter without who transcribed it", CONSULTATION + "/letters",
                letter("\"text\": \"Dear Sir\", \"receivedOn\": \"2018-05-01\""), 422, "transcribedBy"));
        inputs.add(online("a letter with an unknown sender type", CONSULTATION + "/letters",
                letter("\"text\": \"Dear Sir\", \"receivedOn\": \"2018-05-01\", \"transcribedBy\": \"clerk-7\","
                        + " \"sender\": {\"type\": \"robot\"}"), 422, "sender.type"));
        inputs.add(online("a letter with an impossible date", CONSULTATION + "/letters",
                letter("\"text\": \"Dear Sir\", \"receivedOn\": \"2018-13-45\", \"transcribedBy\": \"clerk-7\""),
                400, ""));
        inputs.add(online("a letter over 1,000,000 characters", CONSULTATION + "/letters",
                letter("\"text\": \"" + "a".repeat(1_000_001) + "\", \"receivedOn\": \"2018-05-01\","
                        + " \"transcribedBy\": \"clerk-7\""), 422, "text"));
        // --- email import -------------------------------------------------------------------------------------------
        inputs.add(email("an email to an unknown consultation", "/api/v1/consultations/no-such-consultation/emails",
                RFC822, email("<bad-1@example.org>", "text/plain", "I agree."), 404, "no-such-consultation"));
        inputs.add(email("an empty email", CONSULTATION + "/emails", RFC822, new byte[0], 422, ""));
        inputs.add(email("an email with nothing to read", CONSULTATION + "/emails", RFC822,
                email("<bad-2@example.org>", "text/plain", "   "), 422, "no readable text"));
        inputs.add(email("an email over 25 MB", CONSULTATION + "/emails", RFC822,
                email("<bad-3@example.org>", "text/plain", "a".repeat(26 * 1024 * 1024)), 413, ""));
        inputs.add(email("a multipart email without its parts", CONSULTATION + "/emails", RFC822,
                email("<bad-4@example.org>", "multipart/mixed; boundary=\"never-used\"", "no parts here"),
                422, ""));
        inputs.add(email("an HTML email of nothing but markup", CONSULTATION + "/emails", RFC822,
                email("<bad-5@example.org>", "text/html; charset=UTF-8", "<html><body><p> </p></body></html>"),
                422, "no readable text"));
        inputs.add(email("a mailbox without a single message", CONSULTATION + "/emails", MBOX,
                "Just some text, not an mbox.\n".getBytes(StandardCharsets.UTF_8), 422, "From "));
        inputs.add(email("a PDF posted as an email", CONSULTATION + "/emails", MediaType.APPLICATION_PDF,
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 415, ""));
        return inputs.stream();
    }

    @Test
    void theSuiteCoversAtLeastThirtyBadInputs() {
        assertThat(badInputs().count()).isGreaterThanOrEqualTo(30);
    }

    @BeforeAll
    void rememberWhereTheTopicsEnd() {
        endOffsetsBefore = endOffsets();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void isRefusedWithAProblemSayingWhy(BadInput input) throws Exception {
        MockHttpServletResponse response = mvc.perform(input.request()).andReturn().getResponse();

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(input.status());
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String problem = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat((Integer) JsonPath.read(problem, "$.status")).isEqualTo(input.status());
        assertThat((String) JsonPath.read(problem, "$.title")).isNotBlank();
        assertThat(problem).contains(input.expected());
    }

    @AfterAll
    void nothingReachedKafka() {
        assertThat(endOffsets()).isEqualTo(endOffsetsBefore);
    }

    // --- the inputs ------------------------------------------------------------------------------------------------

    private static String valid() {
        return response("\"q1\": {\"position\": \"agree\"}");
    }

    private static String response(String answers) {
        return "{\"respondent\": {\"type\": \"individual\", \"email\": \"someone@example.org\"}, \"answers\": {"
                + answers + "}}";
    }

    private static String letter(String fields) {
        return "{" + fields + "}";
    }

    private static BadInput online(String name, String url, String json, int status, String expected) {
        return new BadInput(name, post(url).contentType(MediaType.APPLICATION_JSON).content(json), status, expected);
    }

    private static BadInput email(String name, String url, MediaType type, byte[] body, int status, String expected) {
        return new BadInput(name, post(url).contentType(type).content(body), status, expected);
    }

    private static byte[] email(String messageId, String contentType, String body) {
        return ("""
                From: Someone <someone@example.org>\r
                To: responses@example.gov.uk\r
                Subject: My response\r
                Date: Tue, 5 Jun 2018 10:00:00 +0100\r
                Message-ID: %s\r
                MIME-Version: 1.0\r
                Content-Type: %s\r
                \r
                %s\r
                """).formatted(messageId, contentType, body).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = Stream.of(parts).mapToInt(part -> part.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** Where every topic intake writes ends now: unchanged means nothing was published. */
    private static Map<TopicPartition, Long> endOffsets() {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(Topics.RESPONSES_RECEIVED.name(), Topics.RESPONSE_CONTACTS.name())) {
                consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            return new HashMap<>(consumer.endOffsets(partitions));
        }
    }
}
