package uk.consultation.reporting.figures;

/** Whole percentages as published: rounded half up, and 0 of nothing is 0. */
public final class Percent {

    private Percent() {
    }

    public static int of(long part, long whole) {
        if (whole == 0) {
            return 0;
        }
        // floor(100 * part / whole + 1/2), in integers so that 58.5 is never 58.4999...
        return (int) ((200 * part + whole) / (2 * whole));
    }
}
