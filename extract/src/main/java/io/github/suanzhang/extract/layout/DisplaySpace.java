package io.github.suanzhang.extract.layout;

import java.awt.geom.Point2D;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Maps PDF user space (after the CTM; origin bottom-left of the media box, y up) to the page as
 * displayed: origin at the crop box's top-left after /Rotate, y down. This is the space PDFBox's
 * {@code TextPosition.getX()/getY()} use, so glyphs and rulings agree.
 */
final class DisplaySpace {
    private final double llx;
    private final double lly;
    private final double w;
    private final double h;
    private final int rotation;

    DisplaySpace(PDPage page) {
        PDRectangle crop = page.getCropBox();
        this.llx = crop.getLowerLeftX();
        this.lly = crop.getLowerLeftY();
        this.w = crop.getWidth();
        this.h = crop.getHeight();
        this.rotation = normalise(page.getRotation());
    }

    static int normalise(int rotate) {
        int r = ((rotate % 360) + 360) % 360;
        return r % 90 == 0 ? r : 0;
    }

    int rotation() {
        return rotation;
    }

    double displayedWidth() {
        return rotation == 90 || rotation == 270 ? h : w;
    }

    double displayedHeight() {
        return rotation == 90 || rotation == 270 ? w : h;
    }

    /** A user-space point on the displayed page. */
    Point2D.Double display(double ux, double uy) {
        double x = ux - llx;
        double y = uy - lly;
        return switch (rotation) {
            case 90 -> new Point2D.Double(y, x);
            case 180 -> new Point2D.Double(w - x, y);
            case 270 -> new Point2D.Double(h - y, w - x);
            default -> new Point2D.Double(x, h - y);
        };
    }
}
