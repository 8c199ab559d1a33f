package io.github.suanzhang.reconcile.rules.narrative;

import static io.github.suanzhang.reconcile.rules.Claims.yearReference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented sentences of the shapes 部门/单位 预决算 use (figures invented). */
class MeasureYearRuleTest {
    private static List<Finding> run(Disclosure d) {
        return new MeasureYearRule().check(d).toList();
    }

    private static Fixture.DisclosureBuilder budget2026() {
        return Fixture.disclosure().year(2026).type(DocumentType.BUDGET).scope(Scope.DEPARTMENT);
    }

    @Test
    void 本年数字标为下一年() {
        Disclosure d = budget2026()
                .statement("某某局2027年收入预算合计3,210.45万元,包括本年收入3,210.45万元,上年结转结余0万元。")
                .statement("某某局 2027 年度财政拨款收、支总预算 3,210.45 万元。")
                .build();
        List<Finding> fs = run(d);
        assertEquals(2, fs.size());
        assertTrue(fs.stream().allMatch(f -> f.severity() == Severity.WARNING && f.rule().equals("narrative.measure-year")));
        assertTrue(fs.get(0).message().contains("2027") && fs.get(0).message().contains("2026"));
        assertEquals(2027, fs.get(0).figures().get("stated").value().intValue());
    }

    @Test
    void 比较基数不是上年() {
        Disclosure d = Fixture.disclosure().year(2023)
                .statement("2023年度支出合计876.54万元,与2021年度相比,支出合计减少12.34万元,下降1.4%。")
                .statement("与2021年度相比,收、支总计各减少12.34万元,下降1.4%,主要原因是人员减少。")
                .build();
        List<Finding> fs = run(d);
        assertEquals(2, fs.size());
        assertTrue(fs.get(0).message().contains("2021") && fs.get(0).message().contains("2022"));
    }

    @Test
    void 本年与上年不判() {
        Disclosure d = Fixture.disclosure().year(2023)
                .statement("2023年度收、支总计876.54万元。与2022年度相比,收、支总计各减少12.34万元,下降1.4%。")
                .statement("2023年度一般公共预算财政拨款支出年初预算为900.00万元,支出决算为876.54万元,完成年初预算的97.4%。")
                .statement("2023年度支出决算比2023年年初预算减少23.46万元。")
                .build();
        assertEquals(List.of(), run(d));
    }

    @Test
    void 年份自成一句_无收支_成立_截至() {
        Disclosure d = budget2026()
                .statement("2027年,本部门机关运行经费安排321.00万元,比上年减少1.00万元。")
                .statement("某某局2027年度无国有资本经营预算财政拨款收入和支出。")
                .statement("决算数小于预算数的主要原因:单位2027年新成立,人员变动。")
                .statement("截至2027年1月31日,本部门固定资产金额1,234.56万元。")
                .build();
        List<Finding> fs = run(d);
        assertEquals(4, fs.size(), fs.toString());
        Disclosure right = budget2026()
                .statement("2026年,本部门机关运行经费安排321.00万元,比上年减少1.00万元。")
                .statement("某某局2026年度无国有资本经营预算财政拨款收入和支出。")
                .statement("决算数小于预算数的主要原因:单位2025年新成立,人员变动。")
                .statement("截至2025年12月31日,本部门固定资产金额1,234.56万元。")
                .statement("该中心拟于2027年成立,2026年预算安排筹建经费10.00万元。")
                .build();
        assertEquals(List.of(), run(right));
    }

    @Test
    void 区间日期括号书名不判() {
        Disclosure d = budget2026()
                .statement("根据《某某规划纲要(2024-2035年)》,安排项目支出1,000.00万元。")
                .statement("地铁综合补贴(含2022年及以往)项目预算为2,000.00万元。")
                .statement("2026—2028年中期财政规划安排支出500.00万元。")
                .statement("截至2024年12月31日,本部门结余资金20.00万元。")
                .statement("本单位成立于2019年,2026年支出预算100.00万元。")
                .build();
        assertEquals(List.of(), run(d));
    }

    @Test
    void 结转历年计划不判() {
        Disclosure d = budget2026()
                .statement("主要原因是去年预算数是2024年结转资金,导致本年预算数减少30.00万元。")
                .statement("该项目计划2027年完工,2026年预算安排300.00万元。")
                .statement("预计2028年支出预算将达到400.00万元。")
                .build();
        assertEquals(List.of(), run(d));
        Disclosure finalAccounts = Fixture.disclosure().year(2024)
                .statement("2025年预算安排该项目支出50.00万元。")
                .build();
        assertEquals(List.of(), run(finalAccounts), "a 决算 naming next year's 预算");
    }

    @Test
    void 无金额或非财政句不判() {
        Disclosure d = budget2026()
                .statement("2027年,我们将认真落实各项要求。")
                .statement("三、2027年度部门主要工作任务及目标")
                .statement("2027年完成道路建设10公里。")
                .build();
        assertEquals(List.of(), run(d));
    }

    /** A sentence narrative.year reports (another year's report of this type, no comparison) is not reported twice. */
    @Test
    void narrative_year_的句子不重复() {
        Disclosure d = budget2026()
                .statement("2027年度部门预算收入合计100.00万元。", yearReference(2027, "部门预算", "2027年度部门预算"))
                .build();
        assertEquals(List.of(), run(d));
        Disclosure without = budget2026().statement("2027年度部门预算收入合计100.00万元。").build();
        assertEquals(1, run(without).size());
    }

    @Test
    void 政府报告不判() {
        Disclosure d = Fixture.disclosure().year(2026).type(DocumentType.BUDGET).scope(Scope.GOVERNMENT)
                .statement("2027年收入预算合计3,210.45万元。")
                .build();
        assertEquals(List.of(), run(d));
    }
}
