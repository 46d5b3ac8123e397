package uk.consultation.reporting.summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** The drafted summary as a Word document (.docx), for report authors to edit into the published response. */
final class SummaryDocument {

    private SummaryDocument() {
    }

    static byte[] render(DraftedSummary summary) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            heading(document, summary.title(), 20);
            paragraph(document, "Summary of consultation responses (draft)", false);
            for (DraftedSummary.Section section : summary.sections()) {
                if (section.chapter() != null) {
                    heading(document, section.chapter(), 16);
                }
                heading(document, section.heading(), 13);
                if (section.question() != null) {
                    paragraph(document, section.question(), true);
                }
                section.paragraphs().forEach(text -> paragraph(document, text, false));
                if (!section.points().isEmpty()) {
                    paragraph(document, SummaryWording.POINTS_RAISED, false);
                    section.points().forEach(point -> {
                        XWPFParagraph bullet = document.createParagraph();
                        bullet.setIndentationLeft(360);
                        bullet.createRun().setText("• " + point.text());
                        if (point.quote() != null) {
                            XWPFRun quote = bullet.createRun();
                            quote.addBreak();
                            quote.setItalic(true);
                            quote.setText("“" + point.quote() + "”");
                        }
                    });
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void heading(XWPFDocument document, String text, int size) {
        XWPFRun run = document.createParagraph().createRun();
        run.setBold(true);
        run.setFontSize(size);
        run.setText(text);
    }

    private static void paragraph(XWPFDocument document, String text, boolean italic) {
        XWPFRun run = document.createParagraph().createRun();
        run.setItalic(italic);
        run.setText(text);
    }
}
