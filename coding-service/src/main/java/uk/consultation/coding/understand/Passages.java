package uk.consultation.coding.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.consultation.coding.language.Sentences;

/**
 * Splits a document into passages. Blank lines separate paragraphs; a short line without a full stop, standing alone
 * or followed by a capitalised line, is a heading (or a greeting, a sign-off, a name, which head nothing); a numbered
 * or bulleted line, or one answering a question by its number ("4 no, waste of money"), starts a point of its own.
 * Lines within a paragraph are joined, since text taken out of a PDF breaks lines in the middle of sentences.
 */
final class Passages {

    private static final int HEADING_MAX_WORDS = 10;

    private static final Pattern POINT = Pattern.compile("^\\s*(?:\\d{1,2}[.)]|\\(?[ivxIVX]{1,4}\\)|[•·*\\-–])\\s+");

    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.?!:\"”’)]\\s*$");

    private static final Pattern LEAD_IN = Pattern.compile("(\\p{Lu}[^.:;?!]{0,40}):\\s+");

    private static final Pattern NUMBERING = Pattern.compile("^\\s*\\d{1,2}[.)]\\s+");

    private Passages() {
    }

    static List<Passage> of(String text, boolean onTemplate) {
        List<Passage> passages = new ArrayList<>();
        for (String block : text.replace("\r\n", "\n").replace('\r', '\n').split("\\n\\s*\\n")) {
            List<String> lines = block.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            List<String> paragraph = new ArrayList<>();
            boolean afterHeading = true;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                // A heading may also end a block, where a PDF's page break took away the blank line before it.
                boolean heading = isHeading(line) && (afterHeading || ENDS_SENTENCE.matcher(lines.get(i - 1)).find())
                        && (i + 1 == lines.size() || startsCapitalised(lines.get(i + 1)));
                if (heading || POINT.matcher(line).find() || ExplicitReferences.answersByNumber(line)) {
                    add(paragraph, onTemplate, passages);
                    paragraph.clear();
                }
                if (heading) {
                    String words = NUMBERING.matcher(line).replaceFirst("");
                    passages.add(new Passage(words, List.of(words), true, onTemplate));
                } else {
                    paragraph.add(line);
                }
                afterHeading = heading;
            }
            add(paragraph, onTemplate, passages);
        }
        return passages;
    }

    private static void add(List<String> lines, boolean onTemplate, List<Passage> passages) {
        if (lines.isEmpty()) {
            return;
        }
        String joined = Sentences.joined(lines);
        // "On English: my husband…" opens with what it is about, as a heading would.
        Matcher leadIn = LEAD_IN.matcher(joined);
        if (leadIn.lookingAt()) {
            passages.add(new Passage(leadIn.group(1), List.of(leadIn.group(1)), true, onTemplate));
            joined = joined.substring(leadIn.end());
        }
        List<String> sentences = Sentences.of(joined);
        if (!sentences.isEmpty()) {
            passages.add(new Passage(joined, sentences, false, onTemplate));
        }
    }

    private static boolean isHeading(String line) {
        String words = NUMBERING.matcher(line).replaceFirst("");
        // "4. No" answers a question by its number rather than heading anything.
        return !ExplicitReferences.answersByNumber(line) && words.split("\\s+").length <= HEADING_MAX_WORDS
                && !words.matches(".*[.;!?]$")
                && startsCapitalised(words);
    }

    private static boolean startsCapitalised(String line) {
        String stripped = line.replaceFirst("^[\\s\"'‘“(•·*\\-–\\d.)]+", "");
        return !stripped.isEmpty() && Character.isUpperCase(stripped.charAt(0));
    }
}
