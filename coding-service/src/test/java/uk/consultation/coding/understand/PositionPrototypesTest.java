package uk.consultation.coding.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.consultation.coding.language.SentenceEmbeddings;
import uk.consultation.schemas.Position;

class PositionPrototypesTest {

    private static final SentenceEmbeddings EMBEDDINGS = new SentenceEmbeddings();
    private static final PositionPrototypes PROTOTYPES = new PositionPrototypes(EMBEDDINGS);

    /** Views no rule reads, in words none of the prototypes uses. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            This would be a big improvement.                | AGREE
            It is neither fair nor workable.                | DISAGREE
            We want this dropped.                           | DISAGREE
            I really can't get my head round what to think. | NOT_SURE
            """)
    void hearsAViewNoRuleReads(String sentence, Position position) {
        assertThat(PositionReading.takesPosition(List.of(sentence))).isFalse();
        assertThat(PROTOTYPES.heard(EMBEDDINGS.embed(sentence))).isEqualTo(position);
    }

    /** Sentences that only tell of something: no side is heard, and the answer falls back as before. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The village hall was built in 1932.
            I came to this country as a student and now teach maths.
            Our lunch club meets on Tuesdays in the church hall.
            """)
    void hearsNoSideInWhatOnlyTells(String sentence) {
        assertThat(PROTOTYPES.heard(EMBEDDINGS.embed(sentence))).isNull();
    }

    /**
     * The fresh sentences (src/test/resources/positions/fresh-sentences.tsv, written before the prototypes were tuned)
     * each coded as a one-sentence answer: before, one with no view the rules read was {@code agree}; now the model's
     * side comes first. Prints both; fails if the model makes it worse, or below a floor a little under what it reached.
     */
    @Test
    void readsFreshSentencesBetterThanTheFallbackAlone() throws IOException {
        List<String[]> fresh = FreshText.rows("/positions/fresh-sentences.tsv");
        int before = 0;
        int after = 0;
        int noView = 0;
        int heard = 0;
        int heardWrong = 0;
        for (String[] row : fresh) {
            List<String> own = List.of(row[0]);
            Position labelled = Position.valueOf(row[1]);
            Position side = PROTOTYPES.heard(EMBEDDINGS.embed(row[0]));
            before += PositionReading.readAnswer(PositionReading.Asks.AGREEMENT, own, own, own, () -> null).position() == labelled ? 1 : 0;
            after += PositionReading.readAnswer(PositionReading.Asks.AGREEMENT, own, own, own, () -> side).position() == labelled ? 1 : 0;
            if (!PositionReading.takesPosition(own)) {
                noView++;
                heard += side == null ? 0 : 1;
                heardWrong += side == null || side == labelled ? 0 : 1;
            }
        }
        System.out.printf("fresh sentences: %d; before %d right (%.3f), after %d (%.3f); no view read by the rules %d,"
                + " of which the model heard %d, %d on the wrong side%n", fresh.size(), before,
                (double) before / fresh.size(), after, (double) after / fresh.size(), noView, heard, heardWrong);

        assertThat(fresh).hasSizeGreaterThanOrEqualTo(60);
        assertThat(after).isGreaterThan(before);
        assertThat((double) after / fresh.size()).isGreaterThanOrEqualTo(0.68);
    }
}
