package uk.consultation.coding.theme;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;

/**
 * Keeps each response's unmatched sentences from {@code unmatched-sentences} per consultation and question, in three
 * stores, each backed by a changelog: {@value #SENTENCES} holds an answer's sentences under
 * {@code consultation/question/offset}, the offset of the record that brought them, so that a question's read in key
 * order come in the order their responses were coded; {@value #RESPONSES} where each response's are filed;
 * {@value #COUNTS} how many each question holds. A response's later record replaces its sentences, and one with none
 * (an erasure) drops them. A question keeps at most {@code coding.themes.unmatched-per-question}: past that the
 * earliest-coded responses' answers go.
 *
 * <p>Runs at least once: a record processed again after a crash files its sentences under the same offset, and one
 * older than a response's filed sentences is dropped.
 */
final class UnmatchedByQuestion implements Processor<String, ResponseUnmatched, Void, Void> {

    static final String SENTENCES = UnmatchedSentences.STORE;
    static final String RESPONSES = "unmatched-responses";
    static final String COUNTS = "unmatched-counts";

    /** An answer's unmatched sentences, as filed. */
    record Answer(String responseId, List<ResponseUnmatched.Unmatched> sentences) {
    }

    /** Where a response's sentences are filed: the offset of their record, and how many for each question. */
    record Filed(long offset, Map<String, Integer> byQuestion) {
    }

    private final int perQuestion;
    private @Nullable ProcessorContext<Void, Void> context;
    private @Nullable KeyValueStore<String, Answer> sentences;
    private @Nullable KeyValueStore<String, Filed> responses;
    private @Nullable KeyValueStore<String, Integer> counts;

    UnmatchedByQuestion(ThemeSettings settings) {
        this.perQuestion = settings.unmatchedPerQuestion();
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.context = context;
        this.sentences = context.getStateStore(SENTENCES);
        this.responses = context.getStateStore(RESPONSES);
        this.counts = context.getStateStore(COUNTS);
    }

    @Override
    public void process(Record<String, ResponseUnmatched> record) {
        KeyValueStore<String, Answer> sentences = Objects.requireNonNull(this.sentences);
        String consultationId = record.key();
        ResponseUnmatched in = record.value();
        long offset = Objects.requireNonNull(context).recordMetadata().orElseThrow().offset();
        String filedAt = consultationId + "/" + in.responseId();
        Filed before = Objects.requireNonNull(responses).get(filedAt);
        if (before != null) {
            if (before.offset() > offset) {
                return;
            }
            before.byQuestion().forEach((questionId, count) -> {
                sentences.delete(answerKey(consultationId, questionId, before.offset()));
                add(consultationId, questionId, -count);
            });
        }
        Map<String, Integer> filed = new TreeMap<>();
        in.byQuestion().forEach((questionId, unmatched) -> {
            if (!unmatched.isEmpty()) {
                sentences.put(answerKey(consultationId, questionId, offset), new Answer(in.responseId(), unmatched));
                filed.put(questionId, unmatched.size());
            }
        });
        file(filedAt, new Filed(offset, filed));
        filed.forEach((questionId, count) -> bound(consultationId, questionId, add(consultationId, questionId, count)));
    }

    /** Drops the question's earliest-coded answers while it holds more than it keeps. */
    private void bound(String consultationId, String questionId, int held) {
        KeyValueStore<String, Answer> sentences = Objects.requireNonNull(this.sentences);
        KeyValueStore<String, Filed> responses = Objects.requireNonNull(this.responses);
        int count = held;
        while (count > perQuestion) {
            KeyValue<String, Answer> eldest;
            try (KeyValueIterator<String, Answer> answers = sentences.prefixScan(
                    questionKey(consultationId, questionId), new StringSerializer())) {
                eldest = answers.next();
            }
            sentences.delete(eldest.key);
            count = add(consultationId, questionId, -eldest.value.sentences().size());
            String filedAt = consultationId + "/" + eldest.value.responseId();
            Filed filed = Objects.requireNonNull(responses.get(filedAt), filedAt);
            Map<String, Integer> left = new TreeMap<>(filed.byQuestion());
            left.remove(questionId);
            file(filedAt, new Filed(filed.offset(), left));
        }
    }

    private void file(String filedAt, Filed filed) {
        KeyValueStore<String, Filed> responses = Objects.requireNonNull(this.responses);
        if (filed.byQuestion().isEmpty()) {
            responses.delete(filedAt);
        } else {
            responses.put(filedAt, filed);
        }
    }

    /** @return how many the question holds now */
    private int add(String consultationId, String questionId, int change) {
        KeyValueStore<String, Integer> counts = Objects.requireNonNull(this.counts);
        String key = consultationId + "/" + questionId;
        Integer held = counts.get(key);
        int now = (held == null ? 0 : held) + change;
        if (now > 0) {
            counts.put(key, now);
        } else {
            counts.delete(key);
        }
        return now;
    }

    /** Where a consultation's answers start, or one question's; identifiers never hold a slash. */
    static String questionKey(String consultationId, @Nullable String questionId) {
        return questionId == null ? consultationId + "/" : consultationId + "/" + questionId + "/";
    }

    /**
     * Offsets padded to the longest, so that keys sort as the offsets do; by hand: {@code String.format} reads its
     * pattern again on every call.
     */
    private static String answerKey(String consultationId, String questionId, long offset) {
        String digits = Long.toString(offset);
        return questionKey(consultationId, questionId) + "0".repeat(19 - digits.length()) + digits;
    }
}
