package uk.consultation.reporting.summary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The drafted summary as Markdown, laid out as the published response is: a heading per question, then its figures. */
final class SummaryMarkdown {

    /** Characters that would otherwise start emphasis, links, headings, code or HTML in a respondent's words. */
    private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_\\[\\]#<>|]");

    private SummaryMarkdown() {
    }

    static String render(DraftedSummary summary) {
        StringBuilder markdown = new StringBuilder("# ").append(escape(summary.title())).append("\n\n")
                .append("Summary of consultation responses (draft)\n");
        for (DraftedSummary.Section section : summary.sections()) {
            if (section.chapter() != null) {
                markdown.append("\n## ").append(escape(section.chapter())).append('\n');
            }
            markdown.append("\n### ").append(escape(section.heading())).append("\n\n");
            if (section.question() != null) {
                markdown.append('*').append(escape(section.question())).append("*\n\n");
            }
            section.paragraphs().forEach(paragraph -> markdown.append(escape(paragraph)).append("\n\n"));
            if (!section.points().isEmpty()) {
                markdown.append(SummaryWording.POINTS_RAISED).append("\n\n");
                section.points().forEach(point -> {
                    markdown.append("- ").append(escape(point.text())).append('\n');
                    if (point.quote() != null) {
                        markdown.append("  > “").append(escape(point.quote())).append("”\n");
                    }
                });
                markdown.append('\n');
            }
        }
        return markdown.toString();
    }

    static String escape(String text) {
        return SPECIAL.matcher(text.replaceAll("\\s+", " ").strip())
                .replaceAll(match -> Matcher.quoteReplacement("\\" + match.group()));
    }
}
