package uk.consultation.coding.understand;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import uk.consultation.schemas.Position;

/**
 * The side an answer takes where no rule of {@link PositionReading} reads a view, learned rather than written: a
 * multinomial logistic regression from the meaning of the answer's sentences (their mean vector, which the coder has
 * already) to agree, disagree or not sure, fitted on labelled answers of one consultation (PositionHeadFitTest) and kept
 * in {@value #RESOURCE} ({@link HeadWeights}). A consultation without weights is read by {@link PositionPrototypes} as
 * before.
 */
final class PositionHead {

    static final String RESOURCE = "position-heads.tsv";

    /** The sides, in the order of the weights' rows. */
    static final List<Position> SIDES = List.of(Position.AGREE, Position.DISAGREE, Position.NOT_SURE);

    /** Every consultation's head, read once. */
    private static final Map<String, PositionHead> STORED = of(HeadWeights.read(RESOURCE));

    /** Per side, the bias and then a weight for each dimension of the meaning. */
    private final double[][] weights;

    PositionHead(double[][] weights) {
        this.weights = weights;
    }

    /** The heads kept in {@value #RESOURCE}, by consultation id. */
    static Map<String, PositionHead> bundled() {
        return STORED;
    }

    /** The heads of weights read by {@link HeadWeights}: a row for each side, labelled by its wire name. */
    static Map<String, PositionHead> of(Map<String, Map<String, double[]>> weights) {
        Map<String, PositionHead> heads = new HashMap<>();
        weights.forEach((consultation, bySide) -> heads.put(consultation, new PositionHead(SIDES.stream()
                .map(side -> bySide.get(side.wireName())).toArray(double[][]::new))));
        return Map.copyOf(heads);
    }

    /** The rows {@link HeadWeights#parse} reads back for this head. */
    String lines(String consultation) {
        StringBuilder lines = new StringBuilder();
        for (int side = 0; side < SIDES.size(); side++) {
            lines.append(HeadWeights.row(consultation, SIDES.get(side).wireName(), weights[side]));
        }
        return lines.toString();
    }

    /** The most likely side of a meaning (a unit vector, such as {@link QuestionMapping#mean}). */
    Position side(float[] meaning) {
        double[] scores = HeadWeights.scores(weights, meaning);
        int best = 0;
        for (int side = 1; side < scores.length; side++) {
            best = scores[side] > scores[best] ? side : best;
        }
        return SIDES.get(best);
    }

    /** How far a head's weights are from another's, at most, weight by weight. */
    double distance(@Nullable PositionHead other) {
        if (other == null) {
            return Double.POSITIVE_INFINITY;
        }
        double distance = 0;
        for (int side = 0; side < weights.length; side++) {
            if (weights[side].length != other.weights[side].length) {
                return Double.POSITIVE_INFINITY;
            }
            for (int i = 0; i < weights[side].length; i++) {
                distance = Math.max(distance, Math.abs(weights[side][i] - other.weights[side][i]));
            }
        }
        return distance;
    }
}
