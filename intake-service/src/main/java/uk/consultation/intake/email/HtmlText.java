package uk.consultation.intake.email;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Readable text from an HTML email body: paragraphs and line breaks kept, markup, scripts and styles dropped. */
final class HtmlText {

    private HtmlText() {
    }

    static String of(String html) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    // Whitespace between blocks is layout of the source, not a blank line
                    if (!(textNode.isBlank() && atLineStart(text))) {
                        text.append(textNode.text());
                    }
                } else if (node instanceof Element element && element.normalName().equals("br")) {
                    text.append('\n');
                } else if (node instanceof Element element && element.isBlock()) {
                    newLine(text);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    newLine(text);
                }
            }
        }, Jsoup.parse(html).body());
        return tidy(text.toString());
    }

    /** Each line trimmed, and no more than one blank line in a row. */
    private static String tidy(String text) {
        StringBuilder tidy = new StringBuilder(text.length());
        boolean blank = true;
        for (String line : (Iterable<String>) text.lines().map(String::strip)::iterator) {
            if (!line.isEmpty() || !blank) {
                tidy.append(line).append('\n');
            }
            blank = line.isEmpty();
        }
        return tidy.toString().strip();
    }

    private static void newLine(StringBuilder text) {
        if (!atLineStart(text)) {
            text.append('\n');
        }
    }

    private static boolean atLineStart(StringBuilder text) {
        return text.isEmpty() || text.charAt(text.length() - 1) == '\n';
    }
}
