package io.github.suanzhang.extract.table;

import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.extract.layout.Glyph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A run of text on one baseline outside the page's grids: a title, a unit line, a note, a line of
 * narrative. A printed line with a wide gap (编制单位：… far left, 单位：元 far right) is two runs.
 *
 * @param page 1-based page
 * @param text the glyphs' text; a space where two glyphs are further apart than {@code wordGapRatio} heights
 * @param box  the glyphs' box, top-left origin
 * @param fontSize the largest font size in the run (pt)
 */
public record TextLine(int page, String text, Box box, double fontSize) {

    /** Text with every whitespace character removed, for matching. */
    public String compact() {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Groups glyphs into runs: sorted by baseline then x on exact values; a new line starts where the
     * baseline moves by more than {@code lineBreakRatio} glyph heights; a line splits into runs where the
     * horizontal gap exceeds {@code runGapRatio} glyph heights.
     */
    static List<TextLine> of(int page, List<Glyph> glyphs, double lineBreakRatio, double wordGapRatio, double runGapRatio) {
        List<TextLine> out = new ArrayList<>();
        if (glyphs.isEmpty()) {
            return out;
        }
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<Glyph> line = new ArrayList<>();
        double base = sorted.get(0).baseline();
        double h = height(sorted.get(0));
        for (Glyph g : sorted) {
            if (!line.isEmpty() && g.baseline() - base > lineBreakRatio * Math.max(h, height(g))) {
                runs(page, line, wordGapRatio, runGapRatio, out);
                line = new ArrayList<>();
                base = g.baseline();
                h = height(g);
            }
            line.add(g);
            h = Math.max(h, height(g));
        }
        runs(page, line, wordGapRatio, runGapRatio, out);
        return out;
    }

    private static void runs(int page, List<Glyph> line, double wordGap, double runGap, List<TextLine> out) {
        line.sort(Comparator.comparingDouble(Glyph::x).thenComparingDouble(Glyph::baseline));
        StringBuilder sb = new StringBuilder();
        Box box = null;
        double size = 0;
        Glyph prev = null;
        for (Glyph g : line) {
            if (prev != null) {
                double gap = g.x() - (prev.x() + prev.w());
                double gh = Math.max(height(prev), height(g));
                if (gap > runGap * gh) {
                    out.add(new TextLine(page, sb.toString(), box, size));
                    sb.setLength(0);
                    box = null;
                    size = 0;
                } else if (gap > wordGap * gh) {
                    sb.append(' ');
                }
            }
            sb.append(g.text());
            box = box == null ? g.box() : box.union(g.box());
            size = Math.max(size, g.fontSize());
            prev = g;
        }
        if (box != null) {
            out.add(new TextLine(page, sb.toString(), box, size));
        }
    }

    static double height(Glyph g) {
        return g.h() > 0 ? g.h() : 0.7 * g.fontSize();
    }
}
