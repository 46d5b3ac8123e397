package uk.consultation.coding.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import uk.consultation.coding.TestCoding;
import uk.consultation.coding.TestEvents;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * Codes the labelled set of free-form responses in src/test/resources/understanding (essays with headings, letters
 * without, emails whose response is in a PDF attachment, hedged, negative and mixed positions, individuals and several
 * kinds of organisation) and compares with the analyst's labels in labels.tsv: precision, recall and F1 of the
 * questions mapped, and position accuracy on the questions mapped correctly. An attachment is given to coding as
 * intake gives it, as the text Tika extracted from the PDF.
 */
class UnderstandingEvaluationTest {

    private static final String DIRECTORY = "/understanding/";

    private record Labelled(String document, Channel channel, Map<String, Optional<Position>> expected) {
    }

    @Test
    void mapsQuestionsAndReadsPositionsAsAnAnalystWould() throws IOException {
        List<Labelled> documents = labels();
        int mappedRight = 0;
        int mapped = 0;
        int expected = 0;
        int positions = 0;
        int positionsRight = 0;
        for (Labelled document : documents) {
            ResponseCoded coded = TestCoding.CODER.code(response(document), TestEvents.BUNDLED, Instant.EPOCH);
            // Read from the text: inferred, or parsed where a document answers a question on the template's pattern.
            Map<String, ResponseCoded.CodedAnswer> inferred = new TreeMap<>(coded.answers());
            List<String> notes = new ArrayList<>();
            for (Map.Entry<String, ResponseCoded.CodedAnswer> answer : inferred.entrySet()) {
                Optional<Position> wanted = document.expected().get(answer.getKey());
                if (wanted == null) {
                    notes.add("+" + answer.getKey());
                    continue;
                }
                mappedRight++;
                if (wanted.isPresent()) {
                    positions++;
                    if (wanted.get() == answer.getValue().position()) {
                        positionsRight++;
                    } else {
                        notes.add(answer.getKey() + " " + name(answer.getValue().position()) + " not " + name(wanted.get()));
                    }
                }
            }
            document.expected().keySet().stream().filter(question -> !inferred.containsKey(question))
                    .forEach(question -> notes.add("-" + question));
            mapped += inferred.size();
            expected += document.expected().size();
            System.out.printf("%-30s %s%n", document.document(), notes.isEmpty() ? "as labelled" : String.join(", ", notes));
        }
        double precision = (double) mappedRight / mapped;
        double recall = (double) mappedRight / expected;
        double f1 = 2 * precision * recall / (precision + recall);
        double accuracy = (double) positionsRight / positions;
        System.out.printf("%d documents: question mapping precision %.3f, recall %.3f, F1 %.3f (%d mapped, %d labelled);"
                + " position accuracy %.3f on %d correctly mapped closed questions%n", documents.size(), precision,
                recall, f1, mapped, expected, accuracy, positions);

        assertThat(documents).hasSizeGreaterThanOrEqualTo(40);
        assertThat(f1).isGreaterThanOrEqualTo(0.85);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.85);
    }

    private static String name(Position position) {
        return position == null ? "none" : position.wireName();
    }

    private static List<Labelled> labels() throws IOException {
        List<Labelled> labelled = new ArrayList<>();
        for (String line : resource("labels.tsv").orElseThrow().lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            Map<String, Optional<Position>> expected = new LinkedHashMap<>();
            Arrays.stream(columns[3].split(" ")).forEach(label -> {
                String[] parts = label.split("=");
                expected.put(parts[0], parts.length == 1 ? Optional.empty()
                        : Optional.of(Position.fromWireName(parts[1]).orElseThrow()));
            });
            labelled.add(new Labelled(columns[0], Channel.valueOf(columns[1].toUpperCase()), expected));
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
}
