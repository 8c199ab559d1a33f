package io.github.suanzhang.reconcile.rules.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.reconcile.rules.SeedTables;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletenessRuleTest {

    private static List<Finding> run(Disclosure d) {
        return new CompletenessRule().check(d).toList();
    }

    private static Fixture.DisclosureBuilder withoutFundAndThreePublic() {
        return Fixture.disclosure().table(SeedTables.summary()).table(SeedTables.income()).table(SeedTables.expenditure())
                .table(SeedTables.fiscalSummary()).table(SeedTables.generalBudget()).table(SeedTables.basicDetail())
                .table(SeedTables.stateCapital());
    }

    @Test
    void negative_the_seed_has_all_nine_tables_two_of_them_noted_empty() {
        assertEquals(List.of(), run(SeedTables.disclosure()));
    }

    @Test
    void positive_missing_tables_are_listed_in_one_warning() {
        List<Finding> fs = run(withoutFundAndThreePublic().build());
        assertEquals(1, fs.size());
        assertEquals(Severity.WARNING, fs.get(0).severity());
        assertTrue(fs.get(0).message().contains("2张") && fs.get(0).message().contains("公开07表 政府性基金预算财政拨款收入支出决算表")
                && fs.get(0).message().contains("公开09表"), fs.get(0).message());
    }

    @Test
    void a_table_noted_as_empty_in_the_narrative_is_not_missing() {
        List<Finding> fs = run(withoutFundAndThreePublic().statement("本单位2023年度无政府性基金预算财政拨款收入支出。").build());
        assertEquals(1, fs.size());
        assertTrue(!fs.get(0).message().contains("公开07表") && fs.get(0).message().contains("公开09表"));
    }

    @Test
    void missing_tables_in_a_file_that_was_not_read_whole_are_an_info() {
        List<Finding> fs = run(withoutFundAndThreePublic().problem(Problem.of(ProblemKind.NO_TEXT_LAYER, "第9页是图片")).build());
        assertEquals(Severity.INFO, fs.get(0).severity());
    }

    @Test
    void budget_core_tables_missing_are_an_info_and_government_reports_are_not_checked() {
        List<Finding> fs = run(Fixture.disclosure().type(DocumentType.BUDGET).build());
        assertEquals(1, fs.size());
        assertEquals(Severity.INFO, fs.get(0).severity());
        assertEquals(List.of(), run(Fixture.disclosure().scope(Scope.GOVERNMENT).build()));
        assertEquals(List.of(), run(Fixture.disclosure().type(DocumentType.UNKNOWN).build()));
        // 黑龙江 2023 财政决算, 山东 2023 决算情况表 …: government-level, scope not recognised — not a 部门决算 missing nine tables
        assertEquals(List.of(), run(Fixture.disclosure().type(DocumentType.FINAL_ACCOUNTS).scope(Scope.UNKNOWN).build()));
        assertEquals(1, run(Fixture.disclosure().type(DocumentType.FINAL_ACCOUNTS).scope(Scope.DEPARTMENT).build()).size());
    }

    @Test
    void 空表_declared_for_a_table_that_has_figures() {
        Disclosure d = Fixture.disclosure().table(SeedTables.summary()).table(SeedTables.income()).table(SeedTables.expenditure())
                .table(SeedTables.fiscalSummary()).table(SeedTables.generalBudget()).table(SeedTables.basicDetail())
                .table(SeedTables.governmentFund()).table(SeedTables.stateCapital()).table(SeedTables.threePublic())
                .statement("本单位无财政拨款“三公”经费支出，故本表为空表。").build();
        List<Finding> fs = run(d);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(Severity.WARNING, fs.get(0).severity());
        assertTrue(fs.get(0).message().contains("空表") && fs.get(0).message().contains("1.93"), fs.get(0).message());
        // the same declaration for tables printed empty is what the template asks for
        assertEquals(List.of(), run(Fixture.disclosure().table(SeedTables.summary()).table(SeedTables.income())
                .table(SeedTables.expenditure()).table(SeedTables.fiscalSummary()).table(SeedTables.generalBudget())
                .table(SeedTables.basicDetail()).table(SeedTables.governmentFund()).table(SeedTables.stateCapital())
                .table(SeedTables.threePublic())
                .statement("本单位无政府性基金预算财政拨款收入支出，故本表为空表。").build()));
    }

    @Test
    void a_row_of_column_numbers_under_an_empty_table_is_not_figures() {
        String note = "备注：本部门没有政府性基金预算拨款安排的支出，故本表无数据。";
        io.github.suanzhang.core.table.Table numbered = Fixture.table("t07", io.github.suanzhang.core.table.TableKind.FINAL_GOVERNMENT_FUND,
                        "code", "name", "total", "basic", "project")
                .title("政府性基金预算支出表").note(note).row(null, "**", "", "**", "1", "2", "3").build();
        assertTrue(run(Fixture.disclosure().table(numbered).build()).stream().noneMatch(f -> f.message().contains("空表")));
        io.github.suanzhang.core.table.Table filled = Fixture.table("t07", io.github.suanzhang.core.table.TableKind.FINAL_GOVERNMENT_FUND,
                        "code", "name", "total", "basic", "project")
                .title("政府性基金预算支出表").note(note).row("2120101", "行政运行", "2120101", "行政运行", "12.50", "12.50", "").build();
        assertEquals(1, run(Fixture.disclosure().table(filled).build()).stream().filter(f -> f.message().contains("空表")).count());
    }
    @Test
    void a_table_printed_under_its_name_but_not_typed_is_not_missing() {
        // invented: the 三公 table printed as a wide 预算数/决算数 form the reader keeps as a generic table
        io.github.suanzhang.core.table.Table wide = Fixture.table("t07", io.github.suanzhang.core.table.TableKind.GENERIC, "col1", "col2")
                .title("一般公共预算财政拨款“三公”经费支出决算表").row(null, "", "0.00", "0.16").build();
        List<Finding> fs = run(withoutFundAndThreePublic().table(wide).build());
        assertEquals(1, fs.size());
        assertEquals(Severity.WARNING, fs.get(0).severity(), "the fund table is still missing");
        assertTrue(fs.get(0).message().contains("1张") && fs.get(0).message().contains("公开07表")
                && fs.get(0).message().contains("未能按标准表式读出"), fs.get(0).message());
        List<Finding> only = run(withoutFundAndThreePublic().table(wide).statement("本单位2023年度无政府性基金预算财政拨款收入支出。").build());
        assertEquals(1, only.size());
        assertEquals(Severity.INFO, only.get(0).severity(), "only a table not understood: not checked, no WARNING");
    }
}
