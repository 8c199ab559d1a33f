package io.github.suanzhang.reconcile.rules.table;

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

class EconomicHierarchyRuleTest {

    private static List<Finding> run(Table t) {
        return new EconomicHierarchyRule().check(Fixture.disclosure().table(t).build()).toList();
    }

    private static Fixture.TableBuilder detail() {
        return Fixture.table("t06", TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE, "code", "name", "total")
                .title("一般公共预算财政拨款基本支出决算明细表").economic();
    }

    @Test
    void negative_the_seed_basic_detail_reconciles() {
        // 人员经费合计 1,207.89 = 301 1,188.43 + 303 19.46; 公用经费合计 105.35 = 302 105.35 + 310 (blank)
        assertEquals(List.of(), run(SeedTables.basicDetail()));
        assertEquals(List.of(), new EconomicHierarchyRule().check(SeedTables.disclosure()).toList());
    }

    @Test
    void positive_personnel_total_not_301_plus_303() {
        Table t = detail().row("301", "工资福利支出", "301", "工资福利支出", "1,188.43")
                .row("303", "对个人和家庭的补助", "303", "对个人和家庭的补助", "19.46")
                .row("302", "商品和服务支出", "302", "商品和服务支出", "105.35")
                .row(null, "人员经费合计", "", "人员经费合计", "1,207.99")
                .row(null, "公用经费合计", "", "公用经费合计", "105.35").build();
        List<Finding> fs = run(t);
        assertEquals(1, fs.size());
        Finding f = fs.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("人员经费合计") && f.message().contains("1,207.99万元")
                && f.message().contains("1,207.89万元"), f.message());
        assertEquals(List.of(3, 0, 1), f.evidence().stream().map(e -> e.row()).toList());
    }

    @Test
    void positive_a_class_not_the_sum_of_its_sections() {
        Table t = detail().row("302", "商品和服务支出", "302", "商品和服务支出", "30.00")
                .row("30201", "办公费", "30201", "办公费", "22.09")
                .row("30231", "公务用车运行维护费", "30231", "公务用车运行维护费", "1.93").build();
        List<Finding> fs = run(t);
        assertEquals(1, fs.size());
        assertTrue(fs.get(0).message().contains("302xx"), fs.get(0).message());
    }

    @Test
    void positive_basic_total_not_personnel_plus_public() {
        Table t = detail().row(null, "人员经费合计", "", "人员经费合计", "1,207.89")
                .row(null, "公用经费合计", "", "公用经费合计", "105.35")
                .row(null, "合计", "", "合计", "1,313.42").build();
        List<Finding> fs = run(t);
        assertEquals(1, fs.size());
        assertTrue(fs.get(0).message().contains("人员经费合计与公用经费合计之和为1,313.24万元"), fs.get(0).message());
    }

    @Test
    void budget_basic_table_each_line_total_is_personnel_plus_public() {
        Table ok = Fixture.table("t07", TableKind.BUDGET_GENERAL_BUDGET_BASIC_EXPENDITURE, "code", "name", "total",
                        "personnel", "public").economic()
                .row("301", "工资福利支出", "301", "工资福利支出", "500.00", "500.00", "")
                .row("302", "商品和服务支出", "302", "商品和服务支出", "80.00", "", "80.00").build();
        assertEquals(List.of(), run(ok));
        Table bad = Fixture.table("t07", TableKind.BUDGET_GENERAL_BUDGET_BASIC_EXPENDITURE, "code", "name", "total",
                        "personnel", "public").economic()
                .row("302", "商品和服务支出", "302", "商品和服务支出", "80.00", "10.00", "80.00").build();
        List<Finding> fs = run(bad);
        assertEquals(1, fs.size());
        assertTrue(fs.get(0).message().contains("人员经费与公用经费之和为90.00万元"), fs.get(0).message());
    }
}
