package uk.consultation.intake.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.ConsultationScheduleChanged.Schedule;
import uk.consultation.schemas.consultation.Question;

/**
 * What a new definition of a consultation changes, field by field. Analysts (and coding-service for them) may change
 * only the codeframes (the themes, their labels, descriptions and examples) and the questions' descriptions and names,
 * which say what coding compares free text with and looks for. Everything else is what respondents were asked and when, or how long their
 * words are kept, and only an administrator changes it.
 */
final class ConsultationChanges {

    private ConsultationChanges() {
    }

    /** The fields outside the codeframes that differ, named as in the definition; empty when only codeframes do. */
    static List<String> beyondCodeframes(ConsultationDefinition current, ConsultationDefinition proposed) {
        List<String> changed = new ArrayList<>();
        compare("title", current.title(), proposed.title(), changed);
        compare("department", current.department(), proposed.department(), changed);
        compare("timeZone", current.timeZone(), proposed.timeZone(), changed);
        compare("opens", current.opens(), proposed.opens(), changed);
        compare("closes", current.closes(), proposed.closes(), changed);
        compare("retainTextFor", current.retainTextFor(), proposed.retainTextFor(), changed);
        if (!ids(current).equals(ids(proposed))) {
            changed.add("questions");
            return changed;
        }
        for (int i = 0; i < current.questions().size(); i++) {
            Question was = current.questions().get(i);
            Question is = proposed.questions().get(i);
            String field = "questions." + was.id() + ".";
            compare(field + "number", was.number(), is.number(), changed);
            compare(field + "chapter", was.chapter(), is.chapter(), changed);
            compare(field + "text", was.text(), is.text(), changed);
            compare(field + "kind", was.kind(), is.kind(), changed);
            compare(field + "options", was.options(), is.options(), changed);
        }
        return changed;
    }

    /** Whether the change moves what decides lateness and erasure: the dates, their time zone or the retention. */
    static boolean movesSchedule(ConsultationDefinition current, ConsultationDefinition proposed) {
        return !Schedule.of(current).equals(Schedule.of(proposed));
    }

    private static List<String> ids(ConsultationDefinition definition) {
        return definition.questions().stream().map(Question::id).toList();
    }

    private static void compare(String field, @Nullable Object current, @Nullable Object proposed,
            List<String> changed) {
        if (!Objects.equals(current, proposed)) {
            changed.add(field);
        }
    }
}
