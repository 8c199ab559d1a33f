package io.github.suanzhang.extract.layout;

import io.github.suanzhang.core.doc.Box;

/**
 * A horizontal or vertical line segment drawn on a page (a stroke, or a thin filled rectangle), in the
 * same displayed, top-left-origin point space as {@link Glyph}.
 *
 * @param horizontal true for a horizontal ruling
 * @param position   y of a horizontal ruling, x of a vertical one
 * @param start      smaller x (horizontal) or y (vertical) end
 * @param end        larger end; {@code start ≤ end}
 */
public record Ruling(boolean horizontal, double position, double start, double end) {
    public Ruling {
        if (!(start <= end)) {
            throw new IllegalArgumentException("ruling start > end: " + start + " > " + end);
        }
    }

    public static Ruling horizontal(double y, double x0, double x1) {
        return new Ruling(true, y, Math.min(x0, x1), Math.max(x0, x1));
    }

    public static Ruling vertical(double x, double y0, double y1) {
        return new Ruling(false, x, Math.min(y0, y1), Math.max(y0, y1));
    }

    public double length() {
        return end - start;
    }

    public Box box() {
        return horizontal ? new Box(start, position, end, position) : new Box(position, start, position, end);
    }
}
