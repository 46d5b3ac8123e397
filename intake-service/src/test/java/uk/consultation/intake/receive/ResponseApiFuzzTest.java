package uk.consultation.intake.receive;

import static org.mockito.Mockito.mock;
import static org.quicktheories.generators.SourceDSL.strings;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.springframework.test.web.servlet.MockMvc;

import uk.consultation.intake.FuzzedRequests;
import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.testsupport.fuzz.Fuzzing;
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
        ConsultationCatalog catalog = new ConsultationCatalog(Map.of(), "fuzz");
        catalog.accept(ConsultationDefinitions.bundled("integrated-communities-2018"));
        MockMvc mvc = FuzzedRequests.mvc(new ResponseController(new ResponseIntake(
                new ResponseRecorder(catalog, mock(EventPublisher.class)), Clock.systemUTC())));
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
}
