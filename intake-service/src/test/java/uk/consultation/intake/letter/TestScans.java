package uk.consultation.intake.letter;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** A typed letter, and the PDF a scanner makes of a page of it (test-support's ScannedPages draws the page). */
final class TestScans {

    static final String[] LETTER = {
            "Dear Secretary of State,",
            "Question 1: Yes, I agree with the strategy.",
            "Integrated communities need more English classes",
            "and shared activities for young people.",
            "Yours faithfully, A. Writer"};

    private TestScans() {
    }

    /** A PDF as a scanner makes it: the page is an image, with no text of its own. */
    static byte[] scannedPdf(BufferedImage page) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage pdfPage = new PDPage(PDRectangle.A4);
            document.addPage(pdfPage);
            PDImageXObject image = LosslessFactory.createFromImage(document, page);
            float width = PDRectangle.A4.getWidth();
            float height = width * page.getHeight() / page.getWidth();
            try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                content.drawImage(image, 0, PDRectangle.A4.getHeight() - height, width, height);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
