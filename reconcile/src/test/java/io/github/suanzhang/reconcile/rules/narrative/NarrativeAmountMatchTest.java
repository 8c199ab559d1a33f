package io.github.suanzhang.reconcile.rules.narrative;

import static io.github.suanzhang.reconcile.rules.Claims.amount;
import static io.github.suanzhang.reconcile.rules.Claims.classNames;
import static io.github.suanzhang.reconcile.rules.Claims.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Match;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** narrative.amount: how a claim is matched, the self-check before an ERROR, and what is not checkable. */
class NarrativeAmountMatchTest {
    private static List<Finding> run(Disclosure d) {
        return new NarrativeAmountRule().check(d).toList();
    }

    private static Fixture.DisclosureBuilder threePublicBudget() {
        return Fixture.disclosure().type(DocumentType.BUDGET).year(2026)
                .table(Fixture.table("t07", TableKind.BUDGET_THREE_PUBLIC, "item", "total", "outbound", "vehicle",
                                "vehicle_purchase", "vehicle_operation", "reception")
                        .row(null, "**", "**", "1", "2", "3", "4", "5", "6")
                        .row(null, "合计", "合计", "52.30", "", "40.10", "20.00", "20.10", "12.20")
                        .build());
    }

    @Test
    void 三公表的栏次行不是金额() {
        Disclosure d = threePublicBudget()
                .statement("2026年\"三公\"经费预算数为52.30万元。", amount("\"三公\"经费", "预算", "52.30"))
                .statement("公务接待费预算12.20万元。", amount("公务接待费", "预算", "12.20"))
                .statement("公务接待费预算12.50万元。", amount("公务接待费", "预算", "12.50"))
                .build();
        List<Finding> fs = run(d);
        assertEquals(List.of(Severity.ERROR), fs.stream().map(Finding::severity).toList(), fs.toString());
        assertTrue(fs.get(0).message().contains("12.20万元"), fs.get(0).message());
        Match m = fs.get(0).match();
        assertEquals("公务接待费", m.subject());
        assertEquals("t07", m.table());
        assertEquals(1, m.row());
        assertEquals("reception", m.column());
        assertEquals("general", m.how());
    }

    private static Fixture.DisclosureBuilder expenditure() {
        return Fixture.disclosure().type(DocumentType.FINAL_ACCOUNTS).year(2024)
                .table(Fixture.table("t03", TableKind.FINAL_EXPENDITURE, "code", "name", "total")
                        .row("201", "一般公共服务支出", "", "", "200.00")
                        .row("20101", "人大事务", "", "", "200.00")
                        .row("2010101", "行政运行", "", "", "120.00")
                        .row("2010102", "一般行政管理事务", "", "", "80.00").build());
    }

    @Test
    void 另一行恰为所称数_只报INFO并列出两处() {
        // 一般行政管理事务 said to be 120.00, which is what 行政运行 prints: the sentence may mean that line
        Disclosure d = expenditure()
                .statement("一般行政管理事务(项)支出120.00万元。", amount("一般行政管理事务", null, "120.00", names(null, null, "一般行政管理事务")))
                .build();
        List<Finding> fs = run(d);
        assertEquals(1, fs.size());
        Finding f = fs.get(0);
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.match().notCheckable() && f.match().how().endsWith("another-line-equals"), f.match().toString());
        assertEquals(3, f.evidence().size(), "the sentence, the line matched, the line that prints the figure");
        assertTrue(f.message().contains("2010101"), f.message());
    }

    @Test
    void 深一层的科目才是主语_名称匹配记录理由() {
        Disclosure d = expenditure()
                .statement("一般公共服务支出(类)人大事务(款)行政运行(项)支出125.00万元。",
                        amount("行政运行", null, "125.00", names("一般公共服务支出", "人大事务", "行政运行")))
                .build();
        List<Finding> fs = run(d);
        assertEquals(List.of(Severity.ERROR), fs.stream().map(Finding::severity).toList(), fs.toString());
        assertEquals("2010101", fs.get(0).match().code());
        assertEquals("names", fs.get(0).match().how());
    }

    @Test
    void 所称款下没有此项_记为未核对() {
        Disclosure d = expenditure()
                .table(Fixture.table("t05", TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, "code", "name", "total")
                        .row("208", "社会保障和就业支出", "", "", "90.00")
                        .row("20801", "人力资源和社会保障管理事务", "", "", "90.00")
                        .row("2080150", "事业运行", "", "", "90.00").build())
                .statement("人大事务(款)事业运行(项)支出0万元。", classNames(null, "人大事务", null),
                        amount("事业运行", null, "0", names(null, null, "事业运行")))
                .build();
        List<Finding> fs = run(d);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(Severity.INFO, fs.get(0).severity());
        assertEquals("not-checkable:parent-not-in-tables", fs.get(0).match().how());
    }
}
