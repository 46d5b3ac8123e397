package uk.consultation.reporting.figures;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.coding.CodingFlags;
import uk.consultation.schemas.coding.CodingSource;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.coding.ResponseCoded.CodedAnswer;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;

/** The counters one coding of a response adds 1 to. */
record Contribution(Set<String> counters) {

    static final Contribution NONE = new Contribution(Set.of());

    Contribution {
        counters = Set.copyOf(counters);
    }

    static Contribution of(ResponseCoded coding, ConsultationDefinition definition) {
        RespondentType type = coding.respondent().type();
        Set<String> counters = new HashSet<>();
        counters.add(CounterPaths.RESPONSES);
        counters.add(CounterPaths.channel(coding.channel()));
        counters.add(CounterPaths.respondents(type));
        if (coding.flags().contains(CodingFlags.NEEDS_REVIEW)) {
            counters.add(CounterPaths.NEEDS_REVIEW);
        }
        if (coding.flags().contains(CodingFlags.NO_TO_ALL)) {
            counters.add(CounterPaths.noToAll(type));
        }
        // Answers to questions the definition does not have are not reported on.
        for (Question question : definition.questions()) {
            CodedAnswer answer = coding.answers().get(question.id());
            if (answer == null || !answered(question, answer)) {
                continue;
            }
            String id = question.id();
            counters.add(CounterPaths.questionResponses(id));
            counters.add(CounterPaths.questionResponses(id, type));
            counters.add(CounterPaths.questionChannel(id, coding.channel()));
            Position position = answer.position();
            if (position != null) {
                counters.add(CounterPaths.questionPosition(id, type, position));
            }
            CodingSource source = source(answer);
            if (source != null) {
                counters.add(CounterPaths.questionSource(id, source));
            }
            // Only codeframe themes: a code from elsewhere has no label to report and might not be a safe field name.
            answer.themes().stream()
                    .map(ResponseCoded.ThemeAssignment::code)
                    .filter(code -> question.codeframe().stream().anyMatch(theme -> theme.code().equals(code)))
                    .forEach(code -> counters.add(CounterPaths.questionTheme(id, code, type)));
        }
        ResponseCoded.Campaign campaign = coding.campaign();
        if (campaign != null) {
            counters.addAll(counters.stream().map(CounterPaths::campaign).toList());
            counters.add(CounterPaths.campaignSize(campaign.id()));
        }
        if (type == RespondentType.ORGANISATION) {
            counters.addAll(counters.stream().map(CounterPaths::organisation).toList());
        }
        if (coding.late()) {
            counters.addAll(counters.stream().map(CounterPaths::late).toList());
        }
        return new Contribution(counters);
    }

    /** A closed question is answered by taking a position; an open one by writing something (or taking one). */
    static boolean answered(Question question, CodedAnswer answer) {
        if (question.isClosed()) {
            return answer.position() != null;
        }
        String text = answer.text();
        return answer.position() != null || (text != null && !text.isBlank());
    }

    /** The questions and themes this coding raised, as {@code questionId#themeCode}. */
    Set<String> themes() {
        Set<String> themes = new HashSet<>();
        counters.forEach(counter -> CounterPaths.questionTheme(counter).ifPresent(themes::add));
        return themes;
    }

    /**
     * Where the answer's code came from: its position's source, or for an answer without a position its themes'
     * (reviewed, the last source, if an analyst set any).
     */
    private static @Nullable CodingSource source(CodedAnswer answer) {
        if (answer.source() != null) {
            return answer.source();
        }
        return answer.themes().stream().map(ResponseCoded.ThemeAssignment::source).max(Comparator.naturalOrder())
                .orElse(null);
    }

    /** What to add to the figures to replace {@code previous} with this contribution; unchanged counters are left out. */
    Map<String, Long> changeFrom(Contribution previous) {
        Map<String, Long> change = new TreeMap<>();
        counters.stream().filter(counter -> !previous.counters.contains(counter)).forEach(counter -> change.put(counter, 1L));
        previous.counters.stream().filter(counter -> !counters.contains(counter)).forEach(counter -> change.put(counter, -1L));
        return change;
    }
}
