package io.github.suanzhang.reconcile.rules.cross;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.reconcile.rules.SeedTables;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameCodeSameFactRuleTest {

    private static List<Finding> run(Table... ts) {
        Fixture.DisclosureBuilder b = Fixture.disclosure();
        for (Table t : ts) {
            b.table(t);
        }
        return new SameCodeSameFactRule().check(b.build()).toList();
    }

    private static Table table(String id, TableKind kind, String total, String name, String amount) {
        return Fixture.table(id, kind, "code", "name", "total", "basic", "project").title(kind.standardName())
                .row(null, "合计", "", "合计", total, "", "")
                .row("2080101", name, "2080101", name, amount, amount, "").build();
    }

    @Test
    void negative_the_seed_tables_keep_one_name_and_one_amount_per_code() {
        assertEquals(List.of(), new SameCodeSameFactRule().check(SeedTables.disclosure()).toList());
    }

    @Test
    void positive_one_unit_apart_is_a_warning_more_is_an_error() {
        List<Finding> warn = run(table("t03", TableKind.FINAL_EXPENDITURE, "1,553.51", "行政运行", "872.87"),
                table("t05", TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, "1,553.51", "行政运行", "872.88"));
        assertEquals(2, warn.size(), "total and basic columns");
        assertTrue(warn.stream().allMatch(f -> f.severity() == Severity.WARNING));
        assertEquals(List.of("t03", "t05"), warn.get(0).evidence().stream().map(e -> e.table()).toList());
        List<Finding> err = run(table("t03", TableKind.FINAL_EXPENDITURE, "1,553.51", "行政运行", "872.87"),
                table("t05", TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, "1,553.51", "行政运行", "873.87"));
        assertEquals(Severity.ERROR, err.get(0).severity());
        assertTrue(err.get(0).message().contains("相差1.00万元"), err.get(0).message());
    }

    @Test
    void all_funds_and_general_budget_are_not_compared_when_their_totals_differ() {
        assertEquals(List.of(), run(table("t03", TableKind.FINAL_EXPENDITURE, "1,600.00", "行政运行", "900.00"),
                table("t05", TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, "1,553.51", "行政运行", "872.87")));
    }

    @Test
    void two_names_for_one_code_is_an_info() {
        List<Finding> fs = run(table("t02", TableKind.FINAL_INCOME, "1.00", "机关事业单位基本养老保险缴费支出", "1.00"),
                table("t03", TableKind.FINAL_EXPENDITURE, "1.00", "机关事业单位养老保险缴费支出", "1.00"));
        assertEquals(1, fs.size());
        assertEquals(Severity.INFO, fs.get(0).severity());
        assertEquals(2, fs.get(0).evidence().size());
        assertTrue(fs.get(0).message().contains("2080101"));
        assertEquals(List.of(), run(table("t02", TableKind.FINAL_INCOME, "1.00", "行政运行（项）", "1.00"),
                table("t03", TableKind.FINAL_EXPENDITURE, "1.00", "行 政 运 行", "1.00")), "spacing and (项) are not a difference");
    }
}
