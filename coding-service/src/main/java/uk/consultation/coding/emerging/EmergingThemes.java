package uk.consultation.coding.emerging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import uk.consultation.coding.theme.UnmatchedSentences;
import uk.consultation.coding.theme.UnmatchedSentences.Sentence;
import uk.consultation.coding.language.CaseFolding;

/**
 * Proposes candidate themes per question from the sentences no codeframe theme fits: every few minutes for every
 * consultation, and whenever an analyst asks. The latest proposals are kept, so the candidate an analyst accepts is
 * the one they were shown.
 */
@Component
class EmergingThemes {

    private static final Logger log = LoggerFactory.getLogger(EmergingThemes.class);

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
    /** The latest proposals per consultation. */
    private final Map<String, List<ThemeCandidate>> proposals = new ConcurrentHashMap<>();

    EmergingThemes(UnmatchedSentences unmatched, EmergingThemeSettings settings) {
        this.unmatched = unmatched;
        this.settings = settings;
    }

    @Scheduled(initialDelayString = "${coding.themes.emerging.interval}",
            fixedDelayString = "${coding.themes.emerging.interval}")
    void proposeForEveryConsultation() {
        for (String consultationId : unmatched.consultations()) {
            List<ThemeCandidate> candidates = propose(consultationId);
            log.info("Consultation {}: {} candidate themes", consultationId, candidates.size());
        }
    }

    /** The latest proposals, made now if there are none yet. */
    List<ThemeCandidate> candidates(String consultationId) {
        List<ThemeCandidate> latest = proposals.get(consultationId);
        return latest != null ? latest : propose(consultationId);
    }

    Optional<ThemeCandidate> candidate(String consultationId, String candidateId) {
        return proposals.getOrDefault(consultationId, List.of()).stream()
                .filter(candidate -> candidate.id().equals(candidateId)).findFirst();
    }

    /** An accepted candidate is proposed no more; the recoding that follows takes its sentences out of the store. */
    void accepted(String consultationId, String candidateId) {
        proposals.computeIfPresent(consultationId, (id, candidates) -> candidates.stream()
                .filter(candidate -> !candidate.id().equals(candidateId)).toList());
    }

    /** Proposes again from the latest unmatched sentences, largest candidates first within each question. */
    List<ThemeCandidate> propose(String consultationId) {
        List<ThemeCandidate> candidates = new ArrayList<>();
        new TreeMap<>(unmatched.of(consultationId)).forEach((questionId, sentences) -> {
            List<ThemeCandidate> ofQuestion = new ArrayList<>();
            for (SentenceClusters.Cluster cluster : SentenceClusters.of(sentences, settings.similarity())) {
                int responses = (int) cluster.sentences().stream().map(Sentence::responseId).distinct().count();
                if (responses >= settings.minResponses()) {
                    ofQuestion.add(candidate(questionId, cluster, responses, sentences));
                }
            }
            ofQuestion.sort(Comparator.comparingInt(ThemeCandidate::responses).reversed()
                    .thenComparing(ThemeCandidate::id));
            candidates.addAll(ofQuestion);
        });
        proposals.put(consultationId, List.copyOf(candidates));
        return candidates;
    }

    private static ThemeCandidate candidate(String questionId, SentenceClusters.Cluster cluster, int responses,
            List<Sentence> ofQuestion) {
        List<String> examples = cluster.sentences().stream().map(Sentence::text).distinct().limit(EXAMPLES).toList();
        return new ThemeCandidate(questionId + "-" + digest(examples.get(0)), questionId, responses,
                cluster.sentences().size(), label(cluster.sentences(), ofQuestion), examples);
    }

    /**
     * The words most of the cluster's sentences use and the question's other unmatched sentences seldom do, by how
     * much more often the cluster uses them.
     */
    static String label(List<Sentence> cluster, List<Sentence> ofQuestion) {
        Map<String, Long> inCluster = sentencesUsing(cluster);
        Map<String, Long> inQuestion = sentencesUsing(ofQuestion);
        Map<String, Double> lift = new HashMap<>();
        inCluster.forEach((word, sentences) -> lift.put(word,
                (double) sentences / cluster.size() - (double) inQuestion.get(word) / ofQuestion.size()));
        return lift.entrySet().stream()
                .filter(word -> inCluster.get(word.getKey()) >= 2 && word.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(LABEL_WORDS)
                .map(Map.Entry::getKey)
                .collect(Collectors.joining(", "));
    }

    /** For each word, how many of the sentences use it. */
    private static Map<String, Long> sentencesUsing(List<Sentence> sentences) {
        Map<String, Long> counts = new HashMap<>();
        for (Sentence sentence : sentences) {
            String text = CaseFolding.lower(REDACTED.matcher(sentence.text()).replaceAll(" "));
            NOT_A_WORD.splitAsStream(text).filter(word -> word.length() >= 3 && !COMMON.contains(word)).distinct()
                    .forEach(word -> counts.merge(word, 1L, Long::sum));
        }
        return counts;
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
