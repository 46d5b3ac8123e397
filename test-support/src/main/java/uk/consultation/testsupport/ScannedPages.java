package uk.consultation.testsupport;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

/** Pages of a typed letter, drawn as a scanner at 300 dpi would see them, for tests of reading scanned letters. */
public final class ScannedPages {

    /** A4 is 2480 pixels wide at 300 dpi; the top of the page is enough for a short letter. */
    private static final int WIDTH = 2480;
    private static final int HEIGHT = 900;

    private ScannedPages() {
    }

    /** The lines in black 12 point serif on white: 50 pixels high at 300 dpi. */
    public static BufferedImage page(String... lines) {
        BufferedImage page = new BufferedImage(WIDTH, Math.max(HEIGHT, 300 + lines.length * 100),
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = page.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, page.getWidth(), page.getHeight());
        graphics.setColor(Color.BLACK);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setFont(new Font(Font.SERIF, Font.PLAIN, 50));
        for (int i = 0; i < lines.length; i++) {
            graphics.drawString(lines[i], 240, 200 + i * 100);
        }
        graphics.dispose();
        return page;
    }

    public static byte[] png(BufferedImage page) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(page, "png", out);
        return out.toByteArray();
    }
}
