package uk.consultation.coding.understand;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import uk.consultation.schemas.Position;

/**
 * The side an answer takes where no rule of {@link PositionReading} reads a view, learned rather than written: a
 * multinomial logistic regression from the meaning of the answer's sentences (their mean vector, which the coder has
 * already) to agree, disagree or not sure, fitted on labelled answers of one consultation (PositionHeadFitTest) and kept
 * in {@value #RESOURCE} by consultation id: by id alone, since a new codeframe version only adds themes, and the side
 * an answer takes does not change with them. A consultation without weights is read by {@link PositionPrototypes} as
 * before.
 */
final class PositionHead {

    static final String RESOURCE = "position-heads.tsv";

    /** The sides, in the order of the weights' rows. */
    static final List<Position> SIDES = List.of(Position.AGREE, Position.DISAGREE, Position.NOT_SURE);

    /** Per side, a weight for each dimension of the meaning and then the bias. */
    private final double[][] weights;

    PositionHead(double[][] weights) {
        this.weights = weights;
    }

    /** The heads kept in {@value #RESOURCE}, by consultation id. */
    static Map<String, PositionHead> bundled() {
        try (InputStream in = PositionHead.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? Map.of() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lines of a consultation id, a side's wire name and that side's weights then bias, tab separated, a line for each
     * side in the order of {@link #SIDES}; "#" lines are comments.
     */
    static Map<String, PositionHead> parse(String text) {
        Map<String, double[][]> rows = new HashMap<>();
        for (String line : text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList()) {
            String[] columns = line.split("\t");
            double[][] sides = rows.computeIfAbsent(columns[0], consultation -> new double[SIDES.size()][]);
            double[] row = new double[columns.length - 2];
            for (int i = 0; i < row.length; i++) {
                row[i] = Double.parseDouble(columns[i + 2]);
            }
            sides[SIDES.indexOf(Position.fromWireName(columns[1]).orElseThrow())] = row;
        }
        Map<String, PositionHead> heads = new HashMap<>();
        rows.forEach((consultation, sides) -> heads.put(consultation, new PositionHead(sides)));
        return Map.copyOf(heads);
    }

    /** The lines {@link #parse} reads back for this head. */
    String lines(String consultation) {
        StringBuilder lines = new StringBuilder();
        for (int side = 0; side < SIDES.size(); side++) {
            lines.append(consultation).append('\t').append(SIDES.get(side).wireName());
            for (double weight : weights[side]) {
                lines.append('\t').append(String.format(Locale.ROOT, "%.4f", weight));
            }
            lines.append('\n');
        }
        return lines.toString();
    }

    /** The most likely side of a meaning (a unit vector, such as {@link QuestionMapping#mean}). */
    Position side(float[] meaning) {
        double[] scores = scores(meaning);
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

    private double[] scores(float[] meaning) {
        double[] scores = new double[weights.length];
        for (int side = 0; side < weights.length; side++) {
            double[] row = weights[side];
            double score = row[meaning.length];
            for (int i = 0; i < meaning.length; i++) {
                score += row[i] * meaning[i];
            }
            scores[side] = score;
        }
        return scores;
    }
}
