package io.github.suanzhang.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.extract.grid.Grid;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading faults that fed false findings, on invented grids: figureless body lines at the top of a continued
 * grid taken for its header, words in an amount cell reported as an unreadable figure, a percentage column read
 * as amounts.
 */
class TableReadingFaultsTest {

    private static TableTyper.Result type(TableKind kind, String title, Grid... grids) {
        TableRegion region = new TableRegion(kind, null, title, Unit.TEN_THOUSAND_YUAN, null,
                Place.onPage(grids[0].page(), grids[0].box()), List.of(grids), List.of(), null);
        return TableTyper.type("t01", region);
    }

    private static int column(Table t, String key) {
        for (int i = 0; i < t.columns().size(); i++) {
            if (t.columns().get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static Row row(Table t, String label, TableKind.Side side) {
        for (Row r : t.rows()) {
            if (r.label().equals(label) && (side == null || side.equals(r.side()))) {
                return r;
            }
        }
        throw new AssertionError("no row " + label + " in " + t.rows());
    }

    @Test
    void 续页顶部无数字的正文行不是表头() {
        Grid p1 = TableStepsTest.grid(1, 50, 100, new String[][] {
            {"收入项目", "预算数", "支出项目", "预算数"},
            {"一、一般公共预算拨款收入", "120.00", "一、一般公共服务支出", "70.00"},
            {"二、政府性基金预算拨款收入", "", "二、教育支出", "50.00"}});
        Grid p2 = TableStepsTest.grid(2, 50, 60, new String[][] {
            {"小计", "", "", ""},
            {"上年结转", "", "结转下年", ""},
            {"收入总计", "120.00", "支出总计", "120.00"}});
        TableTyper.Result r = type(TableKind.BUDGET_INCOME_EXPENDITURE_SUMMARY, "收支总表", p1, p2);
        Table t = r.table();
        assertTrue(r.problems().stream().noneMatch(p -> p.kind() == ProblemKind.UNREADABLE_FIGURE), r.problems().toString());
        int total = column(t, "total");
        assertTrue(total >= 0, t.columns().toString());
        assertEquals(new BigDecimal("120.00"), row(t, "收入总计", TableKind.Side.INCOME).cells().get(total).amount().value());
        assertEquals(new BigDecimal("120.00"), row(t, "支出总计", TableKind.Side.EXPENDITURE).cells().get(total).amount().value());
        row(t, "上年结转", TableKind.Side.INCOME);
        row(t, "结转下年", TableKind.Side.EXPENDITURE);
    }

    @Test
    void 续页重复的表头仍是表头() {
        Grid p1 = TableStepsTest.grid(1, 50, 100, new String[][] {
            {"收入项目", "预算数", "支出项目", "预算数"},
            {"一、一般公共预算拨款收入", "120.00", "一、一般公共服务支出", "70.00"}});
        Grid p2 = TableStepsTest.grid(2, 50, 60, new String[][] {
            {"收入项目", "预算数", "支出项目", "预算数"},
            {"收入总计", "120.00", "支出总计", "120.00"}});
        Table t = type(TableKind.BUDGET_INCOME_EXPENDITURE_SUMMARY, "收支总表", p1, p2).table();
        assertTrue(t.rows().stream().noneMatch(x -> x.label().contains("项目")), t.rows().toString());
        assertEquals(new BigDecimal("120.00"), row(t, "收入总计", TableKind.Side.INCOME).cells().get(column(t, "total")).amount().value());
    }

    @Test
    void 金额格中的文字不报为无法识别的数字() {
        Grid g = TableStepsTest.grid(1, 50, 100, new String[][] {
            {"科目编码", "科目名称", "合计", "基本支出"},
            {"2050302", "中等职业教育", "支出", "出"},
            {"2050303", "技校教育", "12.50", "12.50"}});
        TableTyper.Result r = type(TableKind.BUDGET_EXPENDITURE, "支出总表", g);
        assertTrue(r.problems().stream().noneMatch(p -> p.kind() == ProblemKind.UNREADABLE_FIGURE), r.problems().toString());
        Cell c = row(r.table(), "中等职业教育", null).cells().get(column(r.table(), "total"));
        assertFalse(c.hasAmount());
        assertEquals("支出", c.raw());
        // a figure that cannot be read is still reported
        Grid bad = TableStepsTest.grid(1, 50, 100, new String[][] {
            {"科目编码", "科目名称", "合计", "基本支出"},
            {"2050302", "中等职业教育", "12.5.0", "12.50"},
            {"2050303", "技校教育", "12.50", "12.50"}});
        assertTrue(type(TableKind.BUDGET_EXPENDITURE, "支出总表", bad).problems().stream()
                .anyMatch(p -> p.kind() == ProblemKind.UNREADABLE_FIGURE));
    }

    @Test
    void 增减百分比列读作百分比不占金额列() {
        Grid g = TableStepsTest.grid(1, 50, 100, new String[][] {
            {"科目编码", "科目名称", "合计", "比上年增减(%)"},
            {"205", "教育支出", "30.00", "5.2"},
            {"20502", "普通教育", "20.00", "-3.1"},
            {"20503", "职业教育", "10.00", "12.0"}});
        Table t = type(TableKind.BUDGET_EXPENDITURE, "支出总表", g).table();
        int pct = -1;
        for (int i = 0; i < t.columns().size(); i++) {
            if (t.columns().get(i).label().contains("%")) {
                pct = i;
            }
        }
        assertTrue(pct >= 0, t.columns().toString());
        assertTrue(t.columns().get(pct).key().startsWith("col"), t.columns().get(pct).key());
        Cell c = row(t, "教育支出", null).cells().get(pct);
        assertEquals(Unit.PERCENT, c.amount().unit());
        assertEquals(Unit.TEN_THOUSAND_YUAN, row(t, "教育支出", null).cells().get(column(t, "total")).amount().unit());
    }

    @Test
    void 增减额列仍是金额() {
        assertTrue(PercentColumns.named(List.of("比上年增减(%)")));
        assertTrue(PercentColumns.named(List.of("2026年预算比2025年", "增长率")));
        assertTrue(PercentColumns.named(List.of("决算数为预算数的%")));
        assertFalse(PercentColumns.named(List.of("比上年增减", "增减额")));
        assertFalse(PercentColumns.named(List.of("合计")));
        assertFalse(PercentColumns.named(List.of("2026年预算数")));
    }
}
