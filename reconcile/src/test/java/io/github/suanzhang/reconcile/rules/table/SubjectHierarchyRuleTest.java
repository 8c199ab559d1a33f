package io.github.suanzhang.reconcile.rules.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.reconcile.rules.SeedTables;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubjectHierarchyRuleTest {

    private static List<Finding> run(Table... ts) {
        Fixture.DisclosureBuilder b = Fixture.disclosure();
        for (Table t : ts) {
            b.table(t);
        }
        return new SubjectHierarchyRule().check(b.build()).toList();
    }

    private static Fixture.TableBuilder expenditure() {
        return Fixture.table("t03", TableKind.FINAL_EXPENDITURE, "code", "name", "total", "basic", "project")
                .title("2023年度支出决算表");
    }

    @Test
    void positive_a_class_that_is_not_the_sum_of_its_sections() {
        Table t = expenditure()
                .row("208", "社会保障和就业支出", "208", "社会保障和就业支出", "1,225.06", "984.79", "240.27")
                .row("20801", "人力资源和社会保障管理事务", "20801", "人力资源和社会保障管理事务", "1,113.14", "872.87", "240.27")
                .row("20805", "行政事业单位养老支出", "20805", "行政事业单位养老支出", "111.99", "111.99", "")
                .build();
        List<Finding> fs = run(t);
        assertEquals(2, fs.size(), fs.toString());
        Finding f = fs.get(0);
        assertEquals("table.hierarchy", f.rule());
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().startsWith("支出决算表中“208 社会保障和就业支出”行total为1,225.06万元，而其下各款之和为1,225.13万元，相差0.07万元"),
                f.message());
        assertEquals(List.of(0, 1, 2), f.evidence().stream().map(e -> e.row()).toList());
        assertEquals("basic", fs.get(1).evidence().get(0).column());
    }

    @Test
    void positive_the_total_line_against_the_classes_as_a_journalist_reads_it() {
        Table t = expenditure()
                .row(null, "合计", "", "合计", "1,553.51", "", "")
                .row("208", "社会保障和就业支出", "208", "社会保障和就业支出", "1,225.06", "", "")
                .row("210", "卫生健康支出", "210", "卫生健康支出", "167.24", "", "")
                .row("221", "住房保障支出", "221", "住房保障支出", "161.31", "", "")
                .build();
        List<Finding> fs = run(t);
        assertEquals(1, fs.size());
        assertEquals("支出决算表中“合计”行total为1,553.51万元，而各类之和为1,553.61万元，相差0.10万元，超出四舍五入可解释的范围。",
                fs.get(0).message());
        assertEquals(4, fs.get(0).evidence().size());
    }

    @Test
    void negative_the_seed_tables_and_a_sum_rounding_explains() {
        assertEquals(List.of(), new SubjectHierarchyRule().check(SeedTables.disclosure()).toList());
        // 上海普陀财政局 2024: 2,106.66 + 326.72 + 60.99 + 445.69 = 2,940.06 against 2,940.05 — within rounding
        Table t = expenditure()
                .row("201", "一般公共服务支出", "201", "一般公共服务支出", "2,106.66", "", "")
                .row("208", "社会保障和就业支出", "208", "社会保障和就业支出", "326.72", "", "")
                .row("210", "卫生健康支出", "210", "卫生健康支出", "60.99", "", "")
                .row("221", "住房保障支出", "221", "住房保障支出", "445.69", "", "")
                .row(null, "合计", "", "合计", "2,940.05", "", "")
                .build();
        assertEquals(List.of(), run(t));
    }

    @Test
    void a_parent_without_children_in_the_table_is_not_checked() {
        Table t = expenditure().row("208", "社会保障和就业支出", "208", "社会保障和就业支出", "1,225.06", "", "")
                .row("2080101", "行政运行", "2080101", "行政运行", "872.87", "", "").build();
        assertEquals(List.of(), run(t));
    }

    @Test
    void a_code_printed_twice_is_left_out_with_its_parent() {
        Table t = expenditure().row("20801", "人力资源和社会保障管理事务", "20801", "x", "100.00", "", "")
                .row("2080101", "行政运行", "2080101", "行政运行", "60.00", "", "")
                .row("2080101", "行政运行", "2080101", "行政运行", "60.00", "", "").build();
        assertEquals(List.of(), run(t));
    }

    @Test
    void a_shortfall_at_the_end_of_a_table_over_two_pages_is_only_an_info() {
        Table one = expenditure().row("208", "社会保障和就业支出", "208", "社会保障和就业支出", "1,225.06", "", "")
                .row("20801", "人力资源和社会保障管理事务", "20801", "人力资源和社会保障管理事务", "1,113.14", "", "").build();
        Table two = new Table(one.id(), one.kind(), one.number(), one.title(), one.unit(), List.of(5, 6), one.columns(),
                one.rows(), one.notes(), one.emptyNote(), one.place(), one.method());
        assertEquals(Severity.ERROR, run(one).get(0).severity());
        List<Finding> fs = run(two);
        assertEquals(Severity.INFO, fs.get(0).severity());
        assertTrue(fs.get(0).message().contains("未能完整读出"));
    }

    @Test
    void a_cell_that_is_text_not_a_figure_stops_only_that_check() {
        Table t = expenditure().row("208", "社会保障和就业支出", "208", "社会保障和就业支出", "1,225.06", "9.00", "")
                .row("20801", "人力资源和社会保障管理事务", "20801", "人力资源和社会保障管理事务", "见附表", "1.00", "").build();
        List<Finding> fs = run(t);
        assertEquals(1, fs.size());
        assertEquals("basic", fs.get(0).evidence().get(0).column());
    }

    /**
     * 黑龙江 2023 财政决算 表2.5 (pp. 29–30): 201 一般公共服务支出 3,998,882 against its printed 款 3,198,900 — the
     * 党委 款 (20131–20136) are not printed. A government-level table need not print every line: not judged.
     * The same figures in a 部门 table are an ERROR.
     */
    @Test
    void government_level_tables_are_not_judged() {
        Table t = Fixture.table("t25", TableKind.GENERIC, "code", "name", "total").title("2023年黑龙江省一般公共预算支出功能分类决算表")
                .unit(io.github.suanzhang.core.number.Unit.TEN_THOUSAND_YUAN)
                .row("201", "一般公共服务支出", "201", "一般公共服务支出", "3998882")
                .row("20101", "人大事务", "20101", "人大事务", "78837")
                .row("20103", "政府办公厅(室)及相关机构事务", "20103", "政府办公厅(室)及相关机构事务", "3120063")
                .build();
        for (io.github.suanzhang.core.doc.Scope scope : List.of(io.github.suanzhang.core.doc.Scope.GOVERNMENT,
                io.github.suanzhang.core.doc.Scope.UNKNOWN)) {
            assertEquals(List.of(), new SubjectHierarchyRule().check(Fixture.disclosure().scope(scope).table(t).build()).toList());
        }
        assertEquals(1, new SubjectHierarchyRule().check(Fixture.disclosure()
                .scope(io.github.suanzhang.core.doc.Scope.DEPARTMENT).table(t).build()).count());
    }
}
