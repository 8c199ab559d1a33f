package io.github.suanzhang.extract.layout;

import io.github.suanzhang.core.doc.Box;

/**
 * One glyph of a page's text layer, in points, origin at the top-left of the page as displayed (after
 * /Rotate), y downward. The box spans from the glyph's top ({@code y}) to its baseline ({@code y + h}).
 *
 * @param page     1-based page number
 * @param text     the Unicode text the glyph decodes to (usually one character; ligatures give more)
 * @param x        left edge
 * @param y        top edge
 * @param w        width (advance)
 * @param h        height as PDFBox estimates it from the font (≈ cap height × font size)
 * @param fontName the font's PostScript name without subset prefix, or "" when it has none
 * @param fontSize font size in points (font size × text-matrix scale)
 */
public record Glyph(int page, String text, double x, double y, double w, double h, String fontName, double fontSize) {
    public Glyph {
        text = text == null ? "" : text;
        fontName = fontName == null ? "" : fontName;
    }

    public Box box() {
        return new Box(x, y, x + Math.max(0, w), y + Math.max(0, h));
    }

    public double baseline() {
        return y + h;
    }

    public double centerX() {
        return x + w / 2;
    }

    public double centerY() {
        return y + h / 2;
    }
}
