package uk.consultation.intake.letter;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import uk.consultation.intake.FuzzedRequests;
import uk.consultation.intake.receive.ResponseRecorder;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.testsupport.fuzz.Fuzzing;
import uk.consultation.testsupport.fuzz.Mutants;

/** Any body posted as a typed-in letter is received (202) or refused with a problem: 400, 413 or 422. */
class LetterApiFuzzTest {

    private static final List<String> LETTER = List.of("\"text\"", "\"receivedOn\"", "\"2018-06-01\"",
            "\"2018-02-30\"", "\"+999999999-12-31\"", "\"scanReference\"", "\"transcribedBy\"", "\"sender\"",
            "\"type\"", "\"individual\"", "\"robot\"", "\"organisationName\"", "\"email\"");

    @Test
    void anyLetterIsReceivedOrRefusedWithAProblem() {
        ResponseRecorder recorder = mock(ResponseRecorder.class);
        given(recorder.consultation("integrated-communities-2018"))
                .willReturn(ConsultationDefinitions.bundled("integrated-communities-2018"));
        MockMvc mvc = FuzzedRequests.mvc(new LetterController(new LetterIntake(recorder, Clock.systemUTC())));
        List<String> dictionary = new ArrayList<>(FuzzedRequests.JSON);
        dictionary.addAll(LETTER);

        Fuzzing.qt().forAll(Mutants.text(List.of("""
                {"text": "Dear Secretary of State,\\nQuestion 1: Yes", "receivedOn": "2018-06-01",
                 "scanReference": "SCAN-0042", "transcribedBy": "clerk-7",
                 "sender": {"type": "organisation", "organisationName": "Example Trust", "name": "A. Writer",
                            "email": "a.writer@example.org"}}"""), dictionary))
                .checkAssert(letter -> FuzzedRequests.assertAnswered(mvc,
                        post("/api/v1/consultations/integrated-communities-2018/letters")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(letter.input().getBytes(StandardCharsets.UTF_8)),
                        Set.of(202, 400, 413, 422)));
    }
}
