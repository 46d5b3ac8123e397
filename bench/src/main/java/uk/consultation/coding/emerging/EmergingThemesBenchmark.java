package uk.consultation.coding.emerging;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import uk.consultation.coding.language.SentenceEmbeddings;
import uk.consultation.coding.theme.UnmatchedSentences.Sentence;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationDefinitions;
import uk.consultation.schemas.consultation.Question;

/**
 * What one emerging-themes pass costs: the unmatched sentences of a few questions, as many as coding keeps per
 * question, clustered as coding-service does, each question timed on its own (wall clock and this thread's CPU) with
 * the comparisons it made. The sentences are a surge: most of a question's say one of its codeframe themes' examples
 * in other words (a phrase before and after), the rest its other themes' and other questions' examples likewise, each
 * from a response of its own, embedded by the real model before timing. In emerging's package, in the bench module
 * only. Start it with {@code bench/emerging.sh} from the project root.
 */
public final class EmergingThemesBenchmark {

    private static final String CONSULTATION = "integrated-communities-2018";
    /** Open or closed, the questions whose codeframes have the most examples to vary. */
    private static final List<String> QUESTIONS = List.of("q9a", "q11", "q10");
    /** coding-service's defaults (its application.yml). */
    private static final int SENTENCES = 2000;
    private static final double SIMILARITY = 0.55;
    private static final long COMPARISONS = 4_000_000;
    /** Passes over every question: the first warms up and is not counted. */
    private static final int PASSES = 3;
    private static final List<String> BEFORE = List.of("", "", "I think ", "Honestly, ", "In my view ",
            "As a resident, ", "For what it's worth, ", "Frankly ", "To be clear, ", "From my own experience, ",
            "Speaking as a parent, ", "Where I live, ", "Like many people here, ", "Simply put, ", "Above all, ",
            "My answer is that ", "In our town ", "As a teacher, ", "I would say ", "Really, ", "On balance, ");
    private static final List<String> AFTER = List.of("", "", " That is my view.", " This matters a lot.",
            " Please listen.", " It has been like this for years.", " Everyone I know agrees.",
            " Nothing has changed.", " I have seen it myself.", " The council should act.", " It is that simple.",
            " We need to see action.", " My neighbours say the same.", " It is obvious.", " Thank you.",
            " This is long overdue.", " That is what I have found.");

    private EmergingThemesBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        ConsultationDefinition consultation = ConsultationDefinitions.bundled(CONSULTATION);
        SentenceEmbeddings embeddings = new SentenceEmbeddings();
        List<List<Sentence>> questions = new ArrayList<>();
        long embedStart = System.nanoTime();
        for (String questionId : QUESTIONS) {
            questions.add(surge(consultation, questionId, embeddings, new Random(questionId.hashCode())));
        }
        System.out.printf(Locale.ROOT, "%d questions of %d sentences embedded in %.0f s%n", QUESTIONS.size(),
                SENTENCES, (System.nanoTime() - embedStart) / 1e9);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int pass = 0; pass < PASSES; pass++) {
            double wallAll = 0;
            double cpuAll = 0;
            for (int i = 0; i < questions.size(); i++) {
                long wall = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                SentenceClusters.Clustering clustering = SentenceClusters.of(questions.get(i), SIMILARITY,
                        COMPARISONS);
                List<SentenceClusters.Cluster> clusters = clustering.clusters();
                double wallMs = (System.nanoTime() - wall) / 1e6;
                double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
                wallAll += wallMs;
                cpuAll += cpuMs;
                int proposed = (int) clusters.stream().filter(cluster -> cluster.sentences().size() >= 3).count();
                System.out.printf(Locale.ROOT, "pass %d%s %s: %,.0f ms, CPU %,.0f ms, %,d comparisons%s, %d clusters "
                        + "(%d of 3 or more sentences), largest %s%n", pass, pass == 0 ? " (warm-up)" : "",
                        QUESTIONS.get(i), wallMs, cpuMs, clustering.comparisons(),
                        clustering.complete() ? "" : " (allowance used up)", clusters.size(), proposed,
                        clusters.stream().map(cluster -> cluster.sentences().size())
                                .sorted(Comparator.reverseOrder()).limit(5).toList());
            }
            System.out.printf(Locale.ROOT, "pass %d: %,.0f ms, CPU %,.0f ms for %d questions; load average %.2f%n",
                    pass, wallAll, cpuAll, questions.size(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** A question's unmatched sentences in a surge: most of them one theme's examples in other words. */
    private static List<Sentence> surge(ConsultationDefinition consultation, String questionId,
            SentenceEmbeddings embeddings, Random random) {
        Question question = consultation.question(questionId).orElseThrow();
        List<String> surging = question.codeframe().get(0).examples();
        List<String> others = question.codeframe().stream().skip(1).flatMap(theme -> theme.examples().stream())
                .toList();
        List<String> elsewhere = consultation.questions().stream().filter(other -> !other.id().equals(questionId))
                .flatMap(other -> other.codeframe().stream()).flatMap(theme -> theme.examples().stream()).toList();
        List<String> texts = new ArrayList<>();
        while (texts.size() < SENTENCES) {
            int draw = random.nextInt(10);
            List<String> from = draw < 6 ? surging : draw < 9 ? others : elsewhere;
            String example = from.get(random.nextInt(from.size()));
            String before = BEFORE.get(random.nextInt(BEFORE.size()));
            String text = before + (before.isEmpty() ? example
                    : Character.toLowerCase(example.charAt(0)) + example.substring(1))
                    + AFTER.get(random.nextInt(AFTER.size()));
            texts.add(text);
        }
        List<float[]> vectors = embeddings.embedAll(texts);
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            sentences.add(new Sentence(questionId + "-response-" + i, texts.get(i), vectors.get(i)));
        }
        return sentences;
    }
}
