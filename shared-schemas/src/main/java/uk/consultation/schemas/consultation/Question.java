package uk.consultation.schemas.consultation;

import java.util.List;

import uk.consultation.schemas.Position;

/**
 * One consultation question.
 *
 * @param number       as printed in the consultation document, e.g. "9(a)"
 * @param descriptions what the question's chapter proposes and what an answer to it talks about, a few sentences in
 *                     the consultation document's own words: what coding compares free text with, besides the
 *                     question and its codeframe, to find answers that do not use the question's own words
 * @param names        the short names the consultation document gives what the question asks about ("the
 *                     definition", "the Controlling Migration Fund", a chapter's title), and those respondents give it
 *                     ("English lessons", "welcome packs"), by which a respondent may name it in a list of verdicts:
 *                     what coding looks for, besides the question's number, to find a view given in a few words
 * @param options      the answers a closed question offers; empty for an open question
 * @param codeframe    the themes answers to this question are coded with
 */
public record Question(
        String id,
        String number,
        String chapter,
        String text,
        List<String> descriptions,
        List<String> names,
        QuestionKind kind,
        List<AnswerOption> options,
        List<Theme> codeframe) {

    public Question {
        descriptions = descriptions == null ? List.of() : List.copyOf(descriptions);
        names = names == null ? List.of() : List.copyOf(names);
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
