package uk.consultation.intake.letter;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Scans of a typed letter, drawn as a scanner at 300 dpi would see them. */
final class TestScans {

    static final String[] LETTER = {
            "Dear Secretary of State,",
            "Question 1: Yes, I agree with the strategy.",
            "Integrated communities need more English classes",
            "and shared activities for young people.",
            "Yours faithfully, A. Writer"};

    /** A4 is 2480 pixels wide at 300 dpi; the top of the page is enough for a short letter. */
    private static final int WIDTH = 2480;
    private static final int HEIGHT = 900;

    private TestScans() {
    }

    /** The letter in black 12 point serif on white: 50 pixels high at 300 dpi. */
    static BufferedImage page(String... lines) {
        BufferedImage page = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = page.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, WIDTH, HEIGHT);
        graphics.setColor(Color.BLACK);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setFont(new Font(Font.SERIF, Font.PLAIN, 50));
        for (int i = 0; i < lines.length; i++) {
            graphics.drawString(lines[i], 240, 200 + i * 100);
        }
        graphics.dispose();
        return page;
    }

    static byte[] png(BufferedImage page) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(page, "png", out);
        return out.toByteArray();
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
