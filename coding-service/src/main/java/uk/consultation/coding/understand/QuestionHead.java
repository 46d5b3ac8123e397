package uk.consultation.coding.understand;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;

/**
 * A learned second opinion on which questions a passage answers: per question, a logistic regression on the passage's
 * meaning (the mean of its sentences' vectors, {@link QuestionMapping#mean}), fitted by {@code QuestionHeadFitTest} on
 * labelled fixture texts and kept in {@value #RESOURCE} ({@link HeadWeights}). A consultation without weights has no
 * head, and is coded as before.
 */
final class QuestionHead {

    static final String RESOURCE = "question-head.tsv";

    /** Every consultation's weights, read once: by consultation id, then by question id. */
    private static final Map<String, Map<String, double[]>> STORED = HeadWeights.read(RESOURCE);

    private final double[][] weights;

    private QuestionHead(double[][] weights) {
        this.weights = weights;
    }

    /** The head for this consultation, where weights for every one of its questions are kept. */
    static Optional<QuestionHead> of(ConsultationDefinition consultation) {
        Map<String, double[]> stored = STORED.get(consultation.id());
        if (stored == null) {
            return Optional.empty();
        }
        List<Question> questions = consultation.questions();
        double[][] weights = new double[questions.size()][];
        for (int q = 0; q < questions.size(); q++) {
            weights[q] = stored.get(questions.get(q).id());
            if (weights[q] == null) {
                return Optional.empty();
            }
        }
        return Optional.of(new QuestionHead(weights));
    }

    /** How likely the passage of this meaning answers each question, in the consultation's order. */
    double[] probabilities(float[] meaning) {
        double[] probabilities = HeadWeights.scores(weights, meaning);
        for (int q = 0; q < probabilities.length; q++) {
            probabilities[q] = 1 / (1 + Math.exp(-probabilities[q]));
        }
        return probabilities;
    }
}
