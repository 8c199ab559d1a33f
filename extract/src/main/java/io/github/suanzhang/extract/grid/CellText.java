package io.github.suanzhang.extract.grid;

import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.layout.Glyph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A cell's glyphs as text lines. Sort on exact coordinates first, cluster into lines in a second pass.
 * Within a line a space stands where the gap between two glyphs exceeds the word gap <em>beyond the line's
 * letter spacing</em> ({@link #tracking}): text set with character spacing (the {@code Tc} operator) has every
 * glyph that far from the next, and {@code 1,553.51} set so must not read as {@code 1 , 5 5 3 . 5 1}.
 */
record CellText(List<String> lines, List<Box> boxes) {
    /** Glyph height assumed, as a multiple of font size, when PDFBox reports none (a typical cap height). */
    static final double FALLBACK_HEIGHT_RATIO = 0.7;
    /** A line needs at least this many gaps (glyphs − 1) before its smallest gap is taken for letter spacing. */
    static final int MIN_TRACKED_GAPS = 2;

    static CellText of(List<Glyph> glyphs, ExtractOptions.GridOptions o) {
        if (glyphs.isEmpty()) {
            return new CellText(List.of(), List.of());
        }
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> line = new ArrayList<>();
        double lineBaseline = sorted.get(0).baseline();
        double lineHeight = height(sorted.get(0));
        for (Glyph g : sorted) {
            if (!line.isEmpty() && g.baseline() - lineBaseline > o.lineBreakRatio() * Math.max(lineHeight, height(g))) {
                lines.add(line);
                line = new ArrayList<>();
                lineBaseline = g.baseline();
                lineHeight = height(g);
            }
            line.add(g);
            lineHeight = Math.max(lineHeight, height(g));
        }
        lines.add(line);
        List<String> texts = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        for (List<Glyph> l : lines) {
            l.sort(Comparator.comparingDouble(Glyph::x).thenComparingDouble(Glyph::baseline));
            double tracking = tracking(l);
            StringBuilder sb = new StringBuilder();
            Glyph prev = null;
            for (Glyph g : l) {
                if (prev != null) {
                    double gap = g.x() - (prev.x() + prev.w()) - tracking;
                    if (gap > o.wordGapRatio() * Math.max(height(prev), height(g))) {
                        sb.append(' ');
                    }
                }
                sb.append(g.text());
                boxes.add(g.box());
                prev = g;
            }
            texts.add(sb.toString());
        }
        return new CellText(texts, boxes);
    }

    /**
     * The letter spacing of a line sorted by x, in pt: its smallest gap between neighbouring glyphs when it has at
     * least {@link #MIN_TRACKED_GAPS} gaps and none of them is negative or zero, else 0. Ordinary text has glyphs
     * that touch (gap 0), so only text set with character spacing changes.
     */
    static double tracking(List<Glyph> line) {
        if (line.size() - 1 < MIN_TRACKED_GAPS) {
            return 0;
        }
        double min = Double.MAX_VALUE;
        for (int i = 1; i < line.size(); i++) {
            Glyph prev = line.get(i - 1);
            min = Math.min(min, line.get(i).x() - (prev.x() + prev.w()));
        }
        return min > 0 ? min : 0;
    }

    /** PDFBox's glyph height, or 0.7 × font size where the font gives none. */
    private static double height(Glyph g) {
        return g.h() > 0 ? g.h() : FALLBACK_HEIGHT_RATIO * g.fontSize();
    }
}
