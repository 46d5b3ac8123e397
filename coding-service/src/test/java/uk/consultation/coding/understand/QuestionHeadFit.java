package uk.consultation.coding.understand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import uk.consultation.coding.language.SentenceEmbeddings;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;

/**
 * The labelled fixture texts {@link QuestionHead} is fitted on, split into halves, and the fit itself: a fixture
 * text is in the training half when the first byte of the SHA-256 of its text (UTF-8, as in the file) is even; the
 * odd ones are the check half, never fitted on. Per question a logistic regression with an L2 penalty on each
 * one-passage text's meaning, the features standardised over the training texts, by Nesterov's accelerated gradient
 * descent from zero for a fixed number of steps: the same texts give the same weights.
 */
final class QuestionHeadFit {

    /**
     * The L2 penalty on the standardised weights: of 0.001, 0.01 and 0.1, 0.001 did best on the development set and
     * the check half.
     */
    static final double PENALTY = 0.001;

    private static final int STEPS = 600;

    /** Fixtures whose labels name closed questions only: their texts say nothing of whether an open one is answered. */
    private static final Set<String> CLOSED_ONLY = Set.of("fresh-closed-answers.tsv", "fresh-short-views.tsv",
            "fresh-named-verdicts.tsv", "fresh-own-names.tsv", "fresh-named-clauses.tsv", "fresh-near-neighbours.tsv",
            "fresh-writer-introductions.tsv", "fresh-places-views-measures.tsv");

    private static final Path FIXTURES = Path.of("src/test/resources");

    /**
     * A fixture text with the questions it answers, among the questions its fixture labels ({@code known}).
     *
     * @param fixture  the fixture's file, as "mapping/fresh-measures.tsv"
     * @param text     the text as the coder reads it
     * @param training in the training half
     */
    record Example(String fixture, String text, Set<String> answers, Set<String> known, boolean training) {
    }

    private QuestionHeadFit() {
    }

    /**
     * Every labelled fixture text: mapping/ (the text and the questions it answers), positions/ (a question, a text on
     * it and its position, "none" where it takes no view: it answers that question, or none) and open-answers/ (the
     * open questions a passage answers, of q3 and q9b alone).
     */
    static List<Example> examples(ConsultationDefinition consultation) {
        Set<String> all = consultation.questions().stream().map(Question::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> closed = consultation.questions().stream().filter(Question::isClosed).map(Question::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> open = consultation.questions().stream().filter(question -> !question.isClosed())
                .map(Question::id).collect(Collectors.toCollection(LinkedHashSet::new));
        List<Example> examples = new ArrayList<>();
        for (Path file : files("mapping")) {
            Set<String> known = CLOSED_ONLY.contains(file.getFileName().toString()) ? closed : all;
            for (String[] row : rows(file)) {
                Set<String> answers = row[1].equals("none") ? Set.of() : Arrays.stream(row[1].split(" "))
                        .map(label -> label.split("=")[0]).collect(Collectors.toSet());
                examples.add(example(file, row[0], answers, known));
            }
        }
        for (Path file : files("positions")) {
            for (String[] row : rows(file)) {
                if (row.length == 3) {
                    examples.add(example(file, row[1], row[2].equals("none") ? Set.of() : Set.of(row[0]), all));
                }
            }
        }
        for (Path file : files("open-answers")) {
            for (String[] row : rows(file)) {
                examples.add(example(file, row[1], Arrays.stream(row[0].split(" ")).filter(open::contains)
                        .collect(Collectors.toSet()), open));
            }
        }
        return examples;
    }

    private static Example example(Path file, String raw, Set<String> answers, Set<String> known) {
        return new Example(FIXTURES.relativize(file).toString(), raw.replace("\\n", "\n"), answers, known,
                LabelledDocuments.sha256(raw)[0] % 2 == 0);
    }

    /**
     * The meaning of a text that is one passage as the coder reads it (headings and lead-ins aside), else null: a
     * letter's label is its passages' together, and says nothing of which passage answers what.
     */
    static float @Nullable [] meaning(String text, Map<String, float[]> sentenceVectors) {
        List<Passage> passages = Passages.of(text, false).stream().filter(passage -> !passage.heading()).toList();
        return passages.size() == 1 ? QuestionMapping.mean(passages.get(0).sentences(), sentenceVectors) : null;
    }

    /** The vectors of every sentence of the texts' passages, embedded in one request. */
    static Map<String, float[]> sentenceVectors(List<String> texts, SentenceEmbeddings embeddings) {
        List<String> sentences = texts.stream().flatMap(text -> Passages.of(text, false).stream())
                .flatMap(passage -> passage.sentences().stream()).distinct().toList();
        List<float[]> vectors = embeddings.embedAll(sentences);
        Map<String, float[]> bySentence = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            bySentence.put(sentences.get(i), vectors.get(i));
        }
        return bySentence;
    }

    /**
     * Per question, in the consultation's order, the bias and the weights on a meaning's dimensions, fitted on the
     * meanings whose texts' fixtures label that question.
     */
    static double[][] fit(List<float[]> meanings, List<Example> examples, List<String> questions, double penalty) {
        int n = meanings.size();
        int d = meanings.get(0).length;
        double[] centre = new double[d];
        double[] scale = new double[d];
        for (float[] meaning : meanings) {
            for (int i = 0; i < d; i++) {
                centre[i] += meaning[i] / (double) n;
            }
        }
        for (float[] meaning : meanings) {
            for (int i = 0; i < d; i++) {
                scale[i] += (meaning[i] - centre[i]) * (meaning[i] - centre[i]) / n;
            }
        }
        for (int i = 0; i < d; i++) {
            scale[i] = Math.sqrt(scale[i]) + 1e-6;
        }
        double[][] x = new double[n][d];
        for (int e = 0; e < n; e++) {
            for (int i = 0; i < d; i++) {
                x[e][i] = (meanings.get(e)[i] - centre[i]) / scale[i];
            }
        }
        double[][] weights = new double[questions.size()][];
        for (int q = 0; q < questions.size(); q++) {
            String question = questions.get(q);
            List<double[]> rows = new ArrayList<>();
            List<Double> targets = new ArrayList<>();
            for (int e = 0; e < n; e++) {
                if (examples.get(e).known().contains(question)) {
                    rows.add(x[e]);
                    targets.add(examples.get(e).answers().contains(question) ? 1.0 : 0.0);
                }
            }
            double[] standardised = logistic(rows, targets, penalty);
            // Folded back to the meaning's own dimensions, so the coder needs no centre or scale.
            double[] folded = new double[d + 1];
            folded[0] = standardised[0];
            for (int i = 0; i < d; i++) {
                folded[i + 1] = standardised[i + 1] / scale[i];
                folded[0] -= standardised[i + 1] * centre[i] / scale[i];
            }
            weights[q] = folded;
        }
        return weights;
    }

    /** One logistic regression: the bias, then a weight per feature; the bias is not penalised. */
    private static double[] logistic(List<double[]> rows, List<Double> targets, double penalty) {
        int n = rows.size();
        int d = rows.get(0).length;
        // The gradient's Lipschitz constant: a quarter of the largest eigenvalue of the features' second moment (with
        // the bias's constant feature), by power iteration from all ones, plus the penalty.
        double[] v = new double[d + 1];
        Arrays.fill(v, 1);
        double largest = 1;
        for (int it = 0; it < 50; it++) {
            double[] next = new double[d + 1];
            for (double[] row : rows) {
                double dot = v[0];
                for (int i = 0; i < d; i++) {
                    dot += row[i] * v[i + 1];
                }
                next[0] += dot / n;
                for (int i = 0; i < d; i++) {
                    next[i + 1] += row[i] * dot / n;
                }
            }
            largest = Math.sqrt(Arrays.stream(next).map(value -> value * value).sum());
            for (int i = 0; i <= d; i++) {
                v[i] = next[i] / largest;
            }
        }
        double step = 1 / (0.25 * largest * 1.05 + penalty);
        double[] w = new double[d + 1];
        double[] previous = new double[d + 1];
        double[] look = new double[d + 1];
        for (int t = 1; t <= STEPS; t++) {
            double momentum = (t - 1.0) / (t + 2.0);
            for (int i = 0; i <= d; i++) {
                look[i] = w[i] + momentum * (w[i] - previous[i]);
            }
            double[] gradient = new double[d + 1];
            for (int e = 0; e < n; e++) {
                double[] row = rows.get(e);
                double z = look[0];
                for (int i = 0; i < d; i++) {
                    z += row[i] * look[i + 1];
                }
                double error = (1 / (1 + Math.exp(-z)) - targets.get(e)) / n;
                gradient[0] += error;
                for (int i = 0; i < d; i++) {
                    gradient[i + 1] += error * row[i];
                }
            }
            for (int i = 1; i <= d; i++) {
                gradient[i] += penalty * look[i];
            }
            System.arraycopy(w, 0, previous, 0, d + 1);
            for (int i = 0; i <= d; i++) {
                w[i] = look[i] - step * gradient[i];
            }
        }
        return w;
    }

    /** The rows of a fixture, read as the Fresh tests read them. */
    private static List<String[]> rows(Path file) {
        try {
            return FreshText.rows("/" + FIXTURES.relativize(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(String directory) {
        try (Stream<Path> files = Files.list(FIXTURES.resolve(directory))) {
            return files.filter(file -> file.toString().endsWith(".tsv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
