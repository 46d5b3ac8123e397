package uk.consultation.coding.understand;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The weights of the learned heads ({@link QuestionHead}, {@link PositionHead}), one file each: a row per consultation
 * id and label (a question id, a side), its bias, then a weight for each dimension of the sentence model's meaning.
 * Kept by consultation id alone: a new codeframe version adds themes, which change neither which question a passage
 * answers nor the side it takes.
 */
final class HeadWeights {

    private HeadWeights() {
    }

    /** The weights in a resource, by consultation id then label, each the bias then the weights; none if it is absent. */
    static Map<String, Map<String, double[]>> read(String resource) {
        try (InputStream in = HeadWeights.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Map.of() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of consultation, label, bias and the weights separated by spaces, tab separated; "#" lines are comments. */
    static Map<String, Map<String, double[]>> parse(String text) {
        Map<String, Map<String, double[]>> weights = new HashMap<>();
        text.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).forEach(line -> {
            String[] fields = line.split("\t");
            String[] values = fields[3].split(" ");
            double[] row = new double[values.length + 1];
            row[0] = Double.parseDouble(fields[2]);
            for (int i = 0; i < values.length; i++) {
                row[i + 1] = Double.parseDouble(values[i]);
            }
            weights.computeIfAbsent(fields[0], consultation -> new LinkedHashMap<>()).put(fields[1], row);
        });
        return weights;
    }

    /** Each row's score for a meaning: its bias plus its weights' dot product with the meaning. */
    static double[] scores(double[][] rows, float[] meaning) {
        double[] scores = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            double score = rows[r][0];
            for (int i = 0; i < meaning.length; i++) {
                score += rows[r][i + 1] * meaning[i];
            }
            scores[r] = score;
        }
        return scores;
    }

    /** The row {@link #parse} reads back, with its line end. */
    static String row(String consultation, String label, double[] biasThenWeights) {
        return String.format(Locale.ROOT, "%s\t%s\t%.4f\t%s%n", consultation, label, biasThenWeights[0],
                Arrays.stream(biasThenWeights).skip(1).mapToObj(weight -> String.format(Locale.ROOT, "%.4f", weight))
                        .collect(Collectors.joining(" ")));
    }
}
