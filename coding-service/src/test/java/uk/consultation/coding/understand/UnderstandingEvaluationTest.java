package uk.consultation.coding.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.consultation.coding.TestCoding;
import uk.consultation.coding.TestEvents;
import uk.consultation.coding.code.CalibratedCodings;
import uk.consultation.coding.review.TestReviewQueue;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * Codes the labelled free-form responses in src/test/resources/understanding (letters, emails and emails whose
 * response is in a PDF attachment; with and without headings; hedged, negative, sarcastic, conditional and off-topic;
 * individuals and many kinds of organisation) as the service does, question mapping, positions and respondent type
 * and then themes, and compares with the analyst's labels in labels.tsv (labelled as LABELLING.md says). It prints the
 * figures of the development set, which the coding rules may be tuned on, and of the held-out set, which they must
 * never be: the held-out figures are the ones that say how coding does on text it has not seen. A held-out document's
 * own errors are printed only when asked for, with {@code -Dunderstanding.printHeldOut=true}: looking at them is
 * tuning on them.
 */
class UnderstandingEvaluationTest {

    /** {@code -Dunderstanding.printHeldOut=true} prints each held-out document's errors too; off by default. */
    private static final boolean HELD_OUT_ERRORS = Boolean.getBoolean("understanding.printHeldOut");

    @Test
    void mapsQuestionsReadsPositionsAndRespondentTypesAsAnAnalystWould() {
        EvaluationFigures development = new EvaluationFigures("development set (the rules may be tuned on these)");
        EvaluationFigures tunedOn = new EvaluationFigures("of which documents 01 to 42 (the rules were tuned on them)");
        EvaluationFigures secondDevelopment = new EvaluationFigures("of which the second development set (documents"
                + " 400 to 499, written for the twenty-first round)");
        EvaluationFigures thirdDevelopment = new EvaluationFigures("of which the third development set (documents"
                + " 500 to 599, written for the twenty-fifth round)");
        EvaluationFigures heldOut = new EvaluationFigures("held-out set (never tune on these)");
        EvaluationFigures secondHeldOut = new EvaluationFigures("second held-out set (written for the nineteenth"
                + " round, never tuned on nor decided by: read this summary only)");
        EvaluationFigures validation = new EvaluationFigures("validation set (written for the twenty-first round,"
                + " never tuned on; a change is kept or dropped by this summary)");
        EvaluationFigures fourthDevelopment = new EvaluationFigures("of which the fourth development set (documents"
                + " 600 to 699, written for the twenty-sixth round)");
        EvaluationFigures fifthDevelopment = new EvaluationFigures("of which the fifth development set (documents"
                + " 700 to 799, written for the twenty-seventh round)");
        EvaluationFigures sixthDevelopment = new EvaluationFigures("sixth development set (documents 800 on, written"
                + " for the twenty-eighth round; not yet tuned on: this summary is read before it is opened)");
        for (LabelledDocuments.Labelled document : LabelledDocuments.all()) {
            ResponseReceived response = document.response();
            ResponseCoded understood = TestCoding.CODER.code(response, TestEvents.BUNDLED, Instant.EPOCH);
            ResponseCoded coded = TestCoding.THEMES.code(understood, TestEvents.BUNDLED).coded();
            List<CalibratedCodings.Scored> scored = CalibratedCodings.of(response, coded, TestEvents.BUNDLED,
                    document.expected(), document.respondent());
            List<String> notes = (document.sixthDevelopment() ? sixthDevelopment : document.validation() ? validation
                    : document.secondHeldOut() ? secondHeldOut : document.heldOut() ? heldOut : development)
                    .add(document.expected(), document.respondent(), coded, understood, scored);
            if (document.number() <= LabelledDocuments.TUNED_ON) {
                tunedOn.add(document.expected(), document.respondent(), coded, understood, scored);
            }
            if (document.secondDevelopment()) {
                secondDevelopment.add(document.expected(), document.respondent(), coded, understood, scored);
            }
            if (document.thirdDevelopment()) {
                thirdDevelopment.add(document.expected(), document.respondent(), coded, understood, scored);
            }
            if (document.fourthDevelopment()) {
                fourthDevelopment.add(document.expected(), document.respondent(), coded, understood, scored);
            }
            if (document.fifthDevelopment()) {
                fifthDevelopment.add(document.expected(), document.respondent(), coded, understood, scored);
            }
            if (!document.heldOut() && !document.sixthDevelopment() || HELD_OUT_ERRORS) {
                System.out.printf("%-9s %-42s %s%s%n", document.heldOut() ? "held-out" : "develop",
                        document.document(), notes.isEmpty() ? "as labelled" : String.join(", ", notes),
                        TestReviewQueue.queues(coded) ? "  [review]" : "");
            }
        }
        development.print();
        tunedOn.print();
        secondDevelopment.print();
        thirdDevelopment.print();
        fourthDevelopment.print();
        fifthDevelopment.print();
        heldOut.print();
        secondHeldOut.print();
        validation.print();
        sixthDevelopment.print();
        System.out.printf("%nthe review threshold the development set picks (the widest whose step of confidence adds"
                + " documents holding more errors each than the average document): below %.2f%n",
                development.ruledThreshold());

        assertThat(development.documents()).isGreaterThanOrEqualTo(120);
        assertThat(heldOut.documents()).isGreaterThanOrEqualTo(70);
        assertThat(secondHeldOut.documents()).isGreaterThanOrEqualTo(40);
        // The floor the coder was held to on the documents it was tuned on, as before the held-out set existed.
        assertThat(tunedOn.mappingF1()).isGreaterThanOrEqualTo(0.85);
        assertThat(tunedOn.positionAccuracy()).isGreaterThanOrEqualTo(0.85);
        // Floors against regression a little below what the coder measured when these sets were written (development
        // F1 0.818, positions 0.887, respondent type 0.622; held-out 0.780, 0.725, 0.747), not the targets (held-out
        // mapping and positions 0.92, respondent type 0.95, 80% of errors in a queue under 30% of documents): an
        // improvement shows in the printed figures, a regression fails the build. Raised when mapping read bare numbers,
        // single sentences and examples, and positions were read clause by clause; mapping's again when questions were
        // compared with their descriptions from the Green Paper, a closed question only just close came to need a view,
        // 9(a) and 9(b) were told apart by view and suggestion, and a sentence had to come well closer to another
        // question than to its passage's; positions again when the reader read constructions written fresh for it and
        // an answer without a view leaned as its response (all four merged: development F1 0.897, positions 0.986;
        // held-out 0.870, 0.903); held-out positions again when a question asking whether something is adequate or
        // right read a shortfall as a No (0.938); mapping when the sentence model heard examples and suggestions, a
        // short answer taking a view came to map a little below the threshold and a title naming the consultation to
        // head nothing (merged: see docs/benchmarks.md); held-out mapping again when a passage's view was joined to the
        // question one of its sentences is closest to (0.902); and when a wish beside a view became its condition and a
        // remark on the consultation as a whole came to answer no question (0.909); mapping again when a sentence came
        // to answer the question it names by a short name with a view (development 0.936, held-out 0.918); and when a
        // sentence naming several proposals was read clause by clause and divisive views were described in the Green
        // Paper's plain words (development 0.939, held-out 0.923); and after the seventeenth and eighteenth rounds
        // (development 0.947, held-out 0.929), the held-out floor at the target.
        // The second development set (twenty-first round), whole letters by a new hand, lowered the development figures
        // (0.947 and 0.987 before it; 0.888 and 0.967 with it); that round's merges raised them again (development
        // 0.918 and 0.986, held-out 0.945 and 0.944); the twenty-third and twenty-fourth rounds' (development 0.955 and
        // 0.986, held-out 0.952 and 0.945): the floors sit just below. The third development set (twenty-fifth round),
        // read once before anything was tuned on it (mapping F1 0.857), lowered development mapping again (0.929 with
        // that round's first merges, 0.948 with all of them); the twenty-sixth round's merges raised it (0.954). The fourth
        // development set (twenty-sixth round), read before and after that round (0.884, 0.897), lowered it when opened
        // for tuning (0.938); that round's merges raised mapping and positions (0.951 and 0.987; held-out positions
        // 0.957). The fifth (twenty-seventh round) lowered positions when opened (0.975); the twenty-eighth round's
        // merges raised both (0.953 and 0.986).
        assertThat(development.mappingF1()).isGreaterThanOrEqualTo(0.94);
        assertThat(development.positionAccuracy()).isGreaterThanOrEqualTo(0.98);
        assertThat(heldOut.mappingF1()).isGreaterThanOrEqualTo(0.93);
        assertThat(heldOut.positionAccuracy()).isGreaterThanOrEqualTo(0.94);
        // Respondent type: floors against regression just below what the coder measured once it read letterheads,
        // signatures and the other signs of a body (development 1.000, held-out 0.976); a floor, not the target.
        assertThat(development.respondentAccuracy()).isGreaterThanOrEqualTo(0.97);
        assertThat(heldOut.respondentAccuracy()).isGreaterThanOrEqualTo(0.96);
        // The second held-out set: floors against regression a little below what the coder measured when it was read,
        // once after each round's merges (mapping F1 0.838, positions 0.892 when written; 0.842 and 0.935 after the
        // twenty-first round; 0.865 and 0.936 after the twenty-fourth; 0.896 and 0.938 after the twenty-fifth; 0.904 and
        // 0.938 after the twenty-sixth; 0.904 and 0.948 after the twenty-seventh; 0.907 and 0.948 after the
        // twenty-eighth; respondent type 1.000): mapping misses its target.
        assertThat(secondHeldOut.mappingF1()).isGreaterThanOrEqualTo(0.89);
        assertThat(secondHeldOut.positionAccuracy()).isGreaterThanOrEqualTo(0.94);
        assertThat(secondHeldOut.respondentAccuracy()).isGreaterThanOrEqualTo(0.97);
        // The validation set: floors a little below what the coder measured after the twenty-first round's merges
        // (mapping F1 0.868, positions 0.968, respondent type 1.000; 0.859, 0.905 and 1.000 when it was written; 0.893,
        // 0.968 and 1.000 after the twenty-fourth round; 0.913, 0.952 and 1.000 after the twenty-fifth; 0.922, 0.952 and
        // 1.000 after the twenty-sixth and the twenty-seventh).
        assertThat(validation.documents()).isGreaterThanOrEqualTo(36);
        assertThat(validation.mappingF1()).isGreaterThanOrEqualTo(0.91);
        assertThat(validation.positionAccuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(validation.respondentAccuracy()).isGreaterThanOrEqualTo(0.97);
        // The sixth development set, apart until it is opened: floors a little below what the coder measured after the
        // twenty-eighth round's merges (mapping F1 0.949, positions 0.947, respondent type 0.958; 0.942, 0.937 and 0.958
        // when it was written, read once before the round's changes were merged).
        assertThat(sixthDevelopment.documents()).isGreaterThanOrEqualTo(48);
        assertThat(sixthDevelopment.mappingF1()).isGreaterThanOrEqualTo(0.93);
        assertThat(sixthDevelopment.positionAccuracy()).isGreaterThanOrEqualTo(0.93);
        assertThat(sixthDevelopment.respondentAccuracy()).isGreaterThanOrEqualTo(0.93);
        // application.yml's review threshold is the development set's pick: a change to the coder that moves it needs
        // coding.review.confidence-below moved too (docs/benchmarks.md, "Coding accuracy").
        assertThat(TestReviewQueue.confidenceBelow()).as("coding.review.confidence-below")
                .isEqualTo(development.ruledThreshold());
    }
}
