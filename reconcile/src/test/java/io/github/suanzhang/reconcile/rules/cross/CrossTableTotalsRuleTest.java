package io.github.suanzhang.reconcile.rules.cross;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.reconcile.rules.SeedTables;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossTableTotalsRuleTest {

    private static List<Finding> run(Disclosure d) {
        return new CrossTableTotalsRule().check(d).toList();
    }

    private static Table summary(String spending, String socialSecurity) {
        return Fixture.table("t01", TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, "item", "total").title("收入支出决算总表")
                .sideRow("收入", null, null, "本年收入合计", "本年收入合计", "2,946.25")
                .sideRow("支出", null, null, "八、社会保障和就业支出", "八、社会保障和就业支出", socialSecurity)
                .sideRow("支出", null, null, "本年支出合计", "本年支出合计", spending)
                .sideRow("收入", null, null, "总计", "总计", "2,995.39")
                .sideRow("支出", null, null, "总计", "总计", "2,995.39").build();
    }

    private static Table expenditure(String total, String basic) {
        return Fixture.table("t03", TableKind.FINAL_EXPENDITURE, "code", "name", "total", "basic", "project")
                .title("支出决算表")
                .row("208", "社会保障和就业支出", "208", "社会保障和就业支出", "326.72", "326.72", "")
                .row(null, "合计", "", "合计", total, basic, "603.14").build();
    }

    @Test
    void negative_the_seed_tables_agree_across_tables() {
        assertEquals(List.of(), run(SeedTables.disclosure()));
    }

    @Test
    void positive_the_summary_spending_total_against_the_expenditure_table() {
        List<Finding> fs = run(Fixture.disclosure().table(summary("2,940.05", "326.72"))
                .table(expenditure("2,941.05", "2,337.91")).build());
        assertEquals(1, fs.size(), fs.toString());
        Finding f = fs.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("收入支出决算总表中“本年支出合计”行为2,940.05万元，而支出决算表中“合计”行total为2,941.05万元，相差1.00万元，超出四舍五入可解释的范围。",
                f.message());
        assertEquals(List.of("t01", "t03"), f.evidence().stream().map(e -> e.table()).toList());
        assertEquals(2, f.evidence().get(0).row());
        assertEquals(1, f.evidence().get(1).row());
    }

    @Test
    void putuo_326_71_against_326_72_is_a_warning_not_an_error() {
        List<Finding> fs = run(Fixture.disclosure().table(summary("2,940.05", "326.71"))
                .table(expenditure("2,940.05", "2,336.91")).build());
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(Severity.WARNING, fs.get(0).severity());
        assertTrue(fs.get(0).message().contains("326.71万元") && fs.get(0).message().contains("326.72万元")
                && fs.get(0).message().contains("尾数调整"), fs.get(0).message());
    }

    @Test
    void basic_detail_personnel_plus_public_against_the_basic_column() {
        Disclosure ok = Fixture.disclosure().table(SeedTables.generalBudget()).table(SeedTables.basicDetail()).build();
        assertEquals(List.of(), run(ok));
        Table g = Fixture.table("t05", TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, "code", "name", "total", "basic", "project")
                .title("一般公共预算财政拨款支出决算表").row(null, "合计", "", "合计", "1,553.61", "1,313.34", "240.27").build();
        List<Finding> fs = run(Fixture.disclosure().table(g).table(SeedTables.basicDetail()).build());
        assertEquals(1, fs.size());
        assertEquals(Severity.ERROR, fs.get(0).severity());
        assertEquals(3, fs.get(0).evidence().size(), "the basic total and both 经费合计 lines");
        assertTrue(fs.get(0).message().contains("1,313.34万元") && fs.get(0).message().contains("1,313.24万元"));
    }

    private static Table threePublic(String vehicleOperation) {
        return Fixture.table("t09", TableKind.FINAL_THREE_PUBLIC, "actual_total", "actual_outbound", "actual_vehicle",
                        "actual_vehicle_purchase", "actual_vehicle_operation", "actual_reception")
                .title("财政拨款\"三公\"经费支出决算表")
                .row(null, "", vehicleOperation, "", vehicleOperation, "", vehicleOperation, "").build();
    }

    private static Table generalBudget(String project) {
        return Fixture.table("t05", TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, "code", "name", "total", "basic", "project")
                .title("一般公共预算财政拨款支出决算表").row(null, "合计", "", "合计", "", "1,313.24", project).build();
    }

    @Test
    void three_public_equal_to_the_basic_detail_only_when_the_scope_is_the_same() {
        // no 项目支出, no fund or state-capital spending: the 三公 figure is the 30231 line
        List<Finding> same = run(Fixture.disclosure().table(generalBudget("")).table(SeedTables.basicDetail())
                .table(threePublic("2.93")).build());
        assertEquals(1, same.size(), same.toString());
        assertEquals(Severity.ERROR, same.get(0).severity());
        assertEquals("actual_vehicle_operation", same.get(0).evidence().get(0).column());
        assertEquals("t06", same.get(0).evidence().get(1).table());
        // with 项目支出 the 三公 figure may be larger (the seed: 1.93 both, project 240.27) ...
        assertEquals(List.of(), run(Fixture.disclosure().table(generalBudget("240.27")).table(SeedTables.basicDetail())
                .table(threePublic("2.93")).build()));
        // ... but never smaller than the basic-detail line
        List<Finding> smaller = run(Fixture.disclosure().table(generalBudget("240.27")).table(SeedTables.basicDetail())
                .table(threePublic("0.93")).build());
        assertEquals(1, smaller.size());
        assertEquals(Severity.WARNING, smaller.get(0).severity());
        assertTrue(smaller.get(0).message().contains("大于"), smaller.get(0).message());
    }

    @Test
    void general_budget_larger_than_all_spending_is_a_warning() {
        Table g = Fixture.table("t05", TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, "code", "name", "total", "basic", "project")
                .title("一般公共预算财政拨款支出决算表").row(null, "合计", "", "合计", "3,000.00", "", "").build();
        List<Finding> fs = run(Fixture.disclosure().table(g).table(expenditure("2,940.05", "2,336.91")).build());
        assertEquals(1, fs.size());
        assertEquals(Severity.WARNING, fs.get(0).severity());
    }

    @Test
    void budget_summary_against_the_expenditure_table_either_line_will_do() {
        Table s = Fixture.table("t01", TableKind.BUDGET_INCOME_EXPENDITURE_SUMMARY, "item", "total").title("收支总表")
                .sideRow("支出", null, null, "本年支出合计", "本年支出合计", "900.00")
                .sideRow("支出", null, null, "支出总计", "支出总计", "1,000.00").build();
        Table e = Fixture.table("t03", TableKind.BUDGET_EXPENDITURE, "code", "name", "total")
                .title("支出总表").row(null, "合计", "", "合计", "1,000.00").build();
        Disclosure ok = Fixture.disclosure().type(DocumentType.BUDGET).table(s).table(e).build();
        assertEquals(List.of(), run(ok));
        Table bad = Fixture.table("t03", TableKind.BUDGET_EXPENDITURE, "code", "name", "total")
                .title("支出总表").row(null, "合计", "", "合计", "950.00").build();
        List<Finding> fs = run(Fixture.disclosure().type(DocumentType.BUDGET).table(s).table(bad).build());
        assertEquals(1, fs.size());
        assertEquals(Severity.ERROR, fs.get(0).severity());
    }

    @Test
    void income_total_and_spending_total_of_a_summary_balance() {
        Table s = Fixture.table("t01", TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, "item", "total").title("收入支出决算总表")
                .sideRow("收入", null, null, "总计", "总计", "2,995.39")
                .sideRow("支出", null, null, "总计", "总计", "2,995.93").build();
        List<Finding> fs = run(Fixture.disclosure().table(s).build());
        assertEquals(1, fs.size());
        assertEquals(Severity.ERROR, fs.get(0).severity());
    }
}
