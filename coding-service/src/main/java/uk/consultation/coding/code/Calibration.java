package uk.consultation.coding.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Turns the coder's raw scores into confidences that mean what they say: a coding at 0.9 is right about nine times in
 * ten. Each kind of inferred coding has a step function fitted on the labelled development documents (isotonic
 * regression, {@code CalibrationFitTest}) and kept in {@value #RESOURCE}: a raw score takes the calibrated value of the
 * last step it reaches, so a higher score is never less confident. Refit it whenever the coder's scores change.
 */
@Component
public class Calibration {

    /** The fitted steps: a line per step, kind, the lowest raw score of the step, its calibrated confidence. */
    static final String RESOURCE = "calibration.tsv";

    /** What is calibrated: each has its own raw score and its own sense of right. */
    public enum Kind {
        /** An inferred answer to an open question: the passages answer it. */
        ANSWER,
        /** An inferred answer to a closed question: the passages answer it, and take the position coded. */
        POSITION,
        /** An inferred respondent type. */
        RESPONDENT
    }

    /** One step: raw scores from {@code rawFrom} up, to the next step, are right {@code calibrated} of the time. */
    private record Step(double rawFrom, double calibrated) {
    }

    private final Map<Kind, List<Step>> steps;

    /** The calibration the service runs with, read from {@value #RESOURCE}. */
    public Calibration() {
        this(read());
    }

    private Calibration(Map<Kind, List<Step>> steps) {
        this.steps = new EnumMap<>(Kind.class);
        this.steps.putAll(steps);
    }

    /** No calibration: each confidence is the raw score, as the fit needs them. */
    public static Calibration none() {
        return new Calibration(Map.of());
    }

    /** The calibrated confidence of a raw score; a kind without steps keeps its raw score. */
    double of(Kind kind, double raw) {
        List<Step> fitted = steps.getOrDefault(kind, List.of());
        if (fitted.isEmpty()) {
            return raw;
        }
        Step reached = fitted.get(0);
        for (Step step : fitted) {
            if (raw >= step.rawFrom()) {
                reached = step;
            }
        }
        return reached.calibrated();
    }

    private static Map<Kind, List<Step>> read() {
        try (InputStream in = Calibration.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: run CalibrationFitTest to fit it");
            }
            Map<Kind, List<Step>> read = new EnumMap<>(Kind.class);
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                        String[] columns = line.split("\t");
                        read.computeIfAbsent(Kind.valueOf(columns[0].toUpperCase()), kind -> new ArrayList<>())
                                .add(new Step(Double.parseDouble(columns[1]), Double.parseDouble(columns[2])));
                    });
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
