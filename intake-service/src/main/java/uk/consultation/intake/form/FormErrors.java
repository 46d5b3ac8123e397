package uk.consultation.intake.form;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import uk.consultation.intake.receive.FieldError;
import uk.consultation.schemas.consultation.ConsultationDefinition;
import uk.consultation.schemas.consultation.Question;

/**
 * The validator's errors, each against the id of the form control it concerns (empty for none): the error summary
 * links there and the control shows the message inline. They come in the validator's order, which is the page's.
 */
// Public: the templates call its methods, and the staff pages' controllers (imports) make their own.
public record FormErrors(List<Item> items) {

    static final FormErrors NONE = new FormErrors(List.of());

    /** Not about any one field: the summary shows it without a link. */
    static final FormErrors TOO_MANY = new FormErrors(List.of(new Item("", "Too many responses have been sent from"
            + " your connection in a short time. Wait a minute, then send your response again.")));

    /** The form's token was sent before with other answers: shown again with a new token, to send as another. */
    static final FormErrors ALREADY_SENT = new FormErrors(List.of(new Item("", "This form was already sent with"
            + " different answers, which were received. To send these answers as another response, send the form"
            + " again.")));

    public record Item(String fieldId, String message) {
    }

    static FormErrors of(List<FieldError> errors, ConsultationDefinition consultation) {
        return new FormErrors(errors.stream()
                .map(error -> new Item(fieldId(error.field(), consultation), error.message()))
                .toList());
    }

    public boolean any() {
        return !items.isEmpty();
    }

    public boolean has(String fieldId) {
        return message(fieldId) != null;
    }

    public @Nullable String message(String fieldId) {
        return items.stream().filter(item -> item.fieldId().equals(fieldId)).map(Item::message).findFirst().orElse(null);
    }

    /** Maps the submission's JSON path (see FieldError) to the control's id; a group of radios is its first one. */
    static String fieldId(String field, ConsultationDefinition consultation) {
        return switch (field) {
            case "respondent", "respondent.type" -> "respondentType";
            case "respondent.organisationName" -> "organisationName";
            case "respondent.name" -> "name";
            case "respondent.email" -> "email";
            default -> answerFieldId(field, consultation);
        };
    }

    /** {@code answers.q1.comment}; {@code answers.q1} and {@code answers} (nothing answered) point at a question. */
    private static String answerFieldId(String field, ConsultationDefinition consultation) {
        String[] path = field.split("\\.");
        Optional<Question> question = path.length > 1
                ? consultation.question(path[1])
                : consultation.questions().stream().findFirst();
        String questionId = question.map(Question::id).orElse(path.length > 1 ? path[1] : "");
        if (path.length > 2) {
            return questionId + "-" + path[2];
        }
        return questionId + (question.filter(Question::isClosed).isPresent() ? "-position" : "-comment");
    }
}
