package uk.consultation.coding.language;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into sentences, the unit that question mapping and themes score and quote as evidence. */
public final class Sentences {

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
}
