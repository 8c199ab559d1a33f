package io.github.suanzhang.extract.grid;

import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.extract.ExtractOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins a figure that a narrow cell wrapped onto a second line: {@code 293,191.8} over {@code 6} is the one
 * figure {@code 293,191.86}, not two. A cell's two lines are joined when all of these hold:
 * <ul>
 * <li>the upper line is a figure (digits, thousands commas, at most one decimal point) that fills the cell's
 *     width (at least {@link ExtractOptions.GridOptions#wrapFillShare} of it: text wraps only when it hits the
 *     cell's edge);</li>
 * <li>the lower line is digits only (or {@code .} and digits), set on the next line (its top less than
 *     {@link ExtractOptions.GridOptions#wrapNextLine} glyph heights under the upper line's bottom) and no further left than the upper line
 *     starts;</li>
 * <li>the column's printed precision — the decimals most of its one-line figures print, at least
 *     {@link ExtractOptions.GridOptions#wrapMinSupport} of them and {@link ExtractOptions.GridOptions#wrapMinShare}
 *     of all — says the upper line is short of decimals
 *     and the joined text has exactly that precision.</li>
 * </ul>
 * A column without such a precision, or a cell whose upper line already has the column's decimals (two lines
 * fused by a missing ruling: {@code 12.00} over {@code 3.00}), is left as printed. The joined cell keeps its
 * glyph boxes; only its lines change. Stateless.
 */
final class WrappedFigures {
    private WrappedFigures() {
    }

    private static final Pattern FIGURE = Pattern.compile("^-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d*))?$");
    private static final Pattern UPPER = Pattern.compile("^-?[\\d,]*\\d[\\d,]*(?:\\.(\\d*))?$");
    private static final Pattern FRAGMENT = Pattern.compile("^\\.?\\d+$");

    /** {@link #join(Grid, ExtractOptions.GridOptions)} with the default options. */
    public static Grid join(Grid grid) {
        return join(grid, ExtractOptions.GridOptions.DEFAULTS);
    }

    /** The grid with wrapped figures joined; the same grid when none is. */
    public static Grid join(Grid grid, ExtractOptions.GridOptions o) {
        Map<Integer, Integer> precision = precisions(grid, o);
        if (precision.isEmpty()) {
            return grid;
        }
        List<GridCell> out = new ArrayList<>(grid.cells().size());
        boolean changed = false;
        for (GridCell cell : grid.cells()) {
            Integer p = cell.colSpan() == 1 ? precision.get(cell.col()) : null;
            String joined = p == null ? null : joined(cell, p, o);
            if (joined != null) {
                out.add(new GridCell(cell.row(), cell.col(), cell.rowSpan(), cell.colSpan(), cell.box(), List.of(joined),
                        cell.glyphBoxes()));
                changed = true;
            } else {
                out.add(cell);
            }
        }
        return changed ? new Grid(grid.page(), grid.box(), grid.rows(), grid.cols(), out) : grid;
    }

    /** The one line a wrapped figure reads as, or null when the cell is not one. */
    static String joined(GridCell cell, int precision, ExtractOptions.GridOptions o) {
        if (cell.lines().size() != 2) {
            return null;
        }
        String upper = cell.lines().get(0).strip();
        String lower = cell.lines().get(1).strip();
        Matcher u = UPPER.matcher(upper);
        if (!u.matches() || !FRAGMENT.matcher(lower).matches()) {
            return null;
        }
        int upperDecimals = u.group(1) == null ? 0 : u.group(1).length();
        if (upperDecimals >= precision || (u.group(1) != null && lower.startsWith("."))) {
            return null;
        }
        String text = upper + lower;
        Matcher j = FIGURE.matcher(text);
        if (!j.matches() || (j.group(1) == null ? 0 : j.group(1).length()) != precision) {
            return null;
        }
        List<Box> boxes = lineBoxes(cell);
        if (boxes == null) {
            return null;
        }
        Box a = boxes.get(0);
        Box b = boxes.get(1);
        double h = Math.max(a.height(), b.height());
        boolean below = b.y0() >= a.y0() + 0.5 * h && b.y0() - a.y1() < o.wrapNextLine() * h;
        boolean under = b.x0() >= a.x0() - 1 && b.x1() <= cell.box().x1() + 1;
        boolean fills = a.width() >= o.wrapFillShare() * cell.box().width();
        return below && under && fills ? text : null;
    }

    /** Per lattice column: the decimals most of its one-line figures print, where that precision is clear. */
    static Map<Integer, Integer> precisions(Grid grid, ExtractOptions.GridOptions o) {
        Map<Integer, Map<Integer, Integer>> counts = new HashMap<>();
        for (GridCell cell : grid.cells()) {
            if (cell.colSpan() != 1 || cell.lines().size() != 1) {
                continue;
            }
            Matcher m = FIGURE.matcher(cell.lines().get(0).strip());
            if (m.matches()) {
                int d = m.group(1) == null ? 0 : m.group(1).length();
                counts.computeIfAbsent(cell.col(), k -> new HashMap<>()).merge(d, 1, Integer::sum);
            }
        }
        Map<Integer, Integer> out = new HashMap<>();
        counts.forEach((col, byDecimals) -> {
            int all = byDecimals.values().stream().mapToInt(Integer::intValue).sum();
            Map.Entry<Integer, Integer> best = byDecimals.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            if (best.getValue() >= o.wrapMinSupport() && best.getValue() >= o.wrapMinShare() * all) {
                out.put(col, best.getKey());
            }
        });
        return out;
    }

    /** The box of each text line of a cell, or null when a character or a line has no glyph box. */
    private static List<Box> lineBoxes(GridCell cell) {
        List<Box> out = cell.everyGlyphBoxed() ? cell.lineBoxes() : null;
        return out == null || out.contains(null) ? null : out;
    }
}
