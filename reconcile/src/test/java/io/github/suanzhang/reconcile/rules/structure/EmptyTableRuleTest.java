package io.github.suanzhang.reconcile.rules.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentInfo;
import io.github.suanzhang.core.doc.DocumentKind;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmptyTableRuleTest {
    private static Fixture.TableBuilder fund() {
        return Fixture.table("t07", TableKind.BUDGET_GOVERNMENT_FUND, "code", "name", "total", "basic", "project")
                .title("政府性基金预算支出表").page(12);
    }

    private static List<Finding> run(Table t, String... sentences) {
        Fixture.DisclosureBuilder b = Fixture.disclosure().type(DocumentType.BUDGET).table(t);
        for (String s : sentences) {
            b.statement(s);
        }
        return new EmptyTableRule().check(b.build()).toList();
    }

    @Test
    void an_empty_table_without_a_declaration_is_a_warning() {
        List<Finding> fs = run(fund().row(null, "合计", "", "", "").build(), "本部门2024年收入预算合计530.2万元。");
        assertEquals(1, fs.size());
        assertEquals(Severity.WARNING, fs.get(0).severity());
        assertTrue(fs.get(0).message().contains("第12页"), fs.get(0).message());
        // no rows at all, or only the column numbers (栏次)
        assertEquals(1, run(fund().build()).size());
        assertEquals(1, run(fund().row(null, "栏次", "", "", "1", "2", "3").build()).size());
    }

    @Test
    void a_declaration_under_the_table_or_in_the_narrative_counts() {
        assertEquals(List.of(), run(fund().note("注：本部门无政府性基金预算财政拨款收入支出，故本表为空表。").build()));
        assertEquals(List.of(), run(fund().emptyNote("说明：本单位本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。").build()));
        assertEquals(List.of(), run(fund().note("注：本表本年无发生额。").build()));
        assertEquals(List.of(), run(fund().build(), "本部门2024年无政府性基金预算拨款安排的支出。"));
        assertEquals(List.of(), run(fund().build(), "（注：2024年没有使用政府性基金预算拨款安排的支出。）"));
        assertEquals(List.of(), run(fund().build(), "一般公共预算拨款支出预算118.85万元，比上年增加2.56万元；政府性基金拨款支出预算0万元，与上年预算持平。"));
        assertEquals(List.of(), run(fund().build(), "政府性基金预算拨款支出为0。"));
        // a figure that is not zero, or a zero of another clause, declares nothing
        assertEquals(1, run(fund().build(), "政府性基金拨款支出预算10万元，比上年增加0万元。").size());
        assertEquals(1, run(fund().build(), "政府性基金拨款支出预算120.5万元。").size());
    }

    @Test
    void a_table_with_figures_or_zeros_is_not_judged() {
        assertEquals(List.of(), run(fund().row("212", "城乡社区支出", "212", "城乡社区支出", "35.00", "", "35.00").build()));
        assertEquals(List.of(), run(fund().row(null, "合计", "", "合计", "0.00", "0.00", "0.00").build()));
        // a note that does not declare anything does not make a table with figures a finding either
        assertEquals(List.of(), run(fund().note("注：本表反映部门本年度政府性基金预算支出情况。").row("212", "城乡社区支出", "212", "城乡社区支出", "35.00", "", "35.00").build()));
    }

    @Test
    void other_kinds_unread_pages_and_parts() {
        Table generic = Fixture.table("t01", TableKind.GENERIC, "name", "total").title("项目支出表").build();
        assertEquals(List.of(), run(generic));
        Disclosure unread = Fixture.disclosure().type(DocumentType.BUDGET).table(fund().build())
                .problem(new Problem(ProblemKind.TABLE_NOT_UNDERSTOOD, "第12页的表格未能读取", Place.onPage(12, null))).build();
        assertEquals(List.of(), new EmptyTableRule().check(unread).toList());
        Disclosure gov = Fixture.disclosure().type(DocumentType.BUDGET).scope(Scope.GOVERNMENT).table(fund().build()).build();
        assertEquals(List.of(), new EmptyTableRule().check(gov).toList());
        Disclosure d = Fixture.disclosure().type(DocumentType.BUDGET).table(fund().build()).build();
        Disclosure part = new Disclosure(d.source(), new DocumentInfo("测试部门", 2024, DocumentType.BUDGET, Scope.DEPARTMENT,
                Unit.TEN_THOUSAND_YUAN, null, DocumentKind.DISCLOSURE_TABLES, "报表", null, null, null), d.tables(), List.of(), List.of());
        List<Finding> fs = new EmptyTableRule().check(part).toList();
        assertEquals(1, fs.size());
        assertEquals(Severity.INFO, fs.get(0).severity());
    }
}
