package uk.consultation.schemas.consultation;

import java.util.List;

import uk.consultation.schemas.Position;

/**
 * One consultation question.
 *
 * @param number    as printed in the consultation document, e.g. "9(a)"
 * @param options   the answers a closed question offers; empty for an open question
 * @param codeframe the themes answers to this question are coded with
 */
public record Question(
        String id,
        String number,
        String chapter,
        String text,
        QuestionKind kind,
        List<AnswerOption> options,
        List<Theme> codeframe) {

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
        codeframe = codeframe == null ? List.of() : List.copyOf(codeframe);
    }

    public boolean isClosed() {
        return kind == QuestionKind.CLOSED;
    }

    public boolean offers(Position position) {
        return options.stream().anyMatch(option -> option.position() == position);
    }

    /** An answer option: the position it records and the words the respondent sees, e.g. "Yes". */
    public record AnswerOption(Position position, String label) {
    }

    /** A codeframe theme with the words that help coders and the model recognise it. */
    public record Theme(String code, String label, String description, List<String> examples) {
        public Theme {
            examples = examples == null ? List.of() : List.copyOf(examples);
        }
    }
}
