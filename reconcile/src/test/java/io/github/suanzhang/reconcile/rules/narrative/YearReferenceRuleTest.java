package io.github.suanzhang.reconcile.rules.narrative;

import static io.github.suanzhang.reconcile.rules.Claims.yearReference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearReferenceRuleTest {
    private static List<Finding> run(Disclosure d) {
        return new YearReferenceRule().check(d).toList();
    }

    @Test
    void positive() {
        Disclosure d = Fixture.disclosure().year(2023)
                .statement("我单位在2022年度部门决算中反映所有项目绩效自评结果。", yearReference(2022, "部门决算", "在2022年度部门决算中反映"))
                .build();
        List<Finding> fs = run(d);
        assertEquals(1, fs.size());
        assertEquals(Severity.WARNING, fs.get(0).severity());
        assertTrue(fs.get(0).message().contains("2022") && fs.get(0).message().contains("2023"));
        assertEquals(1000, fs.get(0).evidence().get(0).place().line());
    }

    @Test
    void negative() {
        Disclosure d = Fixture.disclosure().year(2023)
                .statement("在2023年度单位决算中反映。", yearReference(2023, "单位决算", "在2023年度单位决算中反映"))
                .statement("与2022年度决算相比,支出减少。", yearReference(2022, "决算", "2022年度决算"))
                .statement("2024年预算安排将……", yearReference(2024, "预算", "2024年预算"))
                .build();
        assertEquals(List.of(), run(d));
    }

    /** 上海市2026年市级单位预算 (上海市教育局 p20, 政府办公厅 p6 …): 与2025年预算持平 compares, it does not misdate. */
    @Test
    void equal_to_last_year_is_a_comparison() {
        Disclosure d = Fixture.disclosure().year(2026).type(io.github.suanzhang.core.doc.DocumentType.BUDGET)
                .statement("(一)因公出国(境)费6.00万元,与2025年预算持平。", yearReference(2025, "预算", "2025年预算"))
                .statement("公务车用车运行费0万元,与2024年预算一致0万元,主要原因是本部门无公务用车。", yearReference(2024, "预算", "2024年预算"))
                .build();
        assertEquals(List.of(), run(d));
        Disclosure wrong = Fixture.disclosure().year(2026).type(io.github.suanzhang.core.doc.DocumentType.BUDGET)
                .statement("本部门2025年部门预算公开如下。", yearReference(2025, "部门预算", "2025年部门预算"))
                .build();
        assertEquals(1, run(wrong).size());
    }

    /** 防城港市 2025 预算报告, 江苏省 2024 预算执行报告: government-level reports discuss many years. */
    @Test
    void government_level_reports_are_not_judged() {
        Disclosure d = Fixture.disclosure().year(2023).scope(io.github.suanzhang.core.doc.Scope.GOVERNMENT)
                .statement("我单位在2022年度部门决算中反映所有项目绩效自评结果。", yearReference(2022, "部门决算", "在2022年度部门决算中反映"))
                .build();
        assertEquals(List.of(), run(d));
    }

    /** 新成立的单位说“无上年决算数”: a legitimate mention of the previous year, not a copied year. */
    @Test
    void 说明上年无决算数不是年份错写() {
        Disclosure d = Fixture.disclosure().year(2021).type(io.github.suanzhang.core.doc.DocumentType.FINAL_ACCOUNTS)
                .statement("1.基本支出300.00万元,本单位为2021年新成立单位,无2020年决算数。", yearReference(2020, "决算数", "2020年决算数"))
                .statement("2.经营支出0万元,也无2020年决算数。", yearReference(2020, "决算数", "2020年决算数"))
                .build();
        assertEquals(List.of(), run(d));
        Disclosure wrong = Fixture.disclosure().year(2021).type(io.github.suanzhang.core.doc.DocumentType.FINAL_ACCOUNTS)
                .statement("详见2020年度部门决算。", yearReference(2020, "部门决算", "2020年度部门决算"))
                .build();
        assertEquals(1, run(wrong).size());
    }
}
