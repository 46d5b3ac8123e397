package uk.consultation.intake.receive;

import java.util.List;

public class InvalidSubmissionException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidSubmissionException(List<FieldError> errors) {
        super("The response has " + errors.size() + " problem(s)");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
