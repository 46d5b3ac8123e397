package uk.consultation.intake.document;

import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaPagedText;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.renderer.PageBasedRenderResults;
import org.apache.tika.renderer.PageRangeRequest;
import org.apache.tika.renderer.RenderRequest;
import org.apache.tika.renderer.RenderResult;
import org.apache.tika.renderer.RenderResults;
import org.apache.tika.renderer.pdf.pdfbox.PDFBoxRenderer;

/**
 * Renders the pages of one document that OCR reads, in process with PDFBox, within bounds: at most
 * {@link OcrSettings#maxPages()} pages, each at most {@link OcrSettings#maxPixels()} at the OCR resolution. Any other
 * page is not rendered: OCR is handed an empty image, which it skips as below its minimum size, so that page gives only
 * the text it has of its own. Tika asks for one page at a time, as it comes to each page that needs OCR.
 */
final class BoundedPageRenderer extends PDFBoxRenderer {

    private final OcrSettings settings;
    private int rendered;
    private int skipped;

    BoundedPageRenderer(OcrSettings settings) {
        this.settings = settings;
    }

    /** The pages that needed OCR but were not rendered for it. */
    int skipped() {
        return skipped;
    }

    @Override
    public RenderResults render(InputStream stream, Metadata metadata, ParseContext context,
            RenderRequest... requests) throws IOException, TikaException {
        if (requests.length != 1 || !(requests[0] instanceof PageRangeRequest page)
                || page.getFrom() != page.getTo()) {
            throw new TikaException("Pages are rendered for OCR one at a time");
        }
        PDDocument pdf = (PDDocument) TikaInputStream.cast(stream).getOpenContainer();
        if (rendered == settings.maxPages() || pixels(pdf, page.getFrom(), getDPI(context)) > settings.maxPixels()) {
            skipped++;
            return notRendered(page.getFrom());
        }
        rendered++;
        return super.render(stream, metadata, context, requests);
    }

    /**
     * An image drawn into a page is decoded at no more than the page's resolution: a huge one in a small page would
     * otherwise be decoded whole, in memory.
     */
    @Override
    protected RenderResult renderPage(PDFRenderer renderer, int id, int pageNumber, Metadata metadata,
            ParseContext context) throws IOException {
        renderer.setSubsamplingAllowed(true);
        return super.renderPage(renderer, id, pageNumber, metadata, context);
    }

    /** The page's pixels as PDFBox renders it: its crop box at the resolution. */
    private static long pixels(PDDocument pdf, int pageNumber, int dpi) {
        PDRectangle box = pdf.getPage(pageNumber - 1).getCropBox();
        float scale = dpi / 72f;
        return (long) Math.ceil(box.getWidth() * scale) * (long) Math.ceil(box.getHeight() * scale);
    }

    private static RenderResults notRendered(int pageNumber) {
        Metadata page = new Metadata();
        page.set(TikaPagedText.PAGE_NUMBER, pageNumber);
        PageBasedRenderResults results = new PageBasedRenderResults(new TemporaryResources());
        results.add(new RenderResult(RenderResult.STATUS.SUCCESS, pageNumber, new byte[0], page));
        return results;
    }
}
