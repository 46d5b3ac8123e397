package uk.consultation.intake.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import uk.consultation.intake.receive.Text;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;

/**
 * The columns chosen on the page's second step, bound by name ({@code responseIdColumn},
 * {@code questions[q1].positionColumn}, ...); an empty choice is no column. The tables and the survey are not on the
 * page to change: they come from the held preview.
 */
// Public methods: the template calls them.
record MappingChoice(@Nullable String token, @Nullable String responseIdColumn, @Nullable String submittedAtColumn,
        @Nullable String respondentTypeColumn, @Nullable String organisationColumn, @Nullable String nameColumn,
        @Nullable String emailColumn, @Nullable Map<String, Columns> questions) {

    /** What the preview suggested, or the saved mapping it offered. */
    static MappingChoice of(HeldExport held) {
        ImportMapping mapping = held.preview().mapping();
        Map<String, Columns> questions = new LinkedHashMap<>();
        mapping.questions().forEach(question -> questions.put(question.questionId(),
                new Columns(question.positionColumn(), question.commentColumn())));
        return new MappingChoice(held.token(), mapping.responseIdColumn(), mapping.submittedAtColumn(),
                mapping.respondentTypeColumn(), mapping.organisationColumn(), mapping.nameColumn(),
                mapping.emailColumn(), questions);
    }

    public Columns question(String questionId) {
        return questions == null ? Columns.NONE : questions.getOrDefault(questionId, Columns.NONE);
    }

    /** The held mapping with these columns; a question given no column is left out. */
    ImportMapping applyTo(ImportMapping held, ConsultationDefinition consultation) {
        List<ImportMapping.QuestionColumns> chosen = new ArrayList<>();
        for (Question question : consultation.questions()) {
            Columns columns = question(question.id());
            String position = Text.blankToNull(columns.positionColumn());
            String comment = Text.blankToNull(columns.commentColumn());
            if (position != null || comment != null) {
                chosen.add(new ImportMapping.QuestionColumns(question.id(), position, comment));
            }
        }
        String responseId = Text.blankToNull(responseIdColumn);
        return new ImportMapping(held.platform(), held.survey(), responseId == null ? "" : responseId,
                Text.blankToNull(submittedAtColumn), Text.blankToNull(respondentTypeColumn), held.respondentTypes(),
                Text.blankToNull(organisationColumn), Text.blankToNull(nameColumn), Text.blankToNull(emailColumn),
                chosen, held.positions());
    }

    record Columns(@Nullable String positionColumn, @Nullable String commentColumn) {
        static final Columns NONE = new Columns(null, null);
    }
}
