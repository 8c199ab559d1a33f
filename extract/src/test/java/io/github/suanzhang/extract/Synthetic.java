package io.github.suanzhang.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws small synthetic PDFs for tests in a top-left-origin, y-down coordinate system (like
 * {@code PageScan}), so expectations read the same as the drawing code.
 */
public final class Synthetic implements AutoCloseable {
    public static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private final PDDocument doc = new PDDocument();
    private PDPageContentStream cs;
    private double height;

    /** Starts a page of the given displayed size; rotate90 puts /Rotate 90 on a portrait media box and draws
     *  through a matrix so that the content displays upright in a width × height landscape page. */
    public Synthetic page(double width, double height, boolean rotate90) throws IOException {
        closeStream();
        PDPage page;
        if (rotate90) {
            page = new PDPage(new PDRectangle((float) height, (float) width));
            page.setRotation(90);
        } else {
            page = new PDPage(new PDRectangle((float) width, (float) height));
        }
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        this.height = height;
        if (rotate90) {
            // user (x, y) -> (H - y, x); displayed with /Rotate 90 as (x, H - y): upright, top-left origin below
            cs.transform(new Matrix(0, 1, -1, 0, (float) height, 0));
        }
        return this;
    }

    public Synthetic page(double width, double height) throws IOException {
        return page(width, height, false);
    }

    /** Text with its baseline at top-left-origin (x, baseline). */
    public Synthetic text(String s, double x, double baseline, double size) throws IOException {
        cs.beginText();
        cs.setFont(HELVETICA, (float) size);
        cs.newLineAtOffset((float) x, (float) (height - baseline));
        cs.showText(s);
        cs.endText();
        return this;
    }

    /** A stroked line between two top-left-origin points. */
    public Synthetic line(double x0, double y0, double x1, double y1) throws IOException {
        cs.setLineWidth(0.5f);
        cs.moveTo((float) x0, (float) (height - y0));
        cs.lineTo((float) x1, (float) (height - y1));
        cs.stroke();
        return this;
    }

    /** A filled rectangle, top-left origin. */
    public Synthetic fill(double x, double y, double w, double h) throws IOException {
        cs.addRect((float) x, (float) (height - y - h), (float) w, (float) h);
        cs.fill();
        return this;
    }

    /** A horizontal border drawn as a 0.6 pt filled rectangle centred on y. */
    public Synthetic thinH(double y, double x0, double x1) throws IOException {
        return fill(x0, y - 0.3, x1 - x0, 0.6);
    }

    /** A vertical border drawn as a 0.6 pt filled rectangle centred on x. */
    public Synthetic thinV(double x, double y0, double y1) throws IOException {
        return fill(x - 0.3, y0, 0.6, y1 - y0);
    }

    /** A grey image drawn over the box (top-left origin). */
    public Synthetic image(double x, double y, double w, double h) throws IOException {
        BufferedImage bi = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        PDImageXObject img = LosslessFactory.createFromImage(doc, bi);
        cs.drawImage(img, (float) x, (float) (height - y - h), (float) w, (float) h);
        return this;
    }

    public PDDocument document() throws IOException {
        closeStream();
        return doc;
    }

    public Path save(Path file) throws IOException {
        closeStream();
        doc.save(file.toFile());
        return file;
    }

    private void closeStream() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeStream();
        doc.close();
    }
}
