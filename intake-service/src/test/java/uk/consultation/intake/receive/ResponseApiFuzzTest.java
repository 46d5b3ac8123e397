package uk.consultation.intake.receive;

import static org.mockito.Mockito.mock;
import static org.quicktheories.generators.SourceDSL.strings;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;

import uk.consultation.intake.FuzzedRequests;
import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.testsupport.fuzz.Fuzzing;
import uk.consultation.testsupport.fuzz.LinearTime;
import uk.consultation.testsupport.fuzz.Mutants;

/**
 * Any body posted as a response, to a known consultation or not, as JSON or not, is received (202) or refused with a
 * problem: 400 unreadable, 404 unknown consultation, 413 too large, 415 not JSON, 422 naming the fields.
 */
class ResponseApiFuzzTest {

    private static final List<String> SUBMISSION = List.of("\"respondent\"", "\"type\"", "\"individual\"",
            "\"organisation\"", "\"organisationName\"", "\"name\"", "\"email\"", "\"answers\"", "\"q1\"", "\"q3\"",
            "\"q9a\"", "\"q99\"", "\"position\"", "\"agree\"", "\"disagree\"", "\"not_sure\"", "\"comment\"",
            "\"ann@example.org\"", "\"not an address\"");

    @Test
    void anyBodyIsReceivedOrRefusedWithAProblem() {
        MockMvc mvc = FuzzedRequests.mvc(controller());
        List<String> dictionary = new ArrayList<>(FuzzedRequests.JSON);
        dictionary.addAll(SUBMISSION);

        Fuzzing.qt().forAll(
                Mutants.text(List.of("""
                        {"respondent": {"type": "individual", "name": "Ann Example", "email": "ann@example.org"},
                         "answers": {"q1": {"position": "agree", "comment": "Shared activities matter."},
                                     "q3": {"comment": "Twinning schools."}}}""", """
                        {"respondent": {"type": "organisation", "organisationName": "Example Community Trust"},
                         "answers": {"q9a": {"position": "not_sure", "comment": null},
                                     "q14": {"position": "disagree", "comment": "The council should lead."}}}"""),
                        dictionary),
                Generate.pick(List.of("integrated-communities-2018", "no-such-consultation")),
                Generate.pick(List.of("application/json", "application/json;charset=UTF-16", "text/plain")),
                strings().allPossible().ofLengthBetween(0, 40))
                .checkAssert((body, consultation, contentType, idempotencyKey) -> FuzzedRequests.assertAnswered(mvc,
                        post("/api/v1/consultations/{id}/responses", consultation).contentType(contentType)
                                .header("Idempotency-Key", idempotencyKey)
                                .content(body.input().getBytes(StandardCharsets.UTF_8)),
                        Set.of(202, 400, 404, 413, 415, 422)));
    }

    /**
     * Found by review: an email address of dots made a regular expression backtrack for minutes, and a problem naming
     * thousands of unknown questions was rebuilt for each one. Every field a public request carries is answered in time
     * linear in its length, whatever the answer.
     */
    @Test
    void everyFieldIsAnsweredInTimeLinearInItsLength() {
        // intake's own body limit (application.yml), so that the largest inputs are read, not refused unread
        MockMvc mvc = FuzzedRequests.mvc(controller(), DataSize.ofMegabytes(8));
        Map<String, IntFunction<String>> bodies = new LinkedHashMap<>();
        bodies.put("respondent.email of dots", n -> respondent("\"email\": \"a@" + ".".repeat(n) + "@\""));
        bodies.put("respondent.email of a long domain", n -> respondent("\"email\": \"a@" + "b.".repeat(n / 2) + "\""));
        bodies.put("respondent.name", n -> respondent("\"name\": \"" + "Ann ".repeat(n / 4) + "\""));
        bodies.put("respondent.organisationName", n -> respondent("\"organisationName\": \"" + "x".repeat(n) + "\""));
        bodies.put("respondent.type", n -> "{\"respondent\": {\"type\": \"" + "i".repeat(n) + "\"}, \"answers\": {}}");
        bodies.put("an answer's key", n -> answers("\"" + "q".repeat(n) + "\": {\"comment\": \"Yes\"}"));
        bodies.put("unknown answer keys", n -> answers(IntStream.range(0, n / 2)
                .mapToObj(i -> "\"q" + (100_000 + i) + "\": {\"comment\": \"Yes\"}").collect(Collectors.joining(", "))));
        bodies.put("a position", n -> answers("\"q1\": {\"position\": \"" + "a".repeat(n) + "\"}"));
        bodies.put("a comment", n -> answers("\"q3\": {\"comment\": \"" + "Yes. ".repeat(n / 5) + "\"}"));

        bodies.forEach((field, body) -> LinearTime.assertLinear(field, 500, body, json -> {
            try {
                mvc.perform(post("/api/v1/consultations/{id}/responses", "integrated-communities-2018")
                        .contentType("application/json").content(json));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    private static String respondent(String field) {
        return "{\"respondent\": {\"type\": \"individual\", " + field + "}, \"answers\": {\"q1\": {\"position\": \"agree\"}}}";
    }

    private static String answers(String answers) {
        return "{\"respondent\": {\"type\": \"individual\"}, \"answers\": {" + answers + "}}";
    }

    private static ResponseController controller() {
        ConsultationCatalog catalog = new ConsultationCatalog(Map.of(), "fuzz");
        catalog.accept(ConsultationDefinitions.bundled("integrated-communities-2018"));
        return new ResponseController(new ResponseIntake(
                new ResponseRecorder(catalog, mock(EventPublisher.class), mock(KeyClaims.class)), Clock.systemUTC()));
    }
}
