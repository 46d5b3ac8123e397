package uk.consultation.coding.language;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Splits text into sentences, the unit that question mapping and themes score and quote as evidence. */
public final class Sentences {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Sentences() {
    }

    /**
     * The sentences of a text, trimmed, in order. A line break ends a sentence too: headings, list items and signature
     * lines seldom end with a full stop.
     */
    public static List<String> of(String text) {
        List<String> sentences = new ArrayList<>();
        for (String line : text.split("\\R")) {
            BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.UK);
            breaks.setText(line);
            int start = breaks.first();
            for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                String sentence = line.substring(start, end).strip();
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                }
            }
        }
        return sentences;
    }

    /**
     * The lines as one, each stripped and blank ones left out, runs of spaces made one (patterns match single spaces),
     * each word a PDF's text broke across two with a hyphen made whole again ("lan-" at a line's end and "guage" at the
     * next one's start, "language"; "Anglo-" and "Saxon", "Anglo-Saxon").
     */
    public static String joined(List<String> lines) {
        StringBuilder joined = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            int end = joined.length();
            boolean broken = end > 1 && joined.charAt(end - 1) == '-' && Character.isLetter(joined.charAt(end - 2))
                    && Character.isLetter(line.charAt(0));
            if (broken && Character.isLowerCase(joined.charAt(end - 2)) && Character.isLowerCase(line.charAt(0))) {
                joined.setLength(end - 1);
            } else if (!joined.isEmpty() && !broken) {
                joined.append(' ');
            }
            joined.append(line);
        }
        return WHITESPACE.matcher(joined).replaceAll(" ");
    }
}
