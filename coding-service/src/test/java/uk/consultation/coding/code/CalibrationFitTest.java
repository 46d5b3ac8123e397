package uk.consultation.coding.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

import uk.consultation.coding.TestCoding;
import uk.consultation.coding.TestEvents;
import uk.consultation.coding.understand.LabelledDocuments;
import uk.consultation.schemas.coding.ResponseCoded;
import uk.consultation.schemas.response.ResponseReceived;

/**
 * Fits {@link Calibration} on the labelled development documents, never the held-out ones, and fails when the committed
 * {@value Calibration#RESOURCE} is not what the coder's raw scores fit today: a change to the coder needs a refit, run
 * with {@code -Dcalibration.refit=true}, which writes the file. The fit is fixed and reproducible: per kind, the
 * codings sorted by raw score, ties taken together, then adjacent groups pooled while an earlier one is right more
 * often than the next (isotonic regression by pool adjacent violators), and pooled again while an earlier one's smoothed
 * rate is at least the next's; a group's rate is smoothed as (right + 1) / (codings + 2), so that a handful all right
 * is not taken as certain. A step starts halfway between its group's lowest raw score and the previous group's highest.
 */
class CalibrationFitTest {

    private static final Path COMMITTED = Path.of("src/main/resources", Calibration.RESOURCE);

    private static final String COMMAND = "./mvnw -o -pl coding-service -am test -Dtest=CalibrationFitTest"
            + " -Dcalibration.refit=true -Dsurefire.failIfNoSpecifiedTests=false";

    /** Codings with the same raw score, or pooled groups of them. */
    private static final class Group {
        private double from;
        private double lowest;
        private double highest;
        private int codings;
        private int right;

        /** How often the group is right, as counted. */
        private double observed() {
            return (double) right / codings;
        }

        /** How often, smoothed: what the step says. */
        private double rate() {
            return (right + 1.0) / (codings + 2.0);
        }
    }

    @Test
    void theCommittedCalibrationIsWhatTheDevelopmentDocumentsFit() throws IOException {
        List<CalibratedCodings.Scored> scored = new ArrayList<>();
        for (LabelledDocuments.Labelled document : LabelledDocuments.development()) {
            ResponseReceived response = document.response();
            ResponseCoded raw = TestCoding.UNCALIBRATED_CODER.code(response, TestEvents.BUNDLED, Instant.EPOCH);
            scored.addAll(CalibratedCodings.of(response, raw, TestEvents.BUNDLED, document.expected(),
                    document.respondent()));
        }
        StringBuilder fitted = new StringBuilder("""
                # The coder's raw scores against how often they are right, fitted by CalibrationFitTest on the labelled
                # development documents only (isotonic regression, each step's rate smoothed as (right + 1) / (codings + 2)).
                # Do not edit: after any change to the coder, refit with
                # %s
                # kind\traw from\tcalibrated\tcodings\tright
                """.formatted(COMMAND));
        for (Calibration.Kind kind : Calibration.Kind.values()) {
            for (Group group : fit(scored.stream().filter(one -> one.kind() == kind).toList())) {
                fitted.append(String.format(Locale.ROOT, "%s\t%.4f\t%.3f\t%d\t%d%n", kind.name().toLowerCase(Locale.ROOT),
                        group.from, group.rate(), group.codings, group.right));
            }
        }
        if (Boolean.getBoolean("calibration.refit")) {
            Files.writeString(COMMITTED, fitted, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("%s is stale: the coder's raw scores now fit otherwise; refit with %s", COMMITTED, COMMAND)
                .isEqualTo(fitted.toString());
    }

    private static List<Group> fit(List<CalibratedCodings.Scored> scored) {
        List<Group> ties = new ArrayList<>();
        scored.stream().sorted(Comparator.comparingDouble(CalibratedCodings.Scored::confidence)).forEach(one -> {
            if (ties.isEmpty() || ties.get(ties.size() - 1).highest != one.confidence()) {
                Group tie = new Group();
                tie.lowest = one.confidence();
                tie.highest = one.confidence();
                ties.add(tie);
            }
            Group tie = ties.get(ties.size() - 1);
            tie.codings++;
            tie.right += one.right() ? 1 : 0;
        });
        // Pooled first where the counted rates fall: pooled by the smoothed rates alone, a small group all right (one
        // of one smoothed to 0.67) reads as less sure than a large group before it, and pooling that pair pulls the
        // earlier groups in one after another, a hundred codings right nine times in ten and nineteen in twenty alike.
        // Then by the smoothed rates, so that the steps rise as the calibration reads them.
        List<Group> groups = pooled(pooled(ties, Group::observed, false), Group::rate, true);
        for (int i = 0; i < groups.size(); i++) {
            groups.get(i).from = i == 0 ? 0 : (groups.get(i - 1).highest + groups.get(i).lowest) / 2;
        }
        return groups;
    }

    /** Adjacent groups pooled while an earlier one is right more often, by this rate, than the next (or as often). */
    private static List<Group> pooled(List<Group> in, ToDoubleFunction<Group> rate, boolean orAsOften) {
        List<Group> groups = new ArrayList<>();
        for (Group group : in) {
            groups.add(group);
            while (groups.size() > 1 && falls(rate.applyAsDouble(groups.get(groups.size() - 2)),
                    rate.applyAsDouble(groups.get(groups.size() - 1)), orAsOften)) {
                Group later = groups.remove(groups.size() - 1);
                Group earlier = groups.get(groups.size() - 1);
                earlier.highest = later.highest;
                earlier.codings += later.codings;
                earlier.right += later.right;
            }
        }
        return groups;
    }

    private static boolean falls(double earlier, double later, boolean orAsOften) {
        return orAsOften ? earlier >= later : earlier > later;
    }
}
