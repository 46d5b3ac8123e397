package uk.consultation.coding.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import uk.consultation.coding.TestCoding;
import uk.consultation.coding.TestEvents;
import uk.consultation.coding.review.TestReviewQueue;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.coding.CodingFlags;
import uk.consultation.schemas.coding.CodingSource;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * The two real organisational responses the project started from (seeds 000 and 004), coded as they arrived by email.
 * Prints every mapped question with its position, confidence and the start of its passages, and checks the mappings
 * a reader of the two documents would make.
 */
class SeedResponsesTest {

    /**
     * Seed 000, Paul Hamlyn Foundation: prose without numbers or headings, a paragraph per proposal, each opening with
     * the proposal's own words. It welcomes the definition (wanting it to name inequality), finds the focus on
     * leadership helpful, welcomes the measures on English and suggests how (funding, childcare, shift work);
     * on local plans, civic life, employment and measuring success it argues points without saying yes or no, so
     * those are read as agree, less sure than a view it states (not_sure is for a writer who says so). The government's
     * summary reports the same points from organisations: local plans within national policy, English provision
     * depending on funding, data by demographic group. The paragraphs on the definition and on local plans also come
     * close to the examples question and to recent migrants; the learned question head doubts those two, so they go to
     * an analyst.
     */
    @Test
    void paulHamlynFoundationsProseIsMappedToTheQuestionsItsParagraphsAnswer() throws IOException {
        ResponseCoded coded = code("paul-hamlyn-foundation.txt");

        assertThat(coded.answers()).containsKeys("q1", "q2", "q4", "q9a", "q9b", "q10", "q11", "q14");
        assertThat(position(coded, "q1")).isEqualTo(Position.AGREE);
        assertThat(position(coded, "q4")).isEqualTo(Position.AGREE);
        assertThat(position(coded, "q9a")).isEqualTo(Position.AGREE);
        assertThat(coded.answers().get("q9b").text()).contains("childcare needs and shift work");
        assertThat(coded.answers().get("q11").text()).contains("asylum seekers are not legally allowed to work");
        assertThat(position(coded, "q11")).isEqualTo(Position.AGREE);
        // Calibration is a step function: an argued point may share its step with a view stated with less force, never
        // rise above it, and stays below the view stated plainly.
        assertThat(coded.answers().get("q11").confidence()).isLessThanOrEqualTo(coded.answers().get("q1").confidence())
                .isLessThanOrEqualTo(coded.answers().get("q4").confidence())
                .isLessThan(coded.answers().get("q9a").confidence());
        // Where still mapped, the two paragraphs the learned head doubts go to an analyst.
        coded.answers().forEach((question, answer) -> {
            if (question.equals("q3") || question.equals("q5")) {
                assertThat(answer.confidence()).as(question).isLessThan(TestReviewQueue.confidenceBelow());
            }
        });
        assertThat(coded.answers().get("q14").text()).contains("reliable data on demographics");
        assertThat(TestReviewQueue.queues(coded)).isTrue();
        assertThat(coded.flags()).doesNotContain(CodingFlags.UNCODED_TEXT);
    }

    /**
     * Seed 004, Near Neighbours: structured by the consultation's chapter headings, with sub-headings, text from a PDF
     * (lines broken mid-sentence, headings glued to the end of the page before). It states its view in almost every
     * chapter: broad assent to the definition, "we agree that locally tailored responses are vital", "we strongly
     * agree" on leadership, "we strongly support" early mixing for recent migrants (while doubting "British
     * values", as the summary says some respondents did), agreement on young people, on English ("we welcome the
     * proposals"), on civil society, on resisting divisive views and on women's rights; and on the core measures "this
     * depends", which is not_sure. The government's response names Near Neighbours among the social mixing programmes
     * it will keep funding.
     */
    @Test
    void nearNeighboursChaptersAreMappedWithThePositionsItStates() throws IOException {
        ResponseCoded coded = code("near-neighbours.txt");

        Map<String, Position> stated = Map.of("q1", Position.AGREE, "q2", Position.AGREE, "q4", Position.AGREE,
                "q5", Position.AGREE, "q7", Position.AGREE, "q9a", Position.AGREE, "q10", Position.AGREE,
                "q12", Position.AGREE, "q13", Position.AGREE, "q14", Position.NOT_SURE);
        stated.forEach((question, position) -> assertThat(position(coded, question)).as(question).isEqualTo(position));
        assertThat(coded.answers()).containsKeys("q3", "q6", "q11");
        assertThat(coded.answers().get("q3").text()).contains("Real People, Honest Talk");
        assertThat(coded.answers().get("q6").text()).contains("name of the Controlling Migration Fund");
        assertThat(coded.answers().get("q4").text()).contains("We strongly agree with the Green Paper’s proposal");
        assertThat(coded.answers().values()).allSatisfy(answer -> assertThat(answer.source())
                .isIn(CodingSource.INFERRED, null));
    }

    private static Position position(ResponseCoded coded, String question) {
        return coded.answers().get(question).position();
    }

    private static ResponseCoded code(String seed) throws IOException {
        String text;
        try (InputStream in = SeedResponsesTest.class.getResourceAsStream("/responses/" + seed)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ResponseCoded coded = TestCoding.CODER.code(new ResponseReceived(seed, TestEvents.BUNDLED.id(), "ABCD-EFGH",
                Channel.EMAIL, Instant.parse("2018-06-01T10:00:00Z"), false, new ResponseReceived.Respondent(null, null),
                Map.of(), text, List.of(), new ResponseReceived.Source(null, null, null, null, null)),
                TestEvents.BUNDLED, Instant.EPOCH);
        System.out.println(seed + " " + coded.flags());
        new TreeMap<>(coded.answers()).forEach((question, answer) -> System.out.printf("  %-4s %-9s %.2f  %.100s%n",
                question, answer.position() == null ? "-" : answer.position().wireName(), answer.confidence(),
                answer.text()));
        return coded;
    }
}
