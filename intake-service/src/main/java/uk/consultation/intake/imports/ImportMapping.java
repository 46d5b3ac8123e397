package uk.consultation.intake.imports;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How an export's columns become a response, each column named by its header text. The preview suggests one; staff
 * correct it and send it with the import.
 *
 * @param platform            the platform that wrote the export, e.g. {@code citizen-space}
 * @param survey              the survey on the platform; with the platform and the response id, a row's identity, so
 *                            the same survey's next export adds only its new rows. Suggested as a fingerprint of the
 *                            header row
 * @param responseIdColumn    the platform's own id of each response
 * @param submittedAtColumn   when the respondent submitted; the import's time when absent
 * @param respondentTypes     the respondent-type column's values and the type each stands for
 *                            ({@code individual}, {@code organisation}); a value not listed refuses the row
 * @param nameColumn          kept on {@code response-contacts} only, as is the email column
 * @param positions           each answer's text (e.g. "Strongly agree") and the position it records
 *                            ({@code agree}, {@code disagree}, {@code not_sure}); compared without case, and a value
 *                            not listed refuses the row
 */
record ImportMapping(
        String platform,
        String survey,
        String responseIdColumn,
        @Nullable String submittedAtColumn,
        @Nullable String respondentTypeColumn,
        Map<String, String> respondentTypes,
        @Nullable String organisationColumn,
        @Nullable String nameColumn,
        @Nullable String emailColumn,
        List<QuestionColumns> questions,
        Map<String, String> positions) {

    ImportMapping {
        respondentTypes = respondentTypes == null ? Map.of() : Map.copyOf(respondentTypes);
        questions = questions == null ? List.of() : List.copyOf(questions);
        positions = positions == null ? Map.of() : Map.copyOf(positions);
    }

    /** The columns that answer one of the consultation's questions: the position taken, the comment, or both. */
    record QuestionColumns(String questionId, @Nullable String positionColumn, @Nullable String commentColumn) {
    }
}
