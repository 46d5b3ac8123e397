package uk.consultation.coding.understand;

import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The header line a committed head carries naming exactly what it was fitted on: the SHA-256 of its training
 * examples, one line each, in order. A fresh fit can only be compared with the committed one loosely, because the
 * sentence model's arithmetic differs in the last places from one processor to another; the digest still catches any
 * change to what the head learns from.
 */
final class TrainingDigest {

    /**
     * How far a fresh fit may stray from the committed one, in a weight or in a probability it gives: another
     * processor's rounding, with room.
     */
    static final double TOLERANCE = 0.05;

    private TrainingDigest() {
    }

    static String line(List<String> examples) {
        String lines = examples.stream().map(example -> example + "\n").collect(Collectors.joining());
        return "# training examples: " + examples.size() + ", SHA-256 "
                + HexFormat.of().formatHex(LabelledDocuments.sha256(lines));
    }
}
