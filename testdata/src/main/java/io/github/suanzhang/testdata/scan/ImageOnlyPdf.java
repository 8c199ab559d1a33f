package io.github.suanzhang.testdata.scan;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Makes a scan of our own from a PDF with a text layer: each chosen page rendered in grey at a resolution,
 * encoded as JPEG, and drawn as the only content of a page of the same size — what a printed-and-scanned
 * disclosure looks like to a reader, with the text layer's reading as the truth to compare OCR against.
 */
public final class ImageOnlyPdf {
    private ImageOnlyPdf() {
    }

    /**
     * @param source  a PDF with a text layer
     * @param pages   1-based pages to keep, in order
     * @param dpi     resolution of the scan
     * @param quality JPEG quality 0–1 (0.75 is a typical scanner's)
     * @param target  where the image-only PDF is written
     */
    public static void write(Path source, List<Integer> pages, float dpi, float quality, Path target) throws IOException {
        try (PDDocument in = Loader.loadPDF(source.toFile()); PDDocument out = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(in);
            for (int p : pages) {
                PDPage original = in.getPage(p - 1);
                BufferedImage image = renderer.renderImageWithDPI(p - 1, dpi, ImageType.GRAY);
                PDRectangle box = original.getCropBox();
                boolean turned = original.getRotation() % 180 != 0;
                float w = turned ? box.getHeight() : box.getWidth();
                float h = turned ? box.getWidth() : box.getHeight();
                PDPage page = new PDPage(new PDRectangle(w, h));
                out.addPage(page);
                PDImageXObject x = JPEGFactory.createFromImage(out, image, quality);
                try (PDPageContentStream cs = new PDPageContentStream(out, page)) {
                    cs.drawImage(x, 0, 0, w, h);
                }
            }
            out.save(target.toFile());
        }
    }
}
