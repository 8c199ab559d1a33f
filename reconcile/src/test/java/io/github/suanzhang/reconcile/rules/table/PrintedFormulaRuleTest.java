package io.github.suanzhang.reconcile.rules.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.reconcile.rules.SeedTables;
import io.github.suanzhang.testdata.Fixture;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintedFormulaRuleTest {

    private static List<Finding> run(Disclosure d) {
        return new PrintedFormulaRule().check(d).toList();
    }

    private static Fixture.TableBuilder summary(String line27) {
        Fixture.TableBuilder b = Fixture.table("t01", TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, "item", "line", "total")
                .title("收入支出决算总表").note("27行= (1+2+3) 行;");
        b.sideRow("收入", "1", null, "一、一般公共预算财政拨款收入", "一、一般公共预算财政拨款收入", "1", "1,000.00");
        b.sideRow("收入", "2", null, "二、政府性基金预算财政拨款收入", "二", "2", "553.51");
        b.sideRow("收入", "3", null, "三、国有资本经营预算财政拨款收入", "三", "3", "");
        b.sideRow("收入", "27", null, "本年收入合计", "本年收入合计", "27", line27);
        return b;
    }

    @Test
    void positive_a_line_total_no_rounding_explains_is_an_error_with_both_sides() {
        List<Finding> fs = run(Fixture.disclosure().table(summary("1,553.61").build()).build());
        assertEquals(1, fs.size());
        Finding f = fs.get(0);
        assertEquals("table.formula", f.rule());
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("1,553.61万元") && f.message().contains("1,553.51万元")
                && f.message().contains("相差0.10万元") && f.message().contains("27行=(1+2+3)行"), f.message());
        assertEquals(0, new BigDecimal("1553.61").compareTo(f.figures().get("stated").value()));
        assertEquals(0, new BigDecimal("1553.51").compareTo(f.figures().get("computed").value()));
        assertEquals(0, new BigDecimal("-0.10").compareTo(f.figures().get("difference").value()));
        assertEquals(4, f.evidence().size(), "the total and the three parts");
        assertEquals("t01", f.evidence().get(0).table());
        assertEquals(3, f.evidence().get(0).row());
        assertEquals("total", f.evidence().get(0).column());
        assertEquals("（空白）", f.evidence().get(3).text());
    }

    @Test
    void two_parts_one_unit_off_is_within_rounding_but_one_printed_part_one_unit_off_is_a_warning() {
        assertEquals(List.of(), run(Fixture.disclosure().table(summary("1,553.52").build()).build()),
                "1,000.00 + 553.51 stands for [1,553.50, 1,553.52]");
        Fixture.TableBuilder b = Fixture.table("t05", TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, "code", "name", "total",
                "basic", "project").note("1栏各行=(2+3)栏各行。");
        b.row("2080101", "行政运行", "2080101", "行政运行", "872.88", "872.87", "");
        List<Finding> fs = run(Fixture.disclosure().table(b.build()).build());
        assertEquals(1, fs.size());
        assertEquals(Severity.WARNING, fs.get(0).severity());
        assertTrue(fs.get(0).message().contains("尾数调整"), fs.get(0).message());
    }

    @Test
    void negative_the_seed_tables_satisfy_every_printed_formula() {
        assertEquals(List.of(), run(SeedTables.disclosure()));
        assertEquals(List.of(), run(Fixture.disclosure().table(summary("1,553.51").build()).build()));
    }

    @Test
    void a_column_formula_with_a_minus_term_on_each_line() {
        Fixture.TableBuilder b = Fixture.table("t07", TableKind.FINAL_GOVERNMENT_FUND, "code", "name", "opening_balance",
                "income", "total", "basic", "project", "closing_balance").title("政府性基金预算财政拨款收入支出决算表")
                .note("6栏各行=(1+2-3)栏各行; 3栏各行=(4+5)栏各行。");
        b.row(null, "合计", "", "合计", "10.00", "100.00", "90.00", "60.00", "30.00", "20.00");
        b.row("229", "其他支出", "229", "其他支出", "10.00", "100.00", "90.00", "60.00", "30.00", "21.00");
        List<Finding> fs = run(Fixture.disclosure().table(b.build()).build());
        assertEquals(1, fs.size());
        assertEquals(1, fs.get(0).evidence().get(0).row());
        assertEquals("closing_balance", fs.get(0).evidence().get(0).column());
        assertEquals(Severity.ERROR, fs.get(0).severity());
    }

    @Test
    void only_truncation_explains_it_a_warning() {
        Fixture.TableBuilder b = Fixture.table("t05", TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, "code", "name", "total",
                "basic", "project").note("1栏各行=(2+3)栏各行。");
        b.row("208", "社会保障和就业支出", "208", "社会保障和就业支出", "10.7", "10.76", "");
        List<Finding> fs = run(Fixture.disclosure().table(b.build()).build());
        assertEquals(1, fs.size());
        assertEquals(Severity.WARNING, fs.get(0).severity());
        assertTrue(fs.get(0).message().contains("截尾"), fs.get(0).message());
    }

    @Test
    void blank_cells_are_zero_with_the_precision_of_their_column() {
        Fixture.TableBuilder ok = Fixture.table("t09", TableKind.FINAL_THREE_PUBLIC, "actual_total", "actual_outbound",
                "actual_vehicle", "actual_vehicle_purchase", "actual_vehicle_operation", "actual_reception")
                .note("1栏= (2+3+6) 栏; 3栏= (4+5) 栏");
        ok.row(null, "", "1.93", "", "1.93", "", "1.93", "");
        assertEquals(List.of(), run(Fixture.disclosure().table(ok.build()).build()));
        Fixture.TableBuilder bad = Fixture.table("t09", TableKind.FINAL_THREE_PUBLIC, "actual_total", "actual_outbound",
                "actual_vehicle", "actual_vehicle_purchase", "actual_vehicle_operation", "actual_reception")
                .note("3栏= (4+5) 栏");
        bad.row(null, "", "1.93", "", "", "", "1.93", "");
        List<Finding> fs = run(Fixture.disclosure().table(bad.build()).build());
        assertEquals(1, fs.size());
        assertTrue(fs.get(0).message().contains("空白（按0计）"), fs.get(0).message());
        assertEquals(Severity.ERROR, fs.get(0).severity());
    }

    @Test
    void a_line_the_table_lacks_makes_a_difference_only_an_info() {
        Fixture.TableBuilder b = summary("1,600.00").note("31行=(27+28+29)行");
        b.sideRow("收入", "31", null, "总计", "总计", "31", "1,700.00");
        List<Finding> fs = run(Fixture.disclosure().table(b.build()).build());
        Finding missing = fs.stream().filter(f -> f.message().contains("第31行")).findFirst().orElseThrow();
        assertEquals(Severity.INFO, missing.severity());
        assertTrue(missing.message().contains("未找到第28、29行"), missing.message());
    }

    @Test
    void a_column_the_table_lacks_is_reported_as_not_checked() {
        Fixture.TableBuilder b = Fixture.table("t08", TableKind.FINAL_STATE_CAPITAL, "code", "name", "total", "basic")
                .note("1栏各行=(2+3)栏各行。");
        b.row(null, "合计", "", "合计", "5.00", "5.00");
        List<Finding> fs = run(Fixture.disclosure().table(b.build()).build());
        assertEquals(1, fs.size());
        assertEquals(Severity.INFO, fs.get(0).severity());
    }

    @Test
    void a_table_printed_without_figures_is_not_checked() {
        assertEquals(List.of(), run(Fixture.disclosure().table(SeedTables.governmentFund()).build()));
    }
}
