package uk.consultation.intake.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.jspecify.annotations.Nullable;

/**
 * Measures an image from its header, before anything decodes it: a few hundred KB of PNG can declare 50,000 × 50,000
 * pixels of one colour, which Tesseract would decode whole. An image no ImageIO reader knows is left to Tesseract,
 * which runs as a process of its own, bounded by the OCR timeout.
 */
final class ImageSize {

    private ImageSize() {
    }

    /** @throws UnreadableDocumentException when the image has more pixels, or more pages, than the settings allow */
    static void check(byte[] content, String mediaType, OcrSettings settings) {
        String problem;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            problem = problem(in, settings);
        } catch (IOException | RuntimeException e) {
            throw UnreadableDocumentException.damaged(mediaType, e);
        }
        if (problem != null) {
            throw new UnreadableDocumentException("The image (" + mediaType + ") " + problem + ": it is not read");
        }
    }

    /** What is wrong with the image's size, or null when nothing is. */
    private static @Nullable String problem(ImageInputStream in, OcrSettings settings) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            return null;
        }
        ImageReader reader = readers.next();
        try {
            reader.setInput(in, false, true);
            int images = reader.getNumImages(true);
            if (images > settings.maxPages()) {
                return "has more than " + settings.maxPages() + " pages";
            }
            for (int i = 0; i < images; i++) {
                long width = reader.getWidth(i);
                long height = reader.getHeight(i);
                if (width * height > settings.maxPixels()) {
                    return "is " + width + " × " + height + " pixels, more than the " + settings.maxPixels() / 1_000_000
                            + " million read";
                }
            }
            return null;
        } finally {
            reader.dispose();
        }
    }
}
