package uk.consultation.intake.consultation;

import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import uk.consultation.intake.FuzzedRequests;
import uk.consultation.intake.kafka.EventPublisher;
import uk.consultation.schemas.EventJson;
import uk.consultation.schemas.consultation.ConsultationCatalog;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.testsupport.fuzz.Fuzzing;
import uk.consultation.testsupport.fuzz.Mutants;

/**
 * Any body posted as a consultation definition is registered (201), found unchanged (200) or refused with a problem:
 * 400 unreadable, 409 a different definition under the same codeframe version, 413 too large, 422 naming the fields.
 */
class ConsultationApiFuzzTest {

    private static final List<String> DEFINITION = List.of("\"id\"", "\"title\"", "\"timeZone\"", "\"Europe/London\"",
            "\"+25:00\"", "\"Mars/Olympus\"", "\"opens\"", "\"closes\"", "\"2018-03-14T00:00\"", "\"2018-02-30T25:61\"",
            "\"codeframeVersion\"", "2147483648", "\"questions\"", "\"kind\"", "\"closed\"", "\"open\"", "\"options\"",
            "\"position\"", "\"agree\"", "\"label\"", "\"codeframe\"", "\"code\"", "\"examples\"", "[null]");

    @Test
    void anyDefinitionIsRegisteredOrRefusedWithAProblem() {
        ConsultationCatalog catalog = new ConsultationCatalog(Map.of(), "fuzz");
        MockMvc mvc = FuzzedRequests.mvc(new ConsultationController(catalog,
                new ConsultationRegistry(catalog, mock(EventPublisher.class), Clock.systemUTC())));
        List<String> dictionary = new ArrayList<>(FuzzedRequests.JSON);
        dictionary.addAll(DEFINITION);
        String bundled = new String(EventJson.toBytes(ConsultationDefinitions.bundled("integrated-communities-2018")),
                StandardCharsets.UTF_8);

        Fuzzing.qt().forAll(Mutants.text(List.of(bundled, """
                {"id": "small", "title": "Small", "timeZone": "UTC", "opens": "2024-01-01T00:00",
                 "closes": "2024-02-01T00:00", "codeframeVersion": 1,
                 "questions": [{"id": "q1", "number": "1", "chapter": "One", "text": "Agree?", "kind": "closed",
                                "options": [{"position": "agree", "label": "Yes"}],
                                "codeframe": [{"code": "q1-a", "label": "A", "description": "A.", "examples": []}]},
                               {"id": "q2", "number": "2", "chapter": "One", "text": "Why?", "kind": "open"}]}"""),
                dictionary)).checkAssert(definition -> FuzzedRequests.assertAnswered(mvc,
                post("/api/v1/consultations").contentType(MediaType.APPLICATION_JSON)
                        .content(definition.input().getBytes(StandardCharsets.UTF_8))
                        .with(FuzzedRequests.asAdministrator()),
                Set.of(200, 201, 400, 409, 413, 422)));
    }
}
