package uk.consultation.intake.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Awkward documents people really send, made in the test rather than kept as binaries. */
public final class TestDocuments {

    private TestDocuments() {
    }

    /** A one-page PDF with the text on it, as a word processor exports it. */
    public static byte[] pdf(String text) throws IOException {
        try (PDDocument document = onePage(text)) {
            return bytes(document);
        }
    }

    /** A PDF that opens only with a password, as when a sender protects their response and forgets to say. */
    public static byte[] passwordProtectedPdf(String text) throws IOException {
        try (PDDocument document = onePage(text)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return bytes(document);
        }
    }

    private static PDDocument onePage(String text) throws IOException {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 700);
            content.showText(text);
            content.endText();
        }
        return document;
    }

    private static byte[] bytes(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    /** The settings application.yml gives, with Tesseract looked for where the test says. */
    public static OcrSettings ocrSettings(String tesseractPath) {
        return new OcrSettings(tesseractPath, "eng", Duration.ofMinutes(2), 40_000_000, 50);
    }

    /** A PDF as a scanner makes it: each page an image on A4, with no text of its own. */
    public static byte[] scannedPdf(BufferedImage... pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (BufferedImage page : pages) {
                PDPage pdfPage = new PDPage(PDRectangle.A4);
                document.addPage(pdfPage);
                PDImageXObject image = LosslessFactory.createFromImage(document, page);
                float width = PDRectangle.A4.getWidth();
                float height = width * page.getHeight() / page.getWidth();
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    content.drawImage(image, 0, PDRectangle.A4.getHeight() - height, width, height);
                }
            }
            return bytes(document);
        }
    }

    /** A PDF of one blank page of the largest size the PDF standard allows, 200 inches square: 3.6 billion pixels at 300 dpi. */
    public static byte[] hugePagePdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(new PDRectangle(14_400, 14_400)));
            return bytes(document);
        }
    }

    /**
     * A PNG of one colour that declares {@code width × height} pixels: one bit each, all zero, so that it compresses
     * about a thousand times over. Written by hand, as ImageIO would need all the pixels in memory to write it.
     */
    public static byte[] pngBomb(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 1).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", header.array());
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflated = new DeflaterOutputStream(pixels, new Deflater(Deflater.BEST_COMPRESSION))) {
            // each row: filter type 0, then the row's bits
            byte[] row = new byte[1 + (width + 7) / 8];
            for (int y = 0; y < height; y++) {
                deflated.write(row);
            }
        }
        chunk(png, "IDAT", pixels.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.write(ByteBuffer.allocate(4).putInt(data.length).array());
        png.write(typeBytes);
        png.write(data);
        png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A small zip that expands to {@code megabytes} of text. */
    public static byte[] zipBomb(int megabytes) throws IOException {
        byte[] megabyte = new byte[1024 * 1024];
        Arrays.fill(megabyte, (byte) 'a');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("response.txt"));
            for (int i = 0; i < megabytes; i++) {
                zip.write(megabyte);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
