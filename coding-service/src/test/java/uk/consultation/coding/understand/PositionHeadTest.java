package uk.consultation.coding.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.consultation.coding.TestCoding;
import uk.consultation.coding.TestEvents;
import uk.consultation.coding.language.SentenceEmbeddings;
import uk.consultation.coding.language.Sentences;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.consultation.ConsultationDefinition;

class PositionHeadTest {

    private static final SentenceEmbeddings EMBEDDINGS = new SentenceEmbeddings();
    private static final ConsultationDefinition BUNDLED = TestEvents.BUNDLED;
    /** The bundled consultation's questions under an id no head was fitted for. */
    private static final ConsultationDefinition UNFITTED = TestEvents.consultation("unfitted",
            BUNDLED.codeframeVersion(), BUNDLED.questions());
    /** The bundled consultation after an analyst added a theme: a new codeframe version, the same questions. */
    private static final ConsultationDefinition NEW_CODEFRAME = TestEvents.consultation(BUNDLED.id(),
            BUNDLED.codeframeVersion() + 1, BUNDLED.questions());
    private static final PositionHead HEAD = PositionHead.bundled().get(BUNDLED.id());

    @Test
    void onlyTheConsultationFittedHasAHead() {
        assertThat(HEAD).isNotNull();
        assertThat(PositionHead.bundled()).containsOnlyKeys(BUNDLED.id());
    }

    @Test
    void aHeadReadsBackFromItsLines() {
        // Per side, the bias and then a weight for each of two dimensions.
        PositionHead head = new PositionHead(new double[][] {{0.1, 0.5, -0.25}, {0, -0.5, 0.25}, {-1, 0, 0}});
        Map<String, PositionHead> read = PositionHead.of(HeadWeights.parse("# a comment\n" + head.lines("c")));
        assertThat(read).containsOnlyKeys("c");
        assertThat(head.distance(read.get("c"))).isZero();
        assertThat(head.side(new float[] {1, 0})).isEqualTo(Position.AGREE);
        assertThat(head.side(new float[] {0, 1})).isEqualTo(Position.DISAGREE);
    }

    /**
     * Answers of the fixtures' check half in which no rule reads a view, never fitted on: the prototypes heard none
     * or the wrong side, and the document's lean made them agree; the head hears the side the analyst coded.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Registering every madrassah treats a whole faith as a safeguarding risk.                 | DISAGREE
            Employment figures can't show whether anyone feels they belong.                          | DISAGREE
            Inspecting tuition centres the same way as schools would close half of them by Christmas. | DISAGREE
            """)
    void theHeadHearsTheSideOfAnAnswerNoRuleReads(String answer, Position labelled) {
        List<String> own = Sentences.of(answer);
        float[] meaning = QuestionMapping.mean(EMBEDDINGS.embedAll(own));
        PositionPrototypes prototypes = new PositionPrototypes(EMBEDDINGS);
        PositionReading.Asks asks = PositionReading.Asks.AGREEMENT;
        assertThat(PositionReading.readAnswer(asks, own, own, own, () -> prototypes.heard(meaning)).position())
                .isNotEqualTo(labelled);
        assertThat(PositionReading.readAnswer(asks, own, own, own, () -> HEAD.side(meaning)).position())
                .isEqualTo(labelled);
    }

    /**
     * The coder asks the consultation's head, at any codeframe version (themes added do not change a side); a
     * consultation without one is coded as before.
     */
    @Test
    void theCoderHearsAnAnswerWithNoViewByItsConsultationsHead() {
        FreeTextCoder coder = new FreeTextCoder(EMBEDDINGS, TestCoding.SETTINGS);
        List<String> letter = List.of("Our leaders don't lack capacity, they lack budgets.");
        assertThat(coder.code(letter, List.of(), BUNDLED, Set.of()).answers().get("q4").position())
                .isEqualTo(Position.DISAGREE);
        assertThat(coder.code(letter, List.of(), NEW_CODEFRAME, Set.of()).answers().get("q4").position())
                .isEqualTo(Position.DISAGREE);
        assertThat(coder.code(letter, List.of(), UNFITTED, Set.of()).answers().get("q4").position())
                .isEqualTo(Position.AGREE);
    }
}
