package uk.consultation.coding.emerging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import uk.consultation.coding.theme.UnmatchedSentences;
import uk.consultation.coding.theme.UnmatchedSentences.Sentence;
import uk.consultation.coding.language.CaseFolding;

/**
 * Proposes candidate themes per question from the sentences no codeframe theme fits: every few minutes for every
 * consultation whose unmatched sentences this instance holds, and whenever an analyst asks. The latest proposals are
 * published ({@link ProposedCandidates}), so the candidate an analyst accepts, on any instance, is the one they were
 * shown.
 *
 * <p>Clustering runs on a thread of its own, one pass at a time, at the lowest priority and giving way between
 * questions, so that it takes at most one core from coding; an analyst's request waits for its pass a while, not
 * indefinitely. Stopping interrupts a pass, which checks every millisecond or so, and is done within seconds.
 */
@Component
class EmergingThemes implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmergingThemes.class);

    /** How long an analyst's request waits for its pass (behind any pass already running) before being answered. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(20);
    /** A pass stops within a few milliseconds of its interruption; this is a generous bound on that. */
    private static final Duration STOP_WITHIN = Duration.ofSeconds(2);
    private static final int EXAMPLES = 3;
    private static final int LABEL_WORDS = 3;
    private static final Pattern REDACTED = Pattern.compile("\\[[^\\]]*]");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}]+");
    /** Words that say nothing about what a sentence is about. */
    private static final Set<String> COMMON = Set.of("the", "and", "for", "are", "but", "not", "you", "all", "any",
            "can", "had", "her", "was", "one", "our", "out", "has", "him", "his", "how", "its", "who", "did", "yes",
            "she", "they", "them", "their", "there", "this", "that", "these", "those", "with", "from", "have", "been",
            "were", "will", "would", "should", "could", "about", "into", "than", "then", "also", "just", "very", "more",
            "most", "some", "such", "what", "when", "where", "which", "while", "only", "other", "being", "because",
            "does", "each", "many", "much", "over", "same", "your", "ours", "mine", "here", "want", "think", "need",
            "needs", "people", "get", "got", "like", "make", "made", "even", "still", "well", "too", "now", "may",
            "might", "must", "why", "own", "off", "ago", "year", "years", "last", "able", "cannot", "don", "doesn",
            "didn", "isn", "aren", "won");

    private final UnmatchedSentences unmatched;
    private final EmergingThemeSettings settings;
    private final ProposedCandidates proposed;
    /** One pass at a time, on a thread of its own; from start to stop. */
    private volatile @Nullable ScheduledExecutorService passes;

    EmergingThemes(UnmatchedSentences unmatched, EmergingThemeSettings settings, ProposedCandidates proposed) {
        this.unmatched = unmatched;
        this.settings = settings;
        this.proposed = proposed;
    }

    @Override
    public synchronized void start() {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("emerging-themes-");
        threads.setThreadPriority(Thread.MIN_PRIORITY);
        threads.setDaemon(true);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(threads);
        long interval = settings.interval().toMillis();
        executor.scheduleWithFixedDelay(this::proposeForEveryConsultation, interval, interval, TimeUnit.MILLISECONDS);
        passes = executor;
    }

    /** Interrupts the pass under way; passes waiting for their turn are cancelled, and so are requests for them. */
    @Override
    public synchronized void stop() {
        ScheduledExecutorService executor = passes;
        if (executor == null) {
            return;
        }
        for (Runnable waiting : executor.shutdownNow()) {
            if (waiting instanceof Future<?> pass) {
                pass.cancel(false);
            }
        }
        try {
            if (!executor.awaitTermination(STOP_WITHIN.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Emerging themes still clustering {} after being stopped", STOP_WITHIN);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Until its thread has ended. */
    @Override
    public boolean isRunning() {
        ScheduledExecutorService executor = passes;
        return executor != null && !executor.isTerminated();
    }

    /** For the consultations whose unmatched sentences this instance holds: each is proposed for by one instance. */
    private void proposeForEveryConsultation() {
        try {
            for (String consultationId : unmatched.consultations()) {
                List<ThemeCandidate> candidates = proposeAndPublish(consultationId);
                log.info("Consultation {}: {} candidate themes", consultationId, candidates.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvalidStateStoreException e) {
            log.info("Candidate themes not proposed: the unmatched sentences are not ready ({})", e.getMessage());
        } catch (RuntimeException e) {
            // a pass that fails must not end the schedule
            log.error("Candidate themes not proposed", e);
        }
    }

    /**
     * Proposes again on the clustering thread, for an analyst waiting, from the unmatched sentences this instance
     * holds. A pass not done in time goes on, and its proposals are the latest once it is.
     */
    List<ThemeCandidate> proposeNow(String consultationId) {
        ScheduledExecutorService executor = passes;
        if (executor == null) {
            throw notReady("The service is starting");
        }
        try {
            return executor.submit(() -> proposeAndPublish(consultationId))
                    .get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw notReady("Candidate themes are still being proposed; they are the latest in a minute or two");
        } catch (RejectedExecutionException | CancellationException e) {
            throw notReady("The service is stopping");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notReady("The service is stopping");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InterruptedException) {
                throw notReady("The service is stopping");
            }
            if (e.getCause() instanceof InvalidStateStoreException) {
                throw notReady("This consultation's unmatched sentences are moving between instances; try again "
                        + "shortly");
            }
            throw e.getCause() instanceof RuntimeException failed ? failed
                    : new IllegalStateException("Candidate themes not proposed", e.getCause());
        }
    }

    static ErrorResponseException notReady(String detail) {
        return CodeframeChanges.problem(HttpStatus.SERVICE_UNAVAILABLE, "Candidate themes not ready", detail);
    }

    /** Proposes and publishes them as the consultation's latest, for every instance to answer with. */
    private List<ThemeCandidate> proposeAndPublish(String consultationId) throws InterruptedException {
        List<ThemeCandidate> candidates = propose(consultationId);
        proposed.publish(consultationId, candidates);
        return candidates;
    }

    /**
     * Proposes again from the latest unmatched sentences, largest candidates first within each question.
     *
     * @throws InterruptedException when stopped; the proposals before stay the latest
     */
    List<ThemeCandidate> propose(String consultationId) throws InterruptedException {
        List<ThemeCandidate> candidates = new ArrayList<>();
        for (Map.Entry<String, List<Sentence>> question : new TreeMap<>(unmatched.of(consultationId)).entrySet()) {
            candidates.addAll(propose(consultationId, question.getKey(), question.getValue()));
            // Java's thread priorities are only hints (on Linux, ignored): coding's threads get a turn here too
            Thread.yield();
        }
        return List.copyOf(candidates);
    }

    private List<ThemeCandidate> propose(String consultationId, String questionId, List<Sentence> unmatchedSentences)
            throws InterruptedException {
        List<Sentence> sentences = unmatchedSentences.subList(
                Math.max(0, unmatchedSentences.size() - settings.sentencesPerQuestion()), unmatchedSentences.size());
        SentenceClusters.Clustering clustering = SentenceClusters.of(sentences, settings.similarity(),
                settings.comparisonsPerQuestion());
        if (!clustering.complete()) {
            log.warn("Consultation {} question {}: clustering {} sentences stopped after {} comparisons, the most "
                    + "allowed; the clusters so far are proposed", consultationId, questionId, sentences.size(),
                    clustering.comparisons());
        }
        Words questionWords = Words.of(sentences);
        List<ThemeCandidate> ofQuestion = new ArrayList<>();
        for (SentenceClusters.Cluster cluster : clustering.clusters()) {
            int responses = (int) cluster.sentences().stream().map(Sentence::responseId).distinct().count();
            if (responses >= settings.minResponses()) {
                ofQuestion.add(candidate(questionId, cluster, responses, questionWords));
            }
        }
        ofQuestion.sort(Comparator.comparingInt(ThemeCandidate::responses).reversed()
                .thenComparing(ThemeCandidate::id));
        return ofQuestion;
    }

    private static ThemeCandidate candidate(String questionId, SentenceClusters.Cluster cluster, int responses,
            Words ofQuestion) {
        List<String> examples = cluster.sentences().stream().map(Sentence::text).distinct().limit(EXAMPLES).toList();
        return new ThemeCandidate(questionId + "-" + digest(examples.get(0)), questionId, responses,
                cluster.sentences().size(), label(cluster.sentences(), ofQuestion), examples);
    }

    /**
     * The words most of the cluster's sentences use and the question's other unmatched sentences seldom do, by how
     * much more often the cluster uses them.
     */
    static String label(List<Sentence> cluster, Words ofQuestion) {
        Words inCluster = Words.of(cluster);
        Map<String, Double> lift = new HashMap<>();
        inCluster.using().forEach((word, sentences) -> lift.put(word, (double) sentences / inCluster.sentences()
                - (double) ofQuestion.using().get(word) / ofQuestion.sentences()));
        return lift.entrySet().stream()
                .filter(word -> inCluster.using().get(word.getKey()) >= 2 && word.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(LABEL_WORDS)
                .map(Map.Entry::getKey)
                .collect(Collectors.joining(", "));
    }

    /**
     * Some sentences' words: for each, how many of the sentences use it. A question's are counted once for all its
     * clusters' labels.
     */
    record Words(Map<String, Long> using, int sentences) {

        static Words of(List<Sentence> sentences) {
            Map<String, Long> counts = new HashMap<>();
            for (Sentence sentence : sentences) {
                String text = CaseFolding.lower(REDACTED.matcher(sentence.text()).replaceAll(" "));
                NOT_A_WORD.splitAsStream(text).filter(word -> word.length() >= 3 && !COMMON.contains(word))
                        .distinct().forEach(word -> counts.merge(word, 1L, Long::sum));
            }
            return new Words(counts, sentences.size());
        }
    }

    /** Named after the sentence that says it best, so the same cluster keeps its id from one proposal to the next. */
    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
