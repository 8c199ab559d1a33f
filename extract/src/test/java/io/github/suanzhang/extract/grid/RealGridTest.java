package io.github.suanzhang.extract.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.layout.PdfInput;
import io.github.suanzhang.extract.layout.RealFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grids of real pages, checked against what the rendered page shows ({@code pdftoppm -r 80}), not
 * against our own output: 中共上海市普陀区委社会工作部 2024 年度部门决算.
 */
class RealGridTest {
    @TempDir
    Path dir;

    private Grid onlyGrid(int page) throws Exception {
        Path f = RealFiles.bundled("shanghai_putuo_shehuigongzuobu_2024_bumen_juesuan.pdf", dir);
        try (PdfInput in = PdfInput.open(f, ExtractOptions.DEFAULTS)) {
            List<Grid> grids = LatticeGridFinder.find(in.scan(page), ExtractOptions.DEFAULTS.grid());
            assertEquals(1, grids.size());
            return grids.get(0);
        }
    }

    private static void span(Grid g, int r, int c, int rowSpan, int colSpan) {
        GridCell cell = g.cellAt(r, c).orElseThrow();
        assertEquals(List.of(r, c, rowSpan, colSpan), List.of(cell.row(), cell.col(), cell.rowSpan(), cell.colSpan()));
    }

    /** Page 5, 收入支出决算总表: two sides, 26 支出 lines, four closing rows. */
    @Test
    void 收入支出决算总表() throws Exception {
        Grid g = onlyGrid(5);
        assertEquals(32, g.rowCount());
        assertEquals(4, g.colCount());
        span(g, 0, 0, 1, 2);
        assertEquals("收入", g.textAt(0, 0));
        span(g, 0, 2, 1, 2);
        assertEquals("支出", g.textAt(0, 2));
        assertEquals("决算数", g.textAt(1, 3));
        assertEquals("一、一般公共预算财政拨款收入", g.textAt(2, 0));
        assertEquals("307.82", g.textAt(2, 1));
        assertEquals("264.87", g.textAt(2, 3));
        assertEquals("九、卫生健康支出", g.textAt(10, 2));
        assertEquals("2.71", g.textAt(10, 3));
        assertEquals("二十六、抗疫特别国债安排的支出", g.textAt(27, 2));
        assertEquals("本年收入合计", g.textAt(28, 0));
        assertEquals("总计", g.textAt(31, 2));
        assertEquals("307.82", g.textAt(31, 3));
        assertEquals("", g.textAt(3, 1));
    }

    /** Page 8, 支出决算表 (landscape): 项目 over two columns, headers over two rows, 合计 over two columns, wrapped names. */
    @Test
    void 支出决算表() throws Exception {
        Grid g = onlyGrid(8);
        assertEquals(14, g.rowCount());
        assertEquals(8, g.colCount());
        span(g, 0, 0, 1, 2);
        assertEquals("项目", g.textAt(0, 0));
        span(g, 0, 2, 2, 1);
        assertEquals("本年支出合计", g.textAt(0, 2));
        assertEquals(List.of("对附属单位补", "助支出"), g.cellAt(0, 7).orElseThrow().lines());
        assertEquals(List.of("功能分类", "科目编码"), g.cellAt(1, 0).orElseThrow().lines());
        span(g, 2, 0, 1, 2);
        assertEquals("合计", g.textAt(2, 0));
        assertEquals("307.82", g.textAt(2, 2));
        assertEquals("105.58", g.textAt(2, 3));
        assertEquals("202.24", g.textAt(2, 4));
        assertEquals("2013999", g.textAt(7, 0));
        assertEquals("", g.textAt(7, 3));
        assertEquals("202.24", g.textAt(7, 4));
        assertEquals(List.of("机关事业单位基本养老保", "险缴费支出"), g.cellAt(10, 1).orElseThrow().lines());
        assertEquals("6.18", g.textAt(10, 2));
        assertEquals("21011", g.textAt(13, 0));
        assertEquals("2.71", g.textAt(13, 3));
    }
}
