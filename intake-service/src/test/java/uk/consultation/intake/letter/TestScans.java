package uk.consultation.intake.letter;

/** A typed letter (test-support's ScannedPages draws its page, TestDocuments makes a scanned PDF of that). */
final class TestScans {

    static final String[] LETTER = {
            "Dear Secretary of State,",
            "Question 1: Yes, I agree with the strategy.",
            "Integrated communities need more English classes",
            "and shared activities for young people.",
            "Yours faithfully, A. Writer"};

    private TestScans() {
    }
}
