package uk.consultation.coding.understand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import uk.consultation.coding.code.CalibratedCodings;
import uk.consultation.coding.code.Calibration;
import uk.consultation.coding.review.TestReviewQueue;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.coding.ResponseCoded;

/**
 * The figures of one set of labelled documents against their codings: question mapping, positions, respondent type,
 * documents without any error, how often a coding made at a given (calibrated) confidence is right, and how much of
 * what is wrong the review queue catches at its threshold and at others.
 */
final class EvaluationFigures {

    /** Lower bounds of the confidence bins of the reliability table; the last bin runs to 1 inclusive. */
    private static final double[] BINS = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    /** The review queue's thresholds shown beside the default, so that a team can choose. */
    private static final double[] THRESHOLDS = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95};
    /** Queue sizes, as shares of the documents, at which the ranked queue is shown. */
    private static final double[] QUEUE_SIZES = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
    /** The kinds of error, as the notes begin: a question coded not labelled, one missed, a position, a type. */
    private static final String[] KINDS = {"wrong question (+q)", "missed answer (-q)", "wrong position",
            "wrong respondent type"};

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
    /** Per kind of calibrated coding and confidence bin: codings, right, and their confidences added up. */
    private final Map<Calibration.Kind, double[][]> reliability = new EnumMap<>(Calibration.Kind.class);
    private int wrongDocuments;
    private int errors;
    /** Per threshold, the review queue of the codings as published, with themes, and of the same before themes. */
    private final Queue[] published = queues();
    private final Queue[] beforeThemes = queues();
    /** Per kind of error: how many, and how many the default queue holds. */
    private final int[][] kinds = new int[KINDS.length][2];
    /** Each document's place in the queue and its errors, to rank the documents by how likely they are wrong. */
    private final List<Ranked> ranked = new ArrayList<>();
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

    /** A document's coding as the queue ranks it, and its errors. */
    private record Ranked(ResponseCoded coded, int errors) {
    }

    private static Queue[] queues() {
        Queue[] queues = new Queue[THRESHOLDS.length + 1];
        for (int i = 0; i < queues.length; i++) {
            queues[i] = new Queue();
        }
        return queues;
    }

    /** The default threshold first, then the others. */
    private static double threshold(int queue) {
        return queue == 0 ? TestReviewQueue.confidenceBelow() : THRESHOLDS[queue - 1];
    }

    /**
     * Adds one document's coding, as published and before themes, and its calibrated codings: its notes are the errors,
     * "+q" a question coded that the analyst did not label, "-q" one labelled and not coded, "q coded not labelled" a
     * wrong position, and a wrong respondent type.
     */
    List<String> add(Map<String, Optional<Position>> expected, RespondentType respondent, ResponseCoded coded,
            ResponseCoded beforeThemesCoded, List<CalibratedCodings.Scored> scored) {
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
        }
        for (CalibratedCodings.Scored one : scored) {
            double[] bin = reliability.computeIfAbsent(one.kind(), kind -> new double[BINS.length][3])[
                    bin(one.confidence())];
            bin[0]++;
            bin[1] += one.right() ? 1 : 0;
            bin[2] += one.confidence();
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
        for (int queue = 0; queue < published.length; queue++) {
            published[queue].add(TestReviewQueue.queues(coded, threshold(queue)), notes.size());
            beforeThemes[queue].add(TestReviewQueue.queues(beforeThemesCoded, threshold(queue)), notes.size());
        }
        boolean queued = TestReviewQueue.queues(coded);
        for (String note : notes) {
            int kind = note.startsWith("+") ? 0 : note.startsWith("-") ? 1 : note.startsWith("q") ? 2 : 3;
            kinds[kind][0]++;
            kinds[kind][1] += queued ? 1 : 0;
        }
        ranked.add(new Ranked(coded, notes.size()));
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

    void print() {
        System.out.printf("%n== %s: %d documents ==%n", name, documents);
        if (documents == 0) {
            return;
        }
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
        System.out.println("reliability of the calibrated codings (inferred answers to open questions, to closed ones"
                + " with their position, inferred respondent types; right as the analyst labelled; a question missed"
                + " has no confidence and is not here): codings, share right, mean confidence");
        System.out.printf("  %-9s %-22s %-22s %-22s%n", "", "answer", "position", "respondent");
        for (int bin = 0; bin < BINS.length; bin++) {
            double upper = bin + 1 < BINS.length ? BINS[bin + 1] : 1;
            StringBuilder row = new StringBuilder(String.format("  %.1f-%.1f%s ", BINS[bin], upper,
                    bin + 1 < BINS.length ? ")" : "]"));
            for (Calibration.Kind kind : Calibration.Kind.values()) {
                double[] counts = reliability.getOrDefault(kind, new double[BINS.length][3])[bin];
                row.append(String.format(" %-22s", counts[0] == 0 ? "-" : String.format("%3d %s %.3f",
                        (int) counts[0], share((int) counts[1], (int) counts[0]), counts[2] / counts[0])));
            }
            System.out.println(row);
        }
        System.out.println("review queue (needs_review, or a respondent or answer confidence below the threshold; 0:"
                + " the flags alone), at application.yml's threshold, then at others:");
        print(String.format("below %.2f, as published", threshold(0)), published[0]);
        print(String.format("below %.2f, before themes", threshold(0)), beforeThemes[0]);
        for (int queue = 1; queue < published.length; queue++) {
            print(String.format("below %.2f", threshold(queue)), published[queue]);
        }
        System.out.println("errors by kind, and how many the queue holds at application.yml's threshold (a missed"
                + " answer has no confidence: its document is queued by a flag or by another coding):");
        for (int kind = 0; kind < KINDS.length; kind++) {
            System.out.printf("  %-22s %3d, queued %3d (%s)%n", KINDS[kind], kinds[kind][0], kinds[kind][1],
                    share(kinds[kind][1], kinds[kind][0]));
        }
        printRanked();
    }

    /**
     * The review threshold the rule picks, of the thresholds shown from 0 (the flags alone) up: the widest whose step
     * (the documents it adds to the queue of the threshold before it) holds more errors each than the set's documents do
     * on average, that is, more than documents picked at random would. A narrow step below the average on the way does
     * not stop it: one such step of 11 documents, when the fourth development set was opened, would have halved the
     * queue and left out the wider step above it that held more than the average.
     */
    double ruledThreshold() {
        double average = (double) errors / documents;
        int last = 1;
        int previous = 1;
        for (int queue = 2; queue < published.length; queue++) {
            int added = published[queue].documents - published[previous].documents;
            if (added == 0) {
                continue;
            }
            if ((double) (published[queue].errors - published[previous].errors) / added > average) {
                last = queue;
            }
            previous = queue;
        }
        return threshold(last);
    }

    /**
     * The queue as the service orders it, the documents most likely wrong first, cut at a share of the documents;
     * beside it the most any order could hold, the documents with the most errors first: how common errors are caps
     * what a queue of a given size can hold.
     */
    private void printRanked() {
        List<Ranked> byRisk = ranked.stream().sorted(Comparator.comparing(Ranked::coded,
                TestReviewQueue.mostLikelyWrongFirst())).toList();
        List<Ranked> byErrors = ranked.stream().sorted(Comparator.comparingInt(Ranked::errors).reversed())
                .toList();
        System.out.println("the queue in its order (flagged, then most errors to expect): its first share of the"
                + " documents, the errors it holds, and the most any order could hold (most errors first):");
        for (double size : QUEUE_SIZES) {
            int queued = (int) Math.round(size * documents);
            int held = byRisk.subList(0, queued).stream().mapToInt(Ranked::errors).sum();
            int most = byErrors.subList(0, queued).stream().mapToInt(Ranked::errors).sum();
            System.out.printf("  first %.0f%% (%d documents): %d of %d errors (%s); at most %d (%s)%n", 100 * size,
                    queued, held, errors, share(held, errors), most, share(most, errors));
        }
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
