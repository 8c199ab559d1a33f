package io.github.suanzhang.core.doc;

/**
 * A rectangle on a page in PDF points (1/72 inch), origin at the top-left corner of the page as
 * displayed (after /Rotate), x to the right, y downward: {@code [x0, y0, x1, y1]} with x0 ≤ x1, y0 ≤ y1.
 * Coordinates are geometry, not money, so they are doubles.
 */
public record Box(double x0, double y0, double x1, double y1) {
    /** Throws {@link IllegalArgumentException} unless x0 ≤ x1 and y0 ≤ y1. */
    public Box {
        if (!(x0 <= x1) || !(y0 <= y1)) {
            throw new IllegalArgumentException("not a box: [" + x0 + ", " + y0 + ", " + x1 + ", " + y1 + "]");
        }
    }

    /** x1 − x0, in points. */
    public double width() {
        return x1 - x0;
    }

    /** y1 − y0, in points. */
    public double height() {
        return y1 - y0;
    }

    /** The smallest box holding both. */
    public Box union(Box other) {
        if (other == null) {
            return this;
        }
        return new Box(Math.min(x0, other.x0), Math.min(y0, other.y0), Math.max(x1, other.x1), Math.max(y1, other.y1));
    }
}
