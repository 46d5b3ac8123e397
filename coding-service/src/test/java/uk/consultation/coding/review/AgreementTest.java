package uk.consultation.coding.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.consultation.schemas.Position;
import uk.consultation.schemas.coding.ResponseReviewed;
import uk.consultation.schemas.coding.ResponseReviewed.AnswerReview;

class AgreementTest {

    /**
     * By hand: 10 answers, 8 alike (observed 0.8); each side says agree 5 times and disagree 5 times, so chance
     * agreement is 0.5 x 0.5 + 0.5 x 0.5 = 0.5; kappa = (0.8 - 0.5) / (1 - 0.5) = 0.6.
     */
    @Test
    void kappaOfTwoCategories() {
        List<Agreement.Pair> pairs = new ArrayList<>();
        pairs.addAll(Collections.nCopies(4, positions(Position.AGREE, Position.AGREE)));
        pairs.add(positions(Position.AGREE, Position.DISAGREE));
        pairs.add(positions(Position.DISAGREE, Position.AGREE));
        pairs.addAll(Collections.nCopies(4, positions(Position.DISAGREE, Position.DISAGREE)));

        assertThat(Agreement.kappa(pairs)).isCloseTo(0.6, within(1e-9));
    }

    /**
     * By hand: 4 answers, 2 alike (observed 0.5). Coder: agree 3, none 1; analysts: agree 2, disagree 1, not sure 1.
     * Chance: 3/4 x 2/4 = 0.375 (no other category on both sides); kappa = (0.5 - 0.375) / 0.625 = 0.2.
     */
    @Test
    void noPositionIsACategoryOfItsOwn() {
        List<Agreement.Pair> pairs = List.of(
                positions(Position.AGREE, Position.AGREE),
                positions(Position.AGREE, Position.AGREE),
                positions(null, Position.DISAGREE),
                positions(Position.AGREE, Position.NOT_SURE));

        assertThat(Agreement.kappa(pairs)).isCloseTo(0.2, within(1e-9));
    }

    @Test
    void kappaIsNotDefinedWhenEveryoneSaysTheSame() {
        assertThat(Agreement.kappa(List.of(positions(Position.AGREE, Position.AGREE)))).isNull();
        assertThat(Agreement.kappa(List.of())).isNull();
    }

    /**
     * By hand: the coder gave a, b; c; and nothing. Analysts kept a; c and added d; and gave e. Both: a, c (2);
     * coder's 3, analysts' 4: precision 2/3, recall 2/4, F1 = 2 x 2/3 x 1/2 / (2/3 + 1/2) = 4/7.
     */
    @Test
    void themesPrecisionRecallAndF1() {
        Agreement agreement = Agreement.of("q3", List.of(
                themes(Set.of("a", "b"), Set.of("a")),
                themes(Set.of("c"), Set.of("c", "d")),
                themes(Set.of(), Set.of("e"))));

        assertThat(agreement.answers()).isEqualTo(3);
        assertThat(agreement.precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(agreement.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(agreement.f1()).isCloseTo(4.0 / 7, within(1e-9));
    }

    @Test
    void eachAnswerComparesTheCodersValuesWithWhatTheLatestReviewLeft() {
        ResponseReviewed first = review(1, Map.of("q1", new AnswerReview("q1", Position.DISAGREE, List.of(),
                Position.AGREE, List.of())));
        ResponseReviewed second = review(2, Map.of("q1", new AnswerReview("q1", Position.AGREE, List.of(),
                Position.DISAGREE, List.of())));
        ResponseReviewed other = review(1, Map.of("q1", new AnswerReview("q1", Position.NOT_SURE, List.of(),
                Position.DISAGREE, List.of())));

        List<Agreement> agreement = Agreement.of(List.of(List.of(first, second), List.of(other)));

        // Pairs: (agree, agree) and (disagree, not sure): observed 1/2, chance 1/2 x 1/2 = 1/4, kappa 1/3.
        assertThat(agreement).singleElement().satisfies(q1 -> {
            assertThat(q1.questionId()).isEqualTo("q1");
            assertThat(q1.answers()).isEqualTo(2);
            assertThat(q1.kappa()).isCloseTo(1.0 / 3, within(1e-9));
            assertThat(q1.precision()).isNull();
        });
    }

    private static Agreement.Pair positions(Position automatic, Position reviewed) {
        return new Agreement.Pair(automatic, reviewed, Set.of(), Set.of());
    }

    private static Agreement.Pair themes(Set<String> automatic, Set<String> reviewed) {
        return new Agreement.Pair(null, null, automatic, reviewed);
    }

    private static ResponseReviewed review(int version, Map<String, AnswerReview> answers) {
        return new ResponseReviewed("review-" + version, "r1", "c", "analyst", Instant.EPOCH, version, answers, null,
                null, null);
    }
}
