package uk.consultation.coding.theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The sentences of answers that no codeframe theme fits, per consultation and question, from each response's latest
 * coding: what emerging themes are found in. Bounded per question: the earliest-coded responses' sentences go first.
 * Fed by theme coding, and rebuilt at start from {@code responses-coded}.
 */
@Component
public class UnmatchedSentences {

    /** A sentence with personal data already removed, and its vector. */
    public record Sentence(String responseId, String text, float[] vector) {
    }

    private record Question(String consultationId, String questionId) {
    }

    private final int perQuestion;
    /** Per question, by response id, in the order responses were last coded. */
    private final Map<Question, LinkedHashMap<String, List<Sentence>>> byQuestion = new HashMap<>();
    private final Map<Question, Integer> counts = new HashMap<>();
    /** Responses coded while the store is being rebuilt: an older coding read back must not overwrite them. */
    private final Set<String> codedWhileRebuilding = new HashSet<>();
    private boolean rebuilding;

    public UnmatchedSentences(ThemeSettings settings) {
        this.perQuestion = settings.unmatchedPerQuestion();
    }

    /** The consultations that have unmatched sentences. */
    public synchronized List<String> consultations() {
        return byQuestion.keySet().stream().map(Question::consultationId).distinct().sorted().toList();
    }

    /** Unmatched sentences by question id, in the order their responses were coded. */
    public synchronized Map<String, List<Sentence>> of(String consultationId) {
        Map<String, List<Sentence>> sentences = new HashMap<>();
        byQuestion.forEach((question, responses) -> {
            if (question.consultationId().equals(consultationId)) {
                sentences.put(question.questionId(), responses.values().stream().flatMap(List::stream).toList());
            }
        });
        return sentences;
    }

    /** A response's unmatched sentences by question, replacing those of its earlier coding. */
    synchronized void record(String consultationId, String responseId, Map<String, List<Sentence>> byQuestionId) {
        if (rebuilding) {
            codedWhileRebuilding.add(responseId);
        }
        replace(consultationId, responseId, byQuestionId);
    }

    /** Drops a response's sentences, as when its text is erased; an older coding read back does not restore them. */
    public void forget(String consultationId, String responseId) {
        record(consultationId, responseId, Map.of());
    }

    synchronized void startRebuilding() {
        rebuilding = true;
    }

    /** As {@link #record}, for a coding read back at start, unless the response has been coded since. */
    synchronized void restore(String consultationId, String responseId, Map<String, List<Sentence>> byQuestionId) {
        if (!codedWhileRebuilding.contains(responseId)) {
            replace(consultationId, responseId, byQuestionId);
        }
    }

    synchronized void rebuilt() {
        rebuilding = false;
        codedWhileRebuilding.clear();
    }

    private void replace(String consultationId, String responseId, Map<String, List<Sentence>> byQuestionId) {
        byQuestion.forEach((question, responses) -> {
            if (question.consultationId().equals(consultationId)) {
                List<Sentence> removed = responses.remove(responseId);
                if (removed != null) {
                    counts.merge(question, -removed.size(), Integer::sum);
                }
            }
        });
        byQuestionId.forEach((questionId, sentences) -> {
            if (sentences.isEmpty()) {
                return;
            }
            Question question = new Question(consultationId, questionId);
            LinkedHashMap<String, List<Sentence>> responses = byQuestion.computeIfAbsent(question,
                    key -> new LinkedHashMap<>());
            responses.put(responseId, List.copyOf(sentences));
            int count = counts.merge(question, sentences.size(), Integer::sum);
            while (count > perQuestion) {
                var eldest = responses.entrySet().iterator();
                count -= eldest.next().getValue().size();
                eldest.remove();
            }
            counts.put(question, count);
        });
    }
}
