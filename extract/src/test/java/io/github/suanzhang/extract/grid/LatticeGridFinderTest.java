package io.github.suanzhang.extract.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.Synthetic;
import io.github.suanzhang.extract.layout.PageScan;
import io.github.suanzhang.extract.layout.PdfInput;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatticeGridFinderTest {
    @TempDir
    Path dir;

    // column edges: code | name | basic | project | total
    private static final double[] X = {50, 110, 230, 310, 390, 470};
    // row edges: header 1, header 2, 合计 row, a two-line row
    private static final double[] Y = {100, 120, 140, 160, 190};

    /**
     * <pre>
     * | Item (2 cols)          | Amounts (2 cols)   | Total   |
     * | Code | Name            | Basic   | Project  | (2 rows)|
     * | Sum (2 cols)           | 174,900.64 | 1.00  | 174,901.64 |
     * | 2080505 | Pension insurance | 174,900 | | 174,900.64 |
     * |         | contributions     | .64     | |            |
     * </pre>
     * Verticals are thin filled rectangles, horizontals strokes; one horizontal is drawn in two pieces and
     * one is 0.4 pt off, as producers do.
     */
    private static void drawTable(Synthetic s, double dx, double dy) throws Exception {
        // horizontals: full width except between header rows 1 and 2 under "Total", which is merged
        s.line(X[0] + dx, Y[0] + dy, X[5] + dx, Y[0] + dy);
        s.line(X[0] + dx, Y[1] + dy, X[4] + dx, Y[1] + dy);               // not under Total (rowspan 2)
        s.line(X[0] + dx, Y[2] + dy + 0.4, X[2] + dx + 1, Y[2] + dy + 0.4); // two collinear pieces, jittered
        s.line(X[2] + dx, Y[2] + dy, X[5] + dx, Y[2] + dy);
        s.line(X[0] + dx, Y[3] + dy, X[5] + dx, Y[3] + dy);
        s.line(X[0] + dx, Y[4] + dy, X[5] + dx, Y[4] + dy);
        // verticals
        s.thinV(X[0] + dx, Y[0] + dy, Y[4] + dy);
        s.thinV(X[1] + dx, Y[1] + dy, Y[2] + dy);                          // only in header row 2 …
        s.thinV(X[1] + dx, Y[3] + dy, Y[4] + dy);                          // … and the data row: "Sum" spans 2
        s.thinV(X[2] + dx, Y[0] + dy, Y[4] + dy);
        s.thinV(X[3] + dx, Y[1] + dy, Y[4] + dy);                          // "Amounts" spans basic + project
        s.thinV(X[4] + dx, Y[0] + dy, Y[4] + dy);
        s.thinV(X[5] + dx, Y[0] + dy, Y[4] + dy);
        double f = 8;
        s.text("Item", 70 + dx, 113 + dy, f).text("Amounts", 280 + dx, 113 + dy, f).text("Total", 415 + dx, 123 + dy, f);
        s.text("Code", 55 + dx, 133 + dy, f).text("Name", 115 + dx, 133 + dy, f)
                .text("Basic", 235 + dx, 133 + dy, f).text("Project", 315 + dx, 133 + dy, f);
        s.text("Sum", 70 + dx, 153 + dy, f).text("174,900.64", 235 + dx, 153 + dy, f)
                .text("1.00", 315 + dx, 153 + dy, f).text("174,901.64", 395 + dx, 153 + dy, f);
        s.text("2080505", 55 + dx, 177 + dy, f)
                .text("Pension insurance", 115 + dx, 172 + dy, f).text("contributions", 115 + dx, 183 + dy, f)
                .text("174,900", 235 + dx, 172 + dy, f).text(".64", 235 + dx, 183 + dy, f)
                .text("174,900.64", 395 + dx, 177 + dy, f);
    }

    private static List<Grid> grids(Path f) throws Exception {
        try (PdfInput in = PdfInput.open(f, ExtractOptions.DEFAULTS)) {
            PageScan scan = in.scan(1);
            return LatticeGridFinder.find(scan, ExtractOptions.DEFAULTS.grid());
        }
    }

    private static void assertCell(Grid g, int r, int c, int rowSpan, int colSpan, String... lines) {
        GridCell cell = g.cellAt(r, c).orElseThrow();
        assertEquals(r, cell.row(), "top of cell at " + r + "," + c);
        assertEquals(c, cell.col(), "left of cell at " + r + "," + c);
        assertEquals(rowSpan, cell.rowSpan(), "rowSpan at " + r + "," + c);
        assertEquals(colSpan, cell.colSpan(), "colSpan at " + r + "," + c);
        assertEquals(List.of(lines), cell.lines(), "text at " + r + "," + c);
    }

    private static void assertSampleTable(Grid g) {
        assertEquals(4, g.rowCount());
        assertEquals(5, g.colCount());
        assertCell(g, 0, 0, 1, 2, "Item");
        assertCell(g, 0, 2, 1, 2, "Amounts");
        assertCell(g, 0, 4, 2, 1, "Total");
        assertCell(g, 1, 0, 1, 1, "Code");
        assertCell(g, 1, 1, 1, 1, "Name");
        assertCell(g, 1, 2, 1, 1, "Basic");
        assertCell(g, 1, 3, 1, 1, "Project");
        assertCell(g, 2, 0, 1, 2, "Sum");
        assertCell(g, 2, 2, 1, 1, "174,900.64");
        assertCell(g, 2, 3, 1, 1, "1.00");
        assertCell(g, 2, 4, 1, 1, "174,901.64");
        assertCell(g, 3, 0, 1, 1, "2080505");
        assertCell(g, 3, 1, 1, 1, "Pension insurance", "contributions");
        assertCell(g, 3, 2, 1, 1, "174,900", ".64");
        assertCell(g, 3, 3, 1, 1);
        assertCell(g, 3, 4, 1, 1, "174,900.64");
        // every lattice position is covered exactly once
        int area = g.cells().stream().mapToInt(c -> c.rowSpan() * c.colSpan()).sum();
        assertEquals(g.rowCount() * g.colCount(), area);
        assertEquals(16, g.cells().size());
    }

    @Test
    void spansWrappedLabelsAndBrokenNumbers() throws Exception {
        Path f = dir.resolve("t.pdf");
        try (Synthetic s = new Synthetic()) {
            s.page(595, 842);
            drawTable(s, 0, 0);
            s.save(f);
        }
        List<Grid> grids = grids(f);
        assertEquals(1, grids.size());
        Grid g = grids.get(0);
        assertEquals(1, g.page());
        assertEquals(X[0], g.box().x0(), 0.5);
        assertEquals(Y[0], g.box().y0(), 0.5);
        assertEquals(X[5], g.box().x1(), 0.5);
        assertEquals(Y[4], g.box().y1(), 0.5);
        assertSampleTable(g);
    }

    @Test
    void twoTablesOnOnePageAndRotatedPage() throws Exception {
        Path f = dir.resolve("two.pdf");
        try (Synthetic s = new Synthetic()) {
            s.page(842, 595, true);           // landscape, stored with /Rotate 90
            drawTable(s, 0, 0);
            drawTable(s, 0, 250);
            s.text("No table here", 60, 80, 10);
            s.save(f);
        }
        List<Grid> grids = grids(f);
        assertEquals(2, grids.size());
        assertTrue(grids.get(0).box().y0() < grids.get(1).box().y0());
        assertSampleTable(grids.get(0));
        assertSampleTable(grids.get(1));
    }

    @Test
    void noRulingsNoGrid() throws Exception {
        Path f = dir.resolve("none.pdf");
        try (Synthetic s = new Synthetic()) {
            s.page(300, 300).text("just text", 20, 50, 10).line(20, 60, 200, 60).save(f); // an underline
        }
        assertEquals(List.of(), grids(f));
    }
}
