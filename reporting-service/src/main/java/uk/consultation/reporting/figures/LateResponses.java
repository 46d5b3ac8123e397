package uk.consultation.reporting.figures;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether figures count the responses received after the consultation closed. Late responses are taken and always
 * reported as a count of their own; whether they are in the published figures is the report author's call.
 */
public enum LateResponses {
    INCLUDE, EXCLUDE;

    String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<LateResponses> fromParameter(String value) {
        return Arrays.stream(values()).filter(choice -> choice.parameterValue().equals(value)).findFirst();
    }

    /** The totals to publish: as counted, or less every late response's share. */
    Totals apply(Totals totals) {
        return this == INCLUDE ? totals : totals.without(CounterPaths.LATE_PREFIX);
    }
}
