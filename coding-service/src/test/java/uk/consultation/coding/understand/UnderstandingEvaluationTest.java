package uk.consultation.coding.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.consultation.coding.TestCoding;
import uk.consultation.coding.TestEvents;
import uk.consultation.coding.review.TestReviewQueue;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * Codes the labelled free-form responses in src/test/resources/understanding (letters, emails and emails whose
 * response is in a PDF attachment; with and without headings; hedged, negative, sarcastic, conditional and off-topic;
 * individuals and many kinds of organisation) as the service does, question mapping, positions and respondent type
 * and then themes, and compares with the analyst's labels in labels.tsv (labelled as LABELLING.md says). It prints the
 * figures of the development set, which the coding rules may be tuned on, and of the held-out set, which they must
 * never be: the held-out figures are the ones that say how coding does on text it has not seen. An attachment is given
 * to coding as intake gives it, as the text Tika extracted from the PDF.
 */
class UnderstandingEvaluationTest {

    private static final String DIRECTORY = "/understanding/";
    /** Documents 01 to 42: the coding rules were tuned on them, so they are development whatever their hash. */
    private static final int TUNED_ON = 42;
    /** A later document is held out when the first byte of SHA-256 of its name is below this: about three in four. */
    private static final int HELD_OUT_BELOW = 192;
    /** {@code -Dunderstanding.printHeldOut=true} prints each held-out document's errors too; off by default. */
    private static final boolean PRINT_HELD_OUT = Boolean.getBoolean("understanding.printHeldOut");

    private record Labelled(String document, Channel channel, RespondentType respondent,
            Map<String, Optional<Position>> expected) {

        int number() {
            return Integer.parseInt(document.substring(0, document.indexOf('-')));
        }

        /** The split rule of LABELLING.md: decided by the name alone, once, never by hand. */
        boolean heldOut() {
            return number() > TUNED_ON && Byte.toUnsignedInt(sha256(document)[0]) < HELD_OUT_BELOW;
        }
    }

    @Test
    void mapsQuestionsReadsPositionsAndRespondentTypesAsAnAnalystWould() throws IOException {
        EvaluationFigures development = new EvaluationFigures("development set (the rules may be tuned on these)");
        EvaluationFigures tunedOn = new EvaluationFigures("of which documents 01 to 42 (the rules were tuned on them)");
        EvaluationFigures heldOut = new EvaluationFigures("held-out set (never tune on these)");
        for (Labelled document : labels()) {
            ResponseCoded understood = TestCoding.CODER.code(response(document), TestEvents.BUNDLED, Instant.EPOCH);
            ResponseCoded coded = TestCoding.THEMES.code(understood, TestEvents.BUNDLED).coded();
            boolean queued = TestReviewQueue.queues(coded);
            boolean queuedBeforeThemes = TestReviewQueue.queues(understood);
            List<String> notes = (document.heldOut() ? heldOut : development).add(document.expected(),
                    document.respondent(), coded, queued, queuedBeforeThemes);
            if (document.number() <= TUNED_ON) {
                tunedOn.add(document.expected(), document.respondent(), coded, queued, queuedBeforeThemes);
            }
            // A held-out document's errors are printed only on request, so that nobody tunes on them by reading them.
            if (!document.heldOut() || PRINT_HELD_OUT) {
                System.out.printf("%-9s %-42s %s%s%n", document.heldOut() ? "held-out" : "develop",
                        document.document(), notes.isEmpty() ? "as labelled" : String.join(", ", notes),
                        queued ? "  [review]" : "");
            }
        }
        development.print(TestReviewQueue.confidenceBelow());
        tunedOn.print(TestReviewQueue.confidenceBelow());
        heldOut.print(TestReviewQueue.confidenceBelow());

        assertThat(development.documents()).isGreaterThanOrEqualTo(70);
        assertThat(heldOut.documents()).isGreaterThanOrEqualTo(70);
        // The floor the coder was held to on the documents it was tuned on, as before the held-out set existed.
        assertThat(tunedOn.mappingF1()).isGreaterThanOrEqualTo(0.85);
        assertThat(tunedOn.positionAccuracy()).isGreaterThanOrEqualTo(0.85);
        // Floors against regression a little below what the coder measured when these sets were written (development
        // F1 0.818, positions 0.887, respondent type 0.622; held-out 0.780, 0.725, 0.747), not the targets (held-out
        // mapping and positions 0.92, respondent type 0.95, 80% of errors in a queue under 30% of documents): an
        // improvement shows in the printed figures, a regression fails the build. Raised when mapping read bare numbers,
        // single sentences and examples, and positions were read clause by clause.
        assertThat(development.mappingF1()).isGreaterThanOrEqualTo(0.84);
        assertThat(development.positionAccuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(heldOut.mappingF1()).isGreaterThanOrEqualTo(0.79);
        assertThat(heldOut.positionAccuracy()).isGreaterThanOrEqualTo(0.84);
        // Respondent type: floors against regression just below what the coder measured once it read letterheads,
        // signatures and the other signs of a body (development 1.000, held-out 0.976); a floor, not the target.
        assertThat(development.respondentAccuracy()).isGreaterThanOrEqualTo(0.97);
        assertThat(heldOut.respondentAccuracy()).isGreaterThanOrEqualTo(0.96);
    }

    private static List<Labelled> labels() throws IOException {
        List<Labelled> labelled = new ArrayList<>();
        for (String line : resource("labels.tsv").orElseThrow().lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            Map<String, Optional<Position>> expected = new LinkedHashMap<>();
            Arrays.stream(columns[3].split(" ")).filter(label -> !label.isEmpty()).forEach(label -> {
                String[] parts = label.split("=");
                expected.put(parts[0], parts.length == 1 ? Optional.empty()
                        : Optional.of(Position.fromWireName(parts[1]).orElseThrow()));
            });
            labelled.add(new Labelled(columns[0], Channel.valueOf(columns[1].toUpperCase()),
                    RespondentType.fromWireName(columns[2]).orElseThrow(), expected));
        }
        return labelled;
    }

    private static ResponseReceived response(Labelled document) throws IOException {
        String text = resource(document.document() + ".txt").orElseThrow();
        List<ResponseReceived.Attachment> attachments = resource(document.document() + ".pdf.txt")
                .map(pdf -> List.of(ResponseReceived.Attachment.read("response.pdf", "application/pdf", pdf)))
                .orElse(List.of());
        return new ResponseReceived(document.document(), TestEvents.BUNDLED.id(), "ABCD-EFGH", document.channel(),
                Instant.parse("2018-06-01T10:00:00Z"), false, new ResponseReceived.Respondent(null, null), Map.of(),
                text, attachments, new ResponseReceived.Source(null, null, null, null, null));
    }

    private static Optional<String> resource(String name) throws IOException {
        try (InputStream in = UnderstandingEvaluationTest.class.getResourceAsStream(DIRECTORY + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static byte[] sha256(String name) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
