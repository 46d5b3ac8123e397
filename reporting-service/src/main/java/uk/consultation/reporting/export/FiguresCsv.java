package uk.consultation.reporting.export;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The tables as CSV (RFC 4180): the questions' table, a blank line, then the themes' table. A text cell that a
 * spreadsheet would take for a formula is prefixed with an apostrophe.
 */
final class FiguresCsv {

    private FiguresCsv() {
    }

    static String render(FiguresTables tables) {
        return rows(tables.questions()) + "\r\n" + rows(tables.themes());
    }

    private static String rows(List<List<Object>> rows) {
        return rows.stream()
                .map(row -> row.stream().map(FiguresCsv::cell).collect(Collectors.joining(",")) + "\r\n")
                .collect(Collectors.joining());
    }

    private static String cell(Object value) {
        if (!(value instanceof String text)) {
            return String.valueOf(value);
        }
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return safe.matches(".*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
