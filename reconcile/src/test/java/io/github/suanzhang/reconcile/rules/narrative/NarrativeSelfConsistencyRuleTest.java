package io.github.suanzhang.reconcile.rules.narrative;

import static io.github.suanzhang.reconcile.rules.Claims.amount;
import static io.github.suanzhang.reconcile.rules.Claims.completion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeSelfConsistencyRuleTest {
    private static List<Finding> run(Disclosure d) {
        return new NarrativeSelfConsistencyRule().check(d).toList();
    }

    /** A 预算 expenditure table carrying 2010101 行政运行 and 2210201 住房公积金, so both resolve to a code. */
    private static Table budgetTable() {
        return Fixture.table("t", TableKind.BUDGET_EXPENDITURE, "code", "name", "total")
                .row(null, "合计", "", "", "1,000.00")
                .row("2010101", "行政运行", "", "", "790.00")
                .row("2210201", "住房公积金", "", "", "210.00")
                .build();
    }

    private static Fixture.DisclosureBuilder budget() {
        return Fixture.disclosure().type(DocumentType.BUDGET).year(2024).scope(Scope.DEPARTMENT).table(budgetTable());
    }

    @Test
    void positive() {
        Disclosure d = budget()
                .statement("住房公积金（01项）208.8万元。", amount("住房公积金（01项）", null, "208.8"))
                .statement("住房公积金预算安排201.50万元。", amount("住房公积金", "预算安排", "201.50"))
                .statement("行政运行(项)796.36万元。", amount("行政运行", null, "796.36"))
                .statement("行政运行(项)支出预算796.37万元。", amount("行政运行", "预算", "796.37"))
                .build();
        List<Finding> fs = run(d);
        assertEquals(List.of(Severity.ERROR, Severity.WARNING), fs.stream().map(Finding::severity).toList());
        assertTrue(fs.get(0).message().contains("208.8万元") && fs.get(0).message().contains("201.50万元"), fs.get(0).message());
        assertEquals(List.of(1000, 1001), fs.get(0).evidence().stream().map(e -> e.place().line()).toList());
    }

    /** 主要用于: 1.… 30.00万元; 2.… 50.00万元 — items read with the introducer's subject are two items, not one. */
    @Test
    void items_that_both_inherit_the_heading_subject_are_not_one_item_twice() {
        java.util.Map<String, String> ctx = java.util.Map.of("context", "住房公积金");
        Disclosure d = budget()
                .statement("1.缴存30.00万元;", amount("住房公积金", null, "30.00", ctx))
                .statement("2.补缴50.00万元。", amount("住房公积金", null, "50.00", ctx))
                .build();
        assertEquals(List.of(), run(d));
        // one sentence naming the subject itself is still compared with an inherited one
        Disclosure named = budget()
                .statement("住房公积金（01项）208.8万元。", amount("住房公积金（01项）", null, "208.8"))
                .statement("支出201.50万元。", amount("住房公积金", null, "201.50", ctx))
                .build();
        assertEquals(1, run(named).size());
    }

    @Test
    void vague_subjects_are_not_compared() {
        Disclosure d = Fixture.disclosure()
                .statement("共涉及项目1个,资金240.27万元,占一般公共预算项目支出总额的100%。", amount("资金", null, "240.27"))
                .statement("对1个单位开展整体支出绩效自评,资金1,553.51万元。", amount("资金", null, "1,553.51"))
                .statement("项目经费50.00万元。", amount("经费", null, "50.00"))
                .statement("其他经费60.00万元。", amount("经费", null, "60.00"))
                .build();
        assertEquals(List.of(), run(d));
        assertTrue(Names.vague("资金") && Names.vague(" 经费 ") && !Names.vague("项目支出") && !Names.vague("住房公积金"));
    }

    @Test
    void negative() {
        Disclosure d = budget()
                .statement("住房公积金208.8万元。", amount("住房公积金", null, "208.8"))
                .statement("住房公积金208.80万元。", amount("住房公积金", "预算", "208.80"))
                .statement("住房公积金上年决算190.00万元。", amount("住房公积金", "决算", "190.00"))
                .statement("机关运行经费年初预算100.00万元。", amount("机关运行经费", "年初预算", "100.00"))
                .statement("机关运行经费决算90.00万元。", amount("机关运行经费", "决算", "90.00"))
                .build();
        assertEquals(List.of(), run(d));
    }

    /** 深圳市建筑工务署 2026 p6–p9: each unit's chapter states its own 在职人员经费 (a name no table line carries). */
    @Test
    void names_the_tables_do_not_carry_are_not_compared() {
        Disclosure d = budget()
                .statement("(一)在职人员经费3,169.47万元,主要是在职人员工资", amount("在职人员经费", null, "3,169.47"))
                .statement("(一)在职人员经费5,690.00万元,主要是在职人员工资", amount("在职人员经费", null, "5,690.00"))
                // 上海普陀区规划和自然资源局 2024 p21/p25: fragments of broken lines
                .statement("出决算为9746.50万元,完成年初预算的95.45%。", amount("出", "决算", "9,746.50"))
                .statement("出决算为0.39万元,完成预算的13.68%。", amount("出", "决算", "0.39"))
                .build();
        assertEquals(List.of(), run(d));
    }

    /** 深圳市生态环境局 2026: the department's narrative gives each unit a chapter (一、…(本级), 五、…中心). */
    @Test
    void unit_chapters_are_different_scopes() {
        Disclosure d = budget()
                .section("一、深圳市生态环境局(本级)")
                .statement("行政运行796.36万元。", amount("行政运行", null, "796.36"))
                .section("五、深圳市生态环境智能管控中心")
                .statement("行政运行120.00万元。", amount("行政运行", null, "120.00"))
                .build();
        assertEquals(List.of(), run(d));
        Disclosure same = budget()
                .section("一、深圳市生态环境局")
                .statement("行政运行796.36万元。", amount("行政运行", null, "796.36"))
                .section("二、收支预算总体情况")
                .statement("行政运行120.00万元。", amount("行政运行", null, "120.00"))
                .build();
        assertEquals(1, run(same).size(), "a topic heading does not open a new unit chapter");
    }

    /** 重庆市商务委员会 2026 p4: one sentence gives a total and its 一般公共预算 part for the same words. */
    @Test
    void one_sentence_or_other_qualifiers_are_not_compared() {
        String s = "所属各预算单位政府采购预算总额6,546.82万元:行政运行预算1,267.79万元;其中一般公共预算拨款政府采购5,499.84万元:行政运行预算564.79万元。";
        Disclosure d = budget()
                .statement(s, amount("行政运行", "预算", "1,267.79"), amount("行政运行", "预算", "564.79"))
                .statement("一般公共预算财政拨款支出中,行政运行600.00万元。", amount("行政运行", null, "600.00"))
                .statement("行政运行预算700.00万元。", amount("行政运行", "预算", "700.00"))
                .build();
        assertEquals(List.of(), run(d));
    }

    /** 与上年相比 / 2023年: a sentence naming another year may give that year's amount. */
    @Test
    void sentences_naming_another_year_are_left_out() {
        Disclosure d = budget()
                .statement("行政运行796.36万元。", amount("行政运行", null, "796.36"))
                .statement("2023年行政运行700.00万元,比上年减少。", amount("行政运行", null, "700.00"))
                .statement("行政运行较上年预算数增加96.36万元,上年为700.00万元。", amount("行政运行", null, "700.00"))
                .build();
        assertEquals(List.of(), run(d));
    }

    /** 宿迁市 2026 预算报告 and the other government-level reports: many amounts for 全市 / 市本级 / years. */
    @Test
    void government_level_reports_are_not_judged() {
        Disclosure d = budget().scope(Scope.GOVERNMENT)
                .statement("住房公积金208.8万元。", amount("住房公积金", null, "208.8"))
                .statement("住房公积金201.50万元。", amount("住房公积金", null, "201.50"))
                .statement("行政运行决算为54.53万元。", completion("行政运行", "54.53", "54.53", "100", java.util.Map.of()))
                .build();
        assertEquals(List.of(), run(d));
        assertEquals(List.of(), run(budget().scope(Scope.UNKNOWN)
                .statement("住房公积金208.8万元。", amount("住房公积金", null, "208.8"))
                .statement("住房公积金201.50万元。", amount("住房公积金", null, "201.50")).build()));
    }
}
