package uk.consultation.coding.understand;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

import uk.consultation.coding.TestEvents;
import uk.consultation.schemas.Channel;
import uk.consultation.schemas.Position;
import uk.consultation.schemas.RespondentType;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * The labelled free-form responses in src/test/resources/understanding and their analyst's labels (labels.tsv, as
 * LABELLING.md there says), split once by a fixed rule into a development set and a held-out set.
 */
public final class LabelledDocuments {

    private static final String DIRECTORY = "/understanding/";
    /** Documents 01 to 42: the coding rules were tuned on them, so they are development whatever their hash. */
    static final int TUNED_ON = 42;
    /** A later document is held out when the first byte of SHA-256 of its name is below this: about three in four. */
    private static final int HELD_OUT_BELOW = 192;
    /** Documents 200 to 299: the second held-out set, all held out, read only as a summary (LABELLING.md). */
    private static final int SECOND_HELD_OUT_FROM = 200;
    /** Documents 300 to 399: the validation set, never fitted on; a change may be kept or dropped by its summary. */
    private static final int VALIDATION_FROM = 300;
    /** Documents 400 to 499: the second development set, all development whatever their hash. */
    private static final int SECOND_DEVELOPMENT_FROM = 400;
    /** Documents 500 to 599: the third development set, all development whatever their hash. */
    private static final int THIRD_DEVELOPMENT_FROM = 500;
    /** Documents 600 to 699: the fourth development set, all development whatever their hash. */
    private static final int FOURTH_DEVELOPMENT_FROM = 600;
    /** Documents 700 to 799: the fifth development set, all development whatever their hash. */
    private static final int FIFTH_DEVELOPMENT_FROM = 700;
    /** Documents 800 on: the sixth development set, not tuned on until its summary has been read. */
    private static final int SIXTH_DEVELOPMENT_FROM = 800;

    private LabelledDocuments() {
    }

    /**
     * One labelled document.
     *
     * @param expected the questions it answers, each with its position where it takes one
     */
    public record Labelled(String document, Channel channel, RespondentType respondent,
            Map<String, Optional<Position>> expected) {

        int number() {
            return Integer.parseInt(document.substring(0, document.indexOf('-')));
        }

        /** The split rule of LABELLING.md: decided by the name alone, once, never by hand. */
        public boolean heldOut() {
            return secondHeldOut() || validation() || number() > TUNED_ON && number() < SECOND_HELD_OUT_FROM
                    && Byte.toUnsignedInt(sha256(document)[0]) < HELD_OUT_BELOW;
        }

        /** Written after the first held-out set had been read too often to be unseen; never tuned on or decided by. */
        boolean secondHeldOut() {
            return number() >= SECOND_HELD_OUT_FROM && number() < VALIDATION_FROM;
        }

        /**
         * Written for the twenty-first round by someone who had not seen the coder: never tuned or fitted on, but the
         * one set a change may be kept or dropped by, so that the second held-out set stays unread.
         */
        boolean validation() {
            return number() >= VALIDATION_FROM && number() < SECOND_DEVELOPMENT_FROM;
        }

        /** Written for the twenty-first round by someone who had not seen the coder, to be tuned on. */
        boolean secondDevelopment() {
            return number() >= SECOND_DEVELOPMENT_FROM && number() < THIRD_DEVELOPMENT_FROM;
        }

        /**
         * Written for the twenty-fifth round by two writers who had not seen the coder, its fixtures or the other
         * documents, and labelled before the coder ran on them; its summary was read once before anything was tuned
         * on it (docs/benchmarks.md), and it may be tuned on since.
         */
        boolean thirdDevelopment() {
            return number() >= THIRD_DEVELOPMENT_FROM && number() < FOURTH_DEVELOPMENT_FROM;
        }

        /**
         * Written for the twenty-sixth round by two writers who had not seen the coder, its fixtures or the other
         * documents, and labelled before the coder ran on them; its summary was read before and after that round's
         * changes (docs/benchmarks.md), and it has been tuned on since the twenty-seventh.
         */
        boolean fourthDevelopment() {
            return number() >= FOURTH_DEVELOPMENT_FROM && number() < FIFTH_DEVELOPMENT_FROM;
        }

        /**
         * Written for the twenty-seventh round by two writers who had not seen the coder, its fixtures or the other
         * documents, and labelled before the coder ran on them; its summary was read before and after that round's
         * changes (docs/benchmarks.md), and it has been tuned on since the twenty-eighth.
         */
        boolean fifthDevelopment() {
            return number() >= FIFTH_DEVELOPMENT_FROM && number() < SIXTH_DEVELOPMENT_FROM;
        }

        /**
         * Written for the twenty-eighth round by two writers who had not seen the coder, its fixtures or the other
         * documents, and labelled before the coder ran on them. Until it is opened for tuning it stands apart: not in
         * the development figures, not fitted on, its summary alone printed, read as text the coder has not seen.
         */
        boolean sixthDevelopment() {
            return number() >= SIXTH_DEVELOPMENT_FROM;
        }

        /** The response as intake gives it to coding: an attachment as the text Tika extracted from the PDF. */
        public ResponseReceived response() {
            String text = resource(document + ".txt").orElseThrow();
            List<ResponseReceived.Attachment> attachments = resource(document + ".pdf.txt")
                    .map(pdf -> List.of(ResponseReceived.Attachment.read("response.pdf", "application/pdf", pdf)))
                    .orElse(List.of());
            return new ResponseReceived(document, TestEvents.BUNDLED.id(), "ABCD-EFGH", channel,
                    Instant.parse("2018-06-01T10:00:00Z"), false, new ResponseReceived.Respondent(null, null),
                    Map.of(), text, attachments, new ResponseReceived.Source(null, null, null, null, null));
        }
    }

    /** Every labelled document, development and held-out, in labels.tsv's order. */
    public static List<Labelled> all() {
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

    /** The development documents alone: the only ones anything may be tuned or fitted on. */
    public static List<Labelled> development() {
        return all().stream().filter(document -> !document.heldOut() && !document.sixthDevelopment()).toList();
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = LabelledDocuments.class.getResourceAsStream(DIRECTORY + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] sha256(String name) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
