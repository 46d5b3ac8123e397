package uk.consultation.intake.imports;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import uk.consultation.schemas.Position;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;

/** The answer texts platforms write for a position, and how a cell's text is compared with them. */
final class AnswerText {

    /** The scales platforms offer; a consultation's own option labels are added to them. */
    private static final Map<String, Position> COMMON_SCALES = Map.ofEntries(
            Map.entry("yes", Position.AGREE), Map.entry("no", Position.DISAGREE),
            Map.entry("not sure", Position.NOT_SURE), Map.entry("don't know", Position.NOT_SURE),
            Map.entry("agree", Position.AGREE), Map.entry("disagree", Position.DISAGREE),
            Map.entry("neither", Position.NOT_SURE), Map.entry("neither agree nor disagree", Position.NOT_SURE),
            Map.entry("strongly agree", Position.AGREE), Map.entry("tend to agree", Position.AGREE),
            Map.entry("somewhat agree", Position.AGREE),
            Map.entry("strongly disagree", Position.DISAGREE), Map.entry("tend to disagree", Position.DISAGREE),
            Map.entry("somewhat disagree", Position.DISAGREE));

    private AnswerText() {
    }

    /** The table a suggested mapping shows: the common scales and the consultation's option labels, by wire name. */
    static Map<String, String> positionTable(ConsultationDefinition consultation) {
        Map<String, String> table = new LinkedHashMap<>();
        COMMON_SCALES.forEach((text, position) -> table.put(text, position.wireName()));
        for (Question question : consultation.questions()) {
            question.options().forEach(option -> table.put(normal(option.label()), option.position().wireName()));
        }
        return table;
    }

    /** A mapping's table with its texts in their {@link #normal} form, for looking cells up in. */
    static Map<String, String> normalKeys(Map<String, String> table) {
        Map<String, String> normalKeys = new LinkedHashMap<>();
        table.forEach((text, value) -> normalKeys.putIfAbsent(normal(text), value));
        return normalKeys;
    }

    /** Case, runs of spaces and a closing full stop make no difference: "Strongly  Agree." is "strongly agree". */
    static String normal(String text) {
        String normal = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return normal.endsWith(".") ? normal.substring(0, normal.length() - 1) : normal;
    }
}
