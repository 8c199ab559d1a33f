package io.github.suanzhang.reconcile.rules.narrative.subject;

import static io.github.suanzhang.reconcile.rules.Claims.amount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.reconcile.rules.narrative.NarrativeAmountRule;
import io.github.suanzhang.reconcile.rules.narrative.SubjectIndex;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubjectWordingTest {
    private static SubjectIndex.Resolution resolve(Disclosure d, String subject, String measure) {
        return SubjectIndex.of(d).resolve(subject, null, measure == null ? Map.of() : Map.of("measure", measure));
    }

    /** An invented 预算: 收支总表, 收入总表 and a 三公 table with 会议费 and 培训费. */
    private static Disclosure budget(String... statement) {
        Fixture.DisclosureBuilder b = Fixture.disclosure().type(DocumentType.BUDGET).year(2026)
                .table(Fixture.table("t01", TableKind.BUDGET_INCOME_EXPENDITURE_SUMMARY, "item", "total")
                        .sideRow("收入", null, null, "一、一般公共预算拨款收入", "一、一般公共预算拨款收入", "800.00")
                        .sideRow("收入", null, null, "二、事业收入", "二、事业收入", "200.00")
                        .sideRow("收入", null, null, "本年收入合计", "本年收入合计", "1,000.00")
                        .sideRow("收入", null, null, "收入总计", "收入总计", "1,000.00")
                        .sideRow("支出", null, null, "本年支出合计", "本年支出合计", "1,000.00")
                        .sideRow("支出", null, null, "支出总计", "支出总计", "1,000.00").build())
                .table(Fixture.table("t02", TableKind.BUDGET_INCOME, "code", "name", "total", "general_budget", "business")
                        .row(null, "合计", "", "合计", "1,000.00", "800.00", "200.00").build())
                .table(Fixture.table("t08", TableKind.BUDGET_THREE_PUBLIC, "total", "reception", "meeting", "training")
                        .row(null, "", "12.00", "2.00", "13.55", "77.72").build());
        if (statement.length == 2) {
            b.statement(statement[0] + statement[1] + "万元。", amount(statement[0], null, statement[1]));
        }
        return b.build();
    }

    @Test
    void 度量词夹在表中行名里_取出后是同一行() {
        assertTrue(SubjectWording.forms("收入预算合计", null).contains("收入合计"));
        assertTrue(SubjectWording.forms("会议费预算支出", null).contains("会议费"));
        assertTrue(SubjectWording.forms("公务接待费支出", null).contains("公务接待费"));
        assertTrue(SubjectWording.forms("一般公共预算拨款收入", null).contains("一般公共预算财政拨款收入"));
        assertTrue(SubjectWording.forms("一般公共预算机关运行经费预算支出", null).contains("机关运行经费"));
        assertTrue(SubjectWording.forms("本年财政拨款收入", null).contains("财政拨款收入"));
        assertTrue(SubjectWording.forms("财政拨款收入合计", null).contains("财政拨款收入"));
        assertTrue(SubjectWording.forms("各单位会议费", "预算").contains("会议费"));
        assertTrue(SubjectWording.forms("财政拨款收、支总", "预算").contains("财政拨款收支总计"));
        assertTrue(SubjectWording.forms("收入、支出预算总计", null).contains("收入支出总计"));
    }

    @Test
    void 资金口径不是度量词_留在名中() {
        // 一般公共预算 is a fund, not a measure: 一般公共预算收入 never becomes 一般公共收入 or 收入
        List<String> f = SubjectWording.forms("一般公共预算收入", null);
        assertFalse(f.contains("收入") || f.contains("一般公共收入"), f.toString());
        // 财政拨款 before 基本支出 is kept: 财政拨款基本支出 is not 基本支出
        assertFalse(SubjectWording.forms("财政拨款基本支出", "预算").contains("基本支出"));
        // 收支总 with no measure split off is not completed to 收支总计
        assertFalse(SubjectWording.forms("收支总", null).contains("收支总计"));
        assertEquals(List.of(), SubjectWording.forms("资金", null));
    }

    @Test
    void 带度量词的名称解析到表中一行() {
        Disclosure d = budget();
        assertEquals("本年收入合计", resolve(d, "收入预算合计", null).general());
        assertEquals("一般公共预算财政拨款收入", resolve(d, "一般公共预算拨款收入", null).general());
        assertEquals("会议费", resolve(d, "会议费预算支出", null).general());
        assertEquals("收、支总计", resolve(d, "收支总", "预算").general());
        assertEquals(SubjectIndex.BY_WORDING, resolve(d, "培训费预算支出", null).how());
        assertEquals(SubjectIndex.Resolution.Kind.UNKNOWN, resolve(d, "政府采购支出预算总额", null).kind());
        assertEquals(SubjectIndex.Resolution.Kind.UNKNOWN, resolve(d, "财政拨款基本支出", "预算").kind());
    }

    @Test
    void 解析后金额不符_报错() {
        List<Finding> fs = new NarrativeAmountRule().check(budget("会议费预算支出", "14.91")).toList();
        assertEquals(List.of(Severity.ERROR), fs.stream().map(Finding::severity).toList(), fs.toString());
        assertEquals(List.of(), new NarrativeAmountRule().check(budget("会议费预算支出", "13.55")).toList());
        List<Finding> g = new NarrativeAmountRule().check(budget("一般公共预算拨款收入", "880.00")).toList();
        assertEquals(List.of(Severity.ERROR), g.stream().map(Finding::severity).toList(), g.toString());
    }

    @Test
    void 另一行恰为所称之数_只作提示() {
        // 本年收入合计 is 1,000.00; 一般公共预算拨款收入 800.00 is another line of the same measure: the stated
        // 800.00 called 收入预算合计 may mean that line
        List<Finding> fs = new NarrativeAmountRule().check(budget("收入预算合计", "800.00")).toList();
        assertEquals(List.of(Severity.INFO), fs.stream().map(Finding::severity).toList(), fs.toString());
        assertTrue(fs.get(0).match().notCheckable());
    }

    /** An invented 预算 with 上年结转 100.00: 本年收入合计 1,000.00, 收入总计 1,100.00, 支出总计 1,100.00 with 结转下年. */
    private static Disclosure carried(String subject, String figure) {
        return Fixture.disclosure().type(DocumentType.BUDGET).year(2026)
                .table(Fixture.table("t01", TableKind.BUDGET_INCOME_EXPENDITURE_SUMMARY, "item", "total")
                        .sideRow("收入", null, null, "一、一般公共预算拨款收入", "一、一般公共预算拨款收入", "1,000.00")
                        .sideRow("收入", null, null, "本年收入合计", "本年收入合计", "1,000.00")
                        .sideRow("收入", null, null, "上年结转结余", "上年结转结余", "100.00")
                        .sideRow("收入", null, null, "收入总计", "收入总计", "1,100.00")
                        .sideRow("支出", null, null, "本年支出合计", "本年支出合计", "1,050.00")
                        .sideRow("支出", null, null, "结转下年", "结转下年", "50.00")
                        .sideRow("支出", null, null, "支出总计", "支出总计", "1,100.00").build())
                .table(Fixture.table("t02", TableKind.BUDGET_INCOME, "code", "name", "total", "general_budget", "government_fund", "carryover")
                        .row(null, "合计", "", "合计", "1,100.00", "1,000.00", "30.00", "100.00").build())
                .statement(subject + figure + "万元。", amount(subject, null, figure))
                .build();
    }

    private static List<Severity> severities(Disclosure d) {
        return new NarrativeAmountRule().check(d).map(Finding::severity).toList();
    }

    @Test
    void 收入总计与支出总计各是一侧的总计() {
        assertEquals("收入总计", resolve(carried("收入总计", "1,100.00"), "收入总计", null).general());
        assertEquals("支出总计", resolve(carried("收入总计", "1,100.00"), "支出总计", null).general());
        assertEquals(List.of(), severities(carried("收入总计", "1,100.00")));
        // 收入总计 is not 本年收入合计: 1,000.00 called 收入总计 differs from the 1,100.00 总计
        assertTrue(severities(carried("收入总计", "1,200.00")).contains(Severity.ERROR));
    }

    @Test
    void 总收入不说是否含结转_两行不同时不判() {
        // 总收入 may be 本年收入合计 (1,000.00) or 收入总计 (1,100.00): either agrees, and another figure is not judged
        assertEquals(List.of(), severities(carried("总收入", "1,000.00")));
        assertEquals(List.of(), severities(carried("总收入", "1,100.00")));
        assertEquals(List.of(), severities(carried("总收入", "1,300.00")));
        // with nothing carried over the two lines agree, and a wrong 总收入 is an ERROR
        assertEquals(List.of(Severity.ERROR), severities(budget("总收入", "1,300.00")));
    }

    @Test
    void 上年结转结余的某项收入不是本年该项收入() {
        // the reader keeps the qualifier (上年结转结余的政府性基金预算收入): it names the carried-over money, no line here
        Disclosure d = carried("上年结转结余的政府性基金预算收入", "0");
        assertEquals(SubjectIndex.Resolution.Kind.UNKNOWN, resolve(d, "上年结转结余的政府性基金预算收入", "收入").kind());
        assertEquals(List.of(), severities(d));
        // the year's line itself is still compared
        assertEquals(List.of(Severity.ERROR), severities(carried("政府性基金预算收入", "33.00")));
    }
}
