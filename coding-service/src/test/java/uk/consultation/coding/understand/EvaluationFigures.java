package uk.consultation.coding.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.coding.ResponseCoded;

/**
 * The figures of one set of labelled documents against their codings: question mapping, positions, respondent type,
 * documents without any error, how often an answer coded at a given confidence is right, and how much of what is wrong
 * the review queue catches.
 */
final class EvaluationFigures {

    /** Lower bounds of the confidence bins of the reliability table; the last bin runs to 1 inclusive. */
    private static final double[] BINS = {0, 0.5, 0.6, 0.7, 0.8, 0.9};

    private final String name;
    private int documents;
    private int mapped;
    private int mappedRight;
    private int labelled;
    private int positions;
    private int positionsRight;
    /** [labelled][coded], organisation first. */
    private final int[][] respondents = new int[2][2];
    private int withoutError;
    private final int[] binAnswers = new int[BINS.length];
    private final int[] binRight = new int[BINS.length];
    private int wrongDocuments;
    private int errors;
    /** The review queue of the codings as published, with themes, and of the same codings before themes. */
    private final Queue published = new Queue();
    private final Queue beforeThemes = new Queue();
    /** Per question: labelled, mapped right, mapped though not labelled, position right. */
    private final Map<String, int[]> questions = new TreeMap<>(EvaluationFigures::byNumber);

    EvaluationFigures(String name) {
        this.name = name;
    }

    /** What a review queue holds of the documents and of those with errors. */
    private static final class Queue {
        private int documents;
        private int wrongDocuments;
        private int errors;

        private void add(boolean queued, int documentErrors) {
            if (queued) {
                documents++;
                wrongDocuments += documentErrors > 0 ? 1 : 0;
                errors += documentErrors;
            }
        }
    }

    /**
     * Adds one document's coding: its notes are the errors, "+q" a question coded that the analyst did not label,
     * "-q" one labelled and not coded, "q coded not labelled" a wrong position, and a wrong respondent type.
     */
    List<String> add(Map<String, Optional<Position>> expected, RespondentType respondent, ResponseCoded coded,
            boolean queued, boolean queuedBeforeThemes) {
        List<String> notes = new ArrayList<>();
        documents++;
        for (Map.Entry<String, ResponseCoded.CodedAnswer> answer : new TreeMap<>(coded.answers()).entrySet()) {
            String question = answer.getKey();
            Optional<Position> wanted = expected.get(question);
            mapped++;
            boolean right = wanted != null;
            if (wanted == null) {
                notes.add("+" + question);
                question(question)[2]++;
            } else {
                mappedRight++;
                question(question)[1]++;
                if (wanted.isPresent()) {
                    positions++;
                    right = wanted.get() == answer.getValue().position();
                    if (right) {
                        positionsRight++;
                        question(question)[3]++;
                    } else {
                        notes.add(question + " " + name(answer.getValue().position()) + " not " + name(wanted.get()));
                    }
                }
            }
            int bin = bin(answer.getValue().confidence());
            binAnswers[bin]++;
            binRight[bin] += right ? 1 : 0;
        }
        labelled += expected.size();
        expected.keySet().forEach(question -> question(question)[0]++);
        expected.keySet().stream().filter(question -> !coded.answers().containsKey(question))
                .forEach(question -> notes.add("-" + question));
        RespondentType codedType = coded.respondent().type();
        respondents[index(respondent)][index(codedType)]++;
        if (codedType != respondent) {
            notes.add(codedType.wireName() + " not " + respondent.wireName());
        }
        if (notes.isEmpty()) {
            withoutError++;
        } else {
            wrongDocuments++;
            errors += notes.size();
        }
        published.add(queued, notes.size());
        beforeThemes.add(queuedBeforeThemes, notes.size());
        return notes;
    }

    double mappingF1() {
        double precision = (double) mappedRight / mapped;
        double recall = (double) mappedRight / labelled;
        return 2 * precision * recall / (precision + recall);
    }

    double positionAccuracy() {
        return (double) positionsRight / positions;
    }

    double respondentAccuracy() {
        return (double) (respondents[0][0] + respondents[1][1]) / documents;
    }

    int documents() {
        return documents;
    }

    void print(double confidenceBelow) {
        System.out.printf("%n== %s: %d documents ==%n", name, documents);
        System.out.printf("question mapping: precision %.3f, recall %.3f, F1 %.3f (%d mapped, %d right, %d labelled)%n",
                (double) mappedRight / mapped, (double) mappedRight / labelled, mappingF1(), mapped, mappedRight,
                labelled);
        System.out.printf("positions: %.3f (%d of %d correctly mapped closed questions)%n", positionAccuracy(),
                positionsRight, positions);
        System.out.printf("respondent type: %.3f; organisations coded as organisations %d, as individuals %d;"
                + " individuals coded as individuals %d, as organisations %d%n", respondentAccuracy(),
                respondents[0][0], respondents[0][1], respondents[1][1], respondents[1][0]);
        System.out.printf("documents coded without any error: %d of %d (%.3f)%n", withoutError, documents,
                (double) withoutError / documents);
        System.out.println("per question: labelled, coded and labelled, coded and not labelled, positions right (closed"
                + " questions; open ones have none)");
        questions.forEach((question, counts) -> System.out.printf("  %-4s %3d %3d %3d %3d%n", question, counts[0],
                counts[1], counts[2], counts[3]));
        System.out.println("reliability (answers coded, by confidence; right = a labelled question, with the labelled"
                + " position if closed; questions missed have no confidence and are not here):");
        for (int bin = 0; bin < BINS.length; bin++) {
            double upper = bin + 1 < BINS.length ? BINS[bin + 1] : 1;
            System.out.printf("  %.1f-%.1f%s %4d answers, %s right%n", BINS[bin], upper,
                    bin + 1 < BINS.length ? ")" : "]", binAnswers[bin], share(binRight[bin], binAnswers[bin]));
        }
        System.out.printf("review queue (needs_review, or a respondent, answer or theme confidence below %.2f):%n",
                confidenceBelow);
        print("as published, with themes", published);
        print("on mapping, positions and respondent type alone, before themes", beforeThemes);
    }

    private void print(String which, Queue queue) {
        System.out.printf("  %s: %d of %d documents (%.3f); it holds %d of %d documents with an error (%s), %d of %d"
                + " errors (%s)%n", which, queue.documents, documents, (double) queue.documents / documents,
                queue.wrongDocuments, wrongDocuments, share(queue.wrongDocuments, wrongDocuments), queue.errors, errors,
                share(queue.errors, errors));
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "-" : String.format("%.3f", (double) part / whole);
    }

    private int[] question(String question) {
        return questions.computeIfAbsent(question, q -> new int[4]);
    }

    private static int bin(double confidence) {
        int bin = 0;
        while (bin + 1 < BINS.length && confidence >= BINS[bin + 1]) {
            bin++;
        }
        return bin;
    }

    private static int index(RespondentType type) {
        return type == RespondentType.ORGANISATION ? 0 : 1;
    }

    private static String name(Position position) {
        return position == null ? "none" : position.wireName();
    }

    /** q2 before q10, q9a before q9b. */
    private static int byNumber(String a, String b) {
        int byDigits = Integer.compare(number(a), number(b));
        return byDigits != 0 ? byDigits : a.compareTo(b);
    }

    private static int number(String question) {
        return Integer.parseInt(question.replaceAll("\\D", ""));
    }
}
