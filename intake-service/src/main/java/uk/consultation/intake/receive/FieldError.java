package uk.consultation.intake.receive;

/** One thing wrong with a submission, named by its JSON path, e.g. {@code answers.q1.position}. */
public record FieldError(String field, String message) {
}
