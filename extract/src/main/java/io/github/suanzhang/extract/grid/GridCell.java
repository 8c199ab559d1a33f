package io.github.suanzhang.extract.grid;

import io.github.suanzhang.core.doc.Box;
import java.util.List;

/**
 * One cell of a {@link Grid}: its top-left lattice position, how many lattice rows and columns it spans
 * (a merged cell spans more than one), its box, and its text as printed lines.
 *
 * @param row        0-based lattice row of its top edge
 * @param col        0-based lattice column of its left edge
 * @param rowSpan    lattice rows covered, ≥ 1
 * @param colSpan    lattice columns covered, ≥ 1
 * @param box        the cell's box on the page (from the lattice edges)
 * @param lines      text lines top to bottom; empty for an empty cell. A space stands where two glyphs of
 *                   a line are further apart than {@code wordGapRatio} glyph heights.
 * @param glyphBoxes boxes of the glyphs in the cell, in line order then left to right
 */
public record GridCell(int row, int col, int rowSpan, int colSpan, Box box, List<String> lines, List<Box> glyphBoxes) {
    public GridCell {
        if (row < 0 || col < 0 || rowSpan < 1 || colSpan < 1) {
            throw new IllegalArgumentException("bad cell position " + row + "," + col + " span " + rowSpan + "x" + colSpan);
        }
        lines = List.copyOf(lines);
        glyphBoxes = List.copyOf(glyphBoxes);
    }

    /** The lines joined with '\n'. */
    public String text() {
        return String.join("\n", lines);
    }

    /**
     * The box of each text line (glyph boxes are in line order, one per non-space character); a line none of
     * whose characters has a glyph box left is null.
     */
    public List<Box> lineBoxes() {
        List<Box> out = new java.util.ArrayList<>();
        int i = 0;
        for (String line : lines) {
            Box box = null;
            for (int k = 0; k < line.length(); k++) {
                if (line.charAt(k) == ' ' || i >= glyphBoxes.size()) {
                    continue;
                }
                Box b = glyphBoxes.get(i++);
                box = box == null ? b : box.union(b);
            }
            out.add(box);
        }
        return out;
    }

    /** Whether every non-space character of the lines has its glyph box. */
    public boolean everyGlyphBoxed() {
        long chars = lines.stream().flatMapToInt(String::chars).filter(c -> c != ' ').count();
        return chars <= glyphBoxes.size();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public boolean isMerged() {
        return rowSpan > 1 || colSpan > 1;
    }

    /** Whether this cell covers lattice position (r, c). */
    public boolean covers(int r, int c) {
        return r >= row && r < row + rowSpan && c >= col && c < col + colSpan;
    }
}
