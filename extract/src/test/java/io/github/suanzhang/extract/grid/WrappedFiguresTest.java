package io.github.suanzhang.extract.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.extract.ExtractOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A figure wrapped inside a narrow cell is one figure when the column's precision says its upper part is short. */
class WrappedFiguresTest {
    private static final double CELL_X0 = 100;
    private static final double CELL_X1 = 146;
    private static final double GLYPH_W = 4.5;
    private static final double LINE_H = 5;

    /**
     * A cell of the amount column (col 1) at row r whose lines are right-aligned to the cell's edge, 15 pt apart
     * (glyph boxes are cap heights, 5 pt: the gap between the lines is twice a glyph's height, as printed).
     */
    private static GridCell cell(int r, double x0, double x1, String... lines) {
        return cell(r, x0, x1, 15, lines);
    }

    private static GridCell cell(int r, double x0, double x1, double pitch, String... lines) {
        List<Box> boxes = new ArrayList<>();
        double top = 20 + 20 * r + 2;
        for (String line : lines) {
            String glyphs = line.replace(" ", "");
            double x = x1 - 0.5 - GLYPH_W * glyphs.length();
            for (int k = 0; k < glyphs.length(); k++) {
                boxes.add(new Box(x + k * GLYPH_W, top, x + (k + 1) * GLYPH_W, top + LINE_H));
            }
            top += pitch;
        }
        return new GridCell(r, 1, 1, 1, new Box(x0, 20 + 20 * r, x1, 40 + 20 * r), List.of(lines), boxes);
    }

    private static Grid grid(GridCell... amountCells) {
        List<GridCell> cells = new ArrayList<>();
        List<Double> rows = new ArrayList<>();
        rows.add(20.0);
        for (int r = 0; r < amountCells.length; r++) {
            cells.add(new GridCell(r, 0, 1, 1, new Box(20, 20 + 20 * r, CELL_X0, 40 + 20 * r), List.of("项目" + r),
                    List.of(new Box(22, 22 + 20 * r, 40, 27 + 20 * r))));
            cells.add(amountCells[r]);
            rows.add(40.0 + 20 * r);
        }
        return new Grid(1, new Box(20, 20, CELL_X1, rows.get(rows.size() - 1)), rows, List.of(20.0, CELL_X0, CELL_X1), cells);
    }

    private static List<String> amountLines(Grid g, int r) {
        return g.cellAt(r, 1).orElseThrow().lines();
    }

    @Test
    void 窄格折行的数字按列精度合并() {
        Grid g = grid(cell(0, CELL_X0, CELL_X1, "812,406.3", "7"), cell(1, CELL_X0, CELL_X1, "5,140.00"),
                cell(2, CELL_X0, CELL_X1, "27,949.75"), cell(3, CELL_X0, CELL_X1, "1.50"),
                cell(4, CELL_X0, CELL_X1, "640,118.2", "0"));
        Grid j = WrappedFigures.join(g);
        assertEquals(List.of("812,406.37"), amountLines(j, 0));
        assertEquals(List.of("640,118.20"), amountLines(j, 4));
        assertEquals(List.of("5,140.00"), amountLines(j, 1));
        assertEquals(g.cellAt(0, 1).orElseThrow().glyphBoxes(), j.cellAt(0, 1).orElseThrow().glyphBoxes());
    }

    @Test
    void 六位小数的列也按精度合并() {
        Grid g = grid(cell(0, CELL_X0, CELL_X1, "12,859.65271", "6"), cell(1, CELL_X0, CELL_X1, "5.230000"),
                cell(2, CELL_X0, CELL_X1, "0.500000"), cell(3, CELL_X0, CELL_X1, "14.120000"));
        assertEquals(List.of("12,859.652716"), amountLines(WrappedFigures.join(g), 0));
    }

    @Test
    void 上一行已有该列的小数位时是两个数() {
        // a missing ruling fused two lines: each line has the column's decimals
        Grid g = grid(cell(0, CELL_X0, CELL_X1, "12.00", "3"), cell(1, CELL_X0, CELL_X1, "5.00"),
                cell(2, CELL_X0, CELL_X1, "7.00"), cell(3, CELL_X0, CELL_X1, "9.00"));
        assertSame(g, WrappedFigures.join(g));
    }

    @Test
    void 列精度不明确时不合并() {
        // two one-line figures only: no precision to tell that 1,234.5 is short
        Grid few = grid(cell(0, CELL_X0, CELL_X1, "81,234.5", "6"), cell(1, CELL_X0, CELL_X1, "5.00"),
                cell(2, CELL_X0, CELL_X1, "7.00"));
        assertSame(few, WrappedFigures.join(few));
        // the column prints one decimal as often as two
        Grid mixed = grid(cell(0, CELL_X0, CELL_X1, "81,234.5", "6"), cell(1, CELL_X0, CELL_X1, "5.00"),
                cell(2, CELL_X0, CELL_X1, "7.00"), cell(3, CELL_X0, CELL_X1, "9.00"), cell(4, CELL_X0, CELL_X1, "9.1"),
                cell(5, CELL_X0, CELL_X1, "9.2"), cell(6, CELL_X0, CELL_X1, "9.3"));
        assertSame(mixed, WrappedFigures.join(mixed));
    }

    @Test
    void 没有填满格宽的数字不是折行() {
        // 1.5 over 6 in a wide cell: nothing forced a wrap, so these are two printed things
        Grid g = grid(cell(0, CELL_X0, CELL_X1 + 60, "1.5", "6"), cell(1, CELL_X0, CELL_X1, "5.00"),
                cell(2, CELL_X0, CELL_X1, "7.00"), cell(3, CELL_X0, CELL_X1, "9.00"));
        assertSame(g, WrappedFigures.join(g));
    }

    @Test
    void 远在下方的数字不是折行() {
        Grid g = grid(cell(0, CELL_X0, CELL_X1, 30, "812,406.3", "7"), cell(1, CELL_X0, CELL_X1, "5.00"),
                cell(2, CELL_X0, CELL_X1, "7.00"), cell(3, CELL_X0, CELL_X1, "9.00"));
        assertSame(g, WrappedFigures.join(g));
    }

    @Test
    void 下一行不是数字片段时不合并() {
        Grid g = grid(cell(0, CELL_X0, CELL_X1, "812,406.3", "万元"), cell(1, CELL_X0, CELL_X1, "5.00"),
                cell(2, CELL_X0, CELL_X1, "7.00"), cell(3, CELL_X0, CELL_X1, "9.00"));
        assertSame(g, WrappedFigures.join(g));
    }

    @Test
    void 选项收紧时不再合并() {
        // the same column as above: with more one-line figures required than it has (3), nothing is joined
        Grid g = grid(cell(0, CELL_X0, CELL_X1, "812,406.3", "7"), cell(1, CELL_X0, CELL_X1, "5,140.00"),
                cell(2, CELL_X0, CELL_X1, "27,949.75"), cell(3, CELL_X0, CELL_X1, "1.50"));
        ExtractOptions.GridOptions d = ExtractOptions.GridOptions.DEFAULTS;
        assertEquals(List.of("812,406.37"), amountLines(WrappedFigures.join(g, d), 0));
        ExtractOptions.GridOptions strict = new ExtractOptions.GridOptions(d.snapTolerance(), d.joinGap(),
                d.touchTolerance(), d.minBoundaryCoverage(), d.minRows(), d.minCols(), d.lineBreakRatio(),
                d.wordGapRatio(), d.wrapFillShare(), d.wrapNextLine(), 4, d.wrapMinShare());
        assertSame(g, WrappedFigures.join(g, strict));
        // an upper line that must fill the whole cell: 812,406.3 (9 glyphs of 4.5 pt in 46 pt) does not
        ExtractOptions.GridOptions full = new ExtractOptions.GridOptions(d.snapTolerance(), d.joinGap(),
                d.touchTolerance(), d.minBoundaryCoverage(), d.minRows(), d.minCols(), d.lineBreakRatio(),
                d.wordGapRatio(), 0.99, d.wrapNextLine(), d.wrapMinSupport(), d.wrapMinShare());
        assertSame(g, WrappedFigures.join(g, full));
    }
}
