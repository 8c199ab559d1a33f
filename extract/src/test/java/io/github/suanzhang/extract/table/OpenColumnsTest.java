package io.github.suanzhang.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.layout.Glyph;
import io.github.suanzhang.extract.layout.PageScan;
import io.github.suanzhang.extract.layout.Ruling;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A table row taller than the page: its left columns (project, amount, goal) have side rulings from the grid's
 * top to its bottom and no row rulings; the right columns (indicators) are ruled into rows. Invented figures.
 */
class OpenColumnsTest {
    private static final double TOP = 80;
    private static final double BOTTOM = 500;
    private static final double[] ROWS = {TOP, 150, 220, 290, 360, 430, BOTTOM};
    private static final double[] GRID_COLS = {350, 400, 450, 560, 610, 660};

    private static void text(List<Glyph> out, String s, double x, double y) {
        int i = 0;
        for (int cp : s.codePoints().toArray()) {
            out.add(new Glyph(1, new String(Character.toChars(cp)), x + 9 * i, y, 9, 8, "F", 9));
            i++;
        }
    }

    /** The page; {@code leftTop}/{@code leftBottom}: the ends of the left columns' side rulings. */
    private static PageScan page(double leftTop, double leftBottom) {
        List<Ruling> rulings = new ArrayList<>();
        for (double y : ROWS) {
            rulings.add(Ruling.horizontal(y, GRID_COLS[0], GRID_COLS[GRID_COLS.length - 1]));
        }
        for (double x : GRID_COLS) {
            rulings.add(Ruling.vertical(x, TOP, BOTTOM));
        }
        for (double x : new double[] {50, 120, 200, 290}) {
            rulings.add(Ruling.vertical(x, leftTop, leftBottom));
        }
        List<Glyph> glyphs = new ArrayList<>();
        text(glyphs, "本部门项目绩效目标如下。", 50, 40); // narrative above the table
        for (int r = 0; r + 1 < ROWS.length; r++) {
            text(glyphs, "产出指标", 352, ROWS[r] + 20);
            text(glyphs, "数量指标", 402, ROWS[r] + 20);
            text(glyphs, "完成报告", 452, ROWS[r] + 20);
            text(glyphs, "≥", 562, ROWS[r] + 20);
            text(glyphs, "份", 612, ROWS[r] + 20);
        }
        text(glyphs, "1234-专项", 55, 300);
        text(glyphs, "123.45", 140, 300);
        String[] goal = {"开展专项考核工作\"根", "据办法“根据考核", "的需要，委托机构", "开展调查。”完成", "评价；出具报告"};
        for (int i = 0; i < goal.length; i++) {
            text(glyphs, goal[i], 205, 200 + 14 * i);
        }
        text(glyphs, "注：本表金额单位为万元。", 50, 520); // a note below the table
        return new PageScan(1, 842, 595, 0, glyphs, rulings, 0, 0);
    }

    private static List<String> lines(PageScan scan) throws Exception {
        TableLocator.PageLayout p = TableLocator.layout(scan, ExtractOptions.DEFAULTS);
        assertEquals(1, p.grids().size(), "the indicator columns are one grid");
        List<String> out = new ArrayList<>();
        for (TextLine l : p.lines()) {
            out.add(l.compact());
        }
        return out;
    }

    @Test
    void text_between_side_rulings_as_tall_as_the_grid_is_the_tables() throws Exception {
        List<String> lines = lines(page(TOP - 0.4, BOTTOM + 0.3));
        assertTrue(lines.stream().anyMatch(l -> l.contains("本部门项目绩效目标")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("注")), lines.toString());
        assertFalse(lines.stream().anyMatch(l -> l.contains("根据考核") || l.contains("123.45") || l.contains("1234-专项")),
                lines.toString());
        List<Narrative.Block> blocks = Narrative.blocks(
                List.of(TableLocator.layout(page(TOP - 0.4, BOTTOM + 0.3), ExtractOptions.DEFAULTS)), Set.of());
        assertFalse(blocks.stream().anyMatch(b -> b.paragraph().text().contains("“")), blocks.toString());
    }

    @Test
    void side_rulings_of_another_height_widen_nothing() throws Exception {
        // rules beside a passage, shorter than the table: the text between them stays narrative
        List<String> lines = lines(page(180, 290));
        assertTrue(lines.stream().anyMatch(l -> l.contains("根据考核")), lines.toString());
    }

    @Test
    void the_box_widens_to_the_outermost_ruling_of_the_grids_height_on_each_side() {
        Box grid = new Box(350, TOP, 660, BOTTOM);
        List<Ruling> rs = List.of(Ruling.vertical(50, TOP + 1, BOTTOM - 1), Ruling.vertical(200, TOP, BOTTOM),
                Ruling.vertical(700, TOP, BOTTOM + 2), Ruling.vertical(20, TOP, 300), Ruling.horizontal(TOP, 0, 800));
        assertEquals(new Box(50, TOP, 700, BOTTOM), TableLocator.withOpenColumns(grid, rs, ExtractOptions.Tables.DEFAULTS.edgeTolerance()));
        assertEquals(grid, TableLocator.withOpenColumns(grid, List.of(Ruling.vertical(20, TOP, 300)), ExtractOptions.Tables.DEFAULTS.edgeTolerance()));
    }
}
