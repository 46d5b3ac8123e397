package uk.consultation.coding.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import uk.consultation.schemas.Position;
import uk.consultation.schemas.coding.ResponseReviewed;
import uk.consultation.schemas.coding.ResponseReviewed.AnswerReview;

/**
 * How far automatic coding agrees with analysts, per question, over the reviewed answers: Cohen's kappa of the
 * positions, and precision, recall and F1 of the themes. Each reviewed answer counts once: what the coder gave before
 * its first review against what the latest review left.
 *
 * @param answers   reviewed answers to the question
 * @param kappa     absent when it is not defined: every answer in one category, coder and analysts alike
 * @param precision of the coder's themes, those the analysts kept; absent when the coder gave none
 * @param recall    of the analysts' themes, those the coder had given; absent when analysts gave none
 * @param f1        absent when precision or recall is
 */
record Agreement(
        String questionId,
        int answers,
        @Nullable Double kappa,
        @Nullable Double precision,
        @Nullable Double recall,
        @Nullable Double f1) {

    /** No position is a category of its own: a position the coder missed or invented is a disagreement. */
    private static final String NO_POSITION = "none";

    /** One reviewed answer: the coder's position and themes, and the analysts'. */
    record Pair(@Nullable Position automatic, @Nullable Position reviewed, Set<String> automaticThemes,
            Set<String> reviewedThemes) {
    }

    /** Per question the answers were coded under, in question order. */
    static List<Agreement> of(List<List<ResponseReviewed>> reviewedResponses) {
        Map<String, List<Pair>> byQuestion = new TreeMap<>();
        for (List<ResponseReviewed> applied : reviewedResponses) {
            Map<String, AnswerReview> first = new LinkedHashMap<>();
            Map<String, AnswerReview> last = new LinkedHashMap<>();
            for (ResponseReviewed review : applied) {
                review.answers().forEach((question, answer) -> {
                    first.putIfAbsent(question, answer);
                    last.put(question, answer);
                });
            }
            first.forEach((question, before) -> {
                AnswerReview after = last.get(question);
                byQuestion.computeIfAbsent(question, id -> new ArrayList<>()).add(new Pair(before.replacedPosition(),
                        after.position(), Set.copyOf(before.replacedThemes()), Set.copyOf(after.themes())));
            });
        }
        List<Agreement> agreement = new ArrayList<>();
        byQuestion.forEach((question, pairs) -> agreement.add(of(question, pairs)));
        return agreement;
    }

    static Agreement of(String questionId, List<Pair> pairs) {
        int bothThemes = 0;
        int automaticThemes = 0;
        int reviewedThemes = 0;
        for (Pair pair : pairs) {
            Set<String> both = new HashSet<>(pair.automaticThemes());
            both.retainAll(pair.reviewedThemes());
            bothThemes += both.size();
            automaticThemes += pair.automaticThemes().size();
            reviewedThemes += pair.reviewedThemes().size();
        }
        Double precision = ratio(bothThemes, automaticThemes);
        Double recall = ratio(bothThemes, reviewedThemes);
        Double f1 = precision == null || recall == null ? null
                : precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
        return new Agreement(questionId, pairs.size(), kappa(pairs), precision, recall, f1);
    }

    /** (observed - expected agreement) / (1 - expected), expected from each side's own share of each category. */
    static @Nullable Double kappa(List<Pair> pairs) {
        if (pairs.isEmpty()) {
            return null;
        }
        Map<String, Integer> automatic = new TreeMap<>();
        Map<String, Integer> reviewed = new TreeMap<>();
        int agreeing = 0;
        for (Pair pair : pairs) {
            String a = category(pair.automatic());
            String r = category(pair.reviewed());
            automatic.merge(a, 1, Integer::sum);
            reviewed.merge(r, 1, Integer::sum);
            if (a.equals(r)) {
                agreeing++;
            }
        }
        double n = pairs.size();
        double observed = agreeing / n;
        double expected = automatic.entrySet().stream()
                .mapToDouble(e -> (e.getValue() / n) * (reviewed.getOrDefault(e.getKey(), 0) / n)).sum();
        return expected == 1.0 ? null : (observed - expected) / (1 - expected);
    }

    private static String category(@Nullable Position position) {
        return position == null ? NO_POSITION : position.wireName();
    }

    private static @Nullable Double ratio(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
