package io.github.suanzhang.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.extract.grid.Grid;
import io.github.suanzhang.extract.grid.GridCell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Unit tests of the locator and typer steps on invented grids: a title block drawn inside the grid, a 栏次
 * line with ****, a figureless first body line, a one-row continuation at the top of the next page.
 */
class TableStepsTest {

    private static final double ROW_H = 20;
    private static final double COL_W = 100;

    /** A grid of single cells (no spans) at (x0, y0); "" is an empty cell. */
    static Grid grid(int page, double x0, double y0, String[][] text) {
        int nr = text.length;
        int nc = text[0].length;
        List<Double> rows = new ArrayList<>();
        List<Double> cols = new ArrayList<>();
        for (int r = 0; r <= nr; r++) {
            rows.add(y0 + r * ROW_H);
        }
        for (int c = 0; c <= nc; c++) {
            cols.add(x0 + c * COL_W);
        }
        List<GridCell> cells = new ArrayList<>();
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                cells.add(cell(r, c, 1, 1, rows, cols, text[r][c]));
            }
        }
        return new Grid(page, new Box(cols.get(0), rows.get(0), cols.get(nc), rows.get(nr)), rows, cols, cells);
    }

    static GridCell cell(int r, int c, int rs, int cs, List<Double> rows, List<Double> cols, String t) {
        Box b = new Box(cols.get(c), rows.get(r), cols.get(c + cs), rows.get(r + rs));
        List<Box> glyphs = new ArrayList<>();
        for (int i = 0; i < t.replace(" ", "").length(); i++) {
            glyphs.add(new Box(b.x0() + 2 + i, b.y0() + 4, b.x0() + 3 + i, b.y1() - 4));
        }
        return new GridCell(r, c, rs, cs, b, t.isEmpty() ? List.of() : List.of(t), glyphs);
    }

    private static Table type(TableKind kind, String title, Grid... grids) {
        TableRegion region = new TableRegion(kind, null, title, Unit.TEN_THOUSAND_YUAN, null,
                Place.onPage(grids[0].page(), grids[0].box()), List.of(grids), List.of(), null);
        return TableTyper.type("t01", region).table();
    }

    private static BigDecimal amount(Table t, String label, String key) {
        int k = -1;
        for (int i = 0; i < t.columns().size(); i++) {
            if (t.columns().get(i).key().equals(key)) {
                k = i;
            }
        }
        for (Row r : t.rows()) {
            if (r.label().equals(label)) {
                return r.cells().get(k) == null || !r.cells().get(k).hasAmount() ? null : r.cells().get(k).amount().value();
            }
        }
        throw new AssertionError("no row " + label + " in " + t.rows());
    }

    // ---- title block inside the grid (北京 预算NN表) ----

    @Test
    void 表内标题行与金额单位行被剥离() {
        Grid g = grid(1, 50, 100, new String[][] {
            {"", "预算05表 一般公共预算支出表", "", ""},
            {"", "", "", "金额单位：万元"},
            {"科目编码", "科目名称", "合计", "基本支出"},
            {"2010801", "行政运行", "4,952.850016", "4,697.043616"}});
        Grid peeled = TitleBand.peel(g, 2);
        assertEquals(2, peeled.rowCount());
        assertEquals(140.0, peeled.box().y0(), 1e-9);
        assertEquals("科目编码", peeled.textAt(0, 0));
    }

    @Test
    void 普通表头不被剥离() {
        Grid g = grid(1, 50, 100, new String[][] {
            {"项目", "预算数"},
            {"一、一般公共预算拨款收入", "100.00"},
            {"收入总计", "100.00"}});
        assertSame(g, TitleBand.peel(g, 2));
    }

    @Test
    void 剥离后行数不足则不剥离() {
        Grid g = grid(1, 50, 100, new String[][] {
            {"收入总表", ""},
            {"合计", "1.00"}});
        assertSame(g, TitleBand.peel(g, 2));
    }

    // ---- 栏次 line with **** marks ----

    @Test
    void 星号栏次行是表头不是数据行() {
        Grid g = grid(1, 50, 100, new String[][] {
            {"经济分类科目名称", "合计", "人员经费", "公用经费"},
            {"****", "1", "2", "3"},
            {"合计", "10.00", "6.00", "4.00"},
            {"工资福利支出", "6.00", "6.00", ""}});
        Table t = type(TableKind.BUDGET_GENERAL_BUDGET_BASIC_EXPENDITURE, "一般公共预算基本支出表", g);
        assertEquals(2, t.rows().size(), t.rows().toString());
        assertEquals(new BigDecimal("10.00"), amount(t, "合计", "total"));
        assertTrue(t.rows().stream().noneMatch(r -> r.label().contains("*")));
    }

    @Test
    void 有文字的行不是栏次行() {
        Grid g = grid(1, 50, 100, new String[][] {
            {"项目", "合计", "人员经费"},
            {"奖金", "1", "2"}});
        Table t = type(TableKind.BUDGET_GENERAL_BUDGET_BASIC_EXPENDITURE, "一般公共预算基本支出表", g);
        assertEquals(new BigDecimal("1"), amount(t, "奖金", "total"));
    }

    // ---- a body line without figures before the first figure (湖州 收支总表, 续页) ----

    @Test
    void 无数字的首行是表体不是表头() {
        Grid g = grid(1, 50, 100, new String[][] {
            {"收 入", "收 入", "支 出", "支 出"},
            {"项 目", "预算数", "项 目", "预算数"},
            {"上年结转结余", "", "年终结转结余", ""},
            {"收入总计", "6838.41", "支出总计", "6838.41"}});
        TableRegion region = new TableRegion(TableKind.BUDGET_INCOME_EXPENDITURE_SUMMARY, null, "收支预算总表", Unit.TEN_THOUSAND_YUAN,
                null, Place.onPage(1, g.box()), List.of(g), List.of(), null);
        TableTyper.Result r = TableTyper.type("t01", region);
        assertTrue(r.problems().stream().noneMatch(p -> p.kind() == ProblemKind.UNREADABLE_FIGURE), r.problems().toString());
        Table t = r.table();
        assertEquals(new BigDecimal("6838.41"), amount(t, "收入总计", "total"));
        assertTrue(t.rows().stream().anyMatch(x -> x.label().equals("上年结转结余")));
    }

    @Test
    void 表头第二行的表头词仍是表头() {
        Grid g = grid(1, 50, 100, new String[][] {
            {"功能分类科目", "功能分类科目", "合计"},
            {"科目编码", "科目名称", "合计"},
            {"201", "一般公共服务支出", "5.00"}});
        Lattice lattice = new Lattice(g);
        assertFalse(HeaderBands.figurelessBodyLine(lattice, new int[] {1, 2}, new boolean[3]));
    }

    // ---- a one-row continuation at the top of the next page (无锡 公开03表) ----

    @Test
    void 下页单独一行续表并入上表() {
        Grid first = grid(1, 50, 100, new String[][] {
            {"科目编码", "科目名称", "合计", "基本支出"},
            {"221", "住房保障支出", "361.22", "361.22"},
            {"22102", "住房改革支出", "361.22", "361.22"},
            {"2210201", "住房公积金", "114.07", "114.07"},
            {"2210202", "提租补贴", "117.13", "117.13"}});
        Grid stub = grid(2, 50, 60, new String[][] {{"2210203", "购房补贴", "130.02", "130.02"}});
        TextLine title = new TextLine(1, "公开03表 支出总表", new Box(200, 70, 300, 80), 10);
        TextLine stubLine = new TextLine(2, "2210203 购房补贴 130.02 130.02", new Box(52, 64, 440, 76), 10);
        TableLocator.Located located = TableLocator.locate(List.of(
                new TableLocator.PageLayout(1, 600, 800, List.of(first), List.of(title), List.of()),
                new TableLocator.PageLayout(2, 600, 800, List.of(), List.of(stubLine), List.of(stub))));
        assertEquals(1, located.regions().size());
        assertEquals(List.of(1, 2), located.regions().get(0).pages());
        assertTrue(located.tableLines().contains(stubLine), "the stub's text is table text, not narrative");
        Table t = TableTyper.type("t01", located.regions().get(0)).table();
        assertEquals(new BigDecimal("130.02"), amount(t, "购房补贴", "total"));
    }

    @Test
    void 空白单行框不并入() {
        Grid first = grid(1, 50, 100, new String[][] {
            {"科目编码", "科目名称", "合计"},
            {"221", "住房保障支出", "1.00"}});
        Grid stub = grid(2, 50, 60, new String[][] {{"", "", ""}});
        TextLine title = new TextLine(1, "公开03表 支出总表", new Box(200, 70, 300, 80), 10);
        TableLocator.Located located = TableLocator.locate(List.of(
                new TableLocator.PageLayout(1, 600, 800, List.of(first), List.of(title), List.of()),
                new TableLocator.PageLayout(2, 600, 800, List.of(), List.of(), List.of(stub))));
        assertEquals(List.of(1), located.regions().get(0).pages());
    }

    @Test
    void 列结构不同的单行框不并入() {
        Grid first = grid(1, 50, 100, new String[][] {
            {"科目编码", "科目名称", "合计"},
            {"221", "住房保障支出", "1.00"}});
        Grid other = new Grid(2, new Box(50, 60, 250, 80), List.of(60.0, 80.0), List.of(50.0, 250.0),
                List.of(cell(0, 0, 1, 1, List.of(60.0, 80.0), List.of(50.0, 250.0), "附件")));
        TextLine title = new TextLine(1, "公开03表 支出总表", new Box(200, 70, 300, 80), 10);
        TableLocator.Located located = TableLocator.locate(List.of(
                new TableLocator.PageLayout(1, 600, 800, List.of(first), List.of(title), List.of()),
                new TableLocator.PageLayout(2, 600, 800, List.of(), List.of(), List.of(other))));
        assertEquals(List.of(1), located.regions().get(0).pages());
        assertNull(located.regions().get(0).emptyNote());
    }

    @Test
    void 人员类列即人员经费() {
        assertEquals("personnel", ColumnMapper.key(List.of("人员类"),
                TableKind.BUDGET_GENERAL_BUDGET_BASIC_EXPENDITURE.columns()));
    }
}
