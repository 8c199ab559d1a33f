package io.github.suanzhang.extract.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void splitsAtFullStopsAndSemicolons() {
        assertEquals(List.of("2023年度收、支总计1,553.51万元。", "与2022年度相比,收、支总计各减少244.12万元,下降13.6%。"),
                SentenceSplitter.split("2023年度收、支总计1,553.51万元。与2022年度相比,收、支总计各减少244.12万元,下降13.6%。"));
        assertEquals(List.of("主要是用于单位的基本支出;", "由单位缴纳的基本养老保险费支出。"),
                SentenceSplitter.split("主要是用于单位的基本支出;由单位缴纳的基本养老保险费支出。"));
    }

    @Test
    void aListAfterAColonStaysOneSentence() {
        assertEquals(List.of("其中:燃料费0.7万元;维修费0.89万元;过桥过路费0.01万元;保险费0.33万元;无安全奖励费用和其他费用。"),
                SentenceSplitter.split("其中:燃料费0.7万元;维修费0.89万元;过桥过路费\n0.01万元;保险费0.33万元;无安全奖励费用和其他费用。"));
    }

    @Test
    void neverSplitsInsideANumberAndJoinsSpacedNumbers() {
        assertEquals(List.of("年初预算为917.66万元,支出决算为872.88万元,完成年初预算的95.1%,支出决算数小于年初预算数的主要原因:在职人员减少,年中调整了预算。"),
                SentenceSplitter.split("年初预算为917. 66万元,支出决算为872. 88万元,完成年初预算的95. 1%,支出决算数小于年初预算数的主要原因:在职人员减少,年中调整了预算。"));
        assertEquals("收、支总计1,553.51万元", SentenceSplitter.clean("收、支总计1, 553. 51万元"));
        assertEquals("占0.7%", SentenceSplitter.clean("占0. 7%"));
        assertEquals("97.6%", SentenceSplitter.clean("97.6%"));
    }

    @Test
    void numberedItemsStartSentences() {
        assertEquals(List.of("1.一般公共服务(类)支出1,225.06万元,占78.9%。", "2.卫生健康支出(类)167.24万元,占10.7%。"),
                SentenceSplitter.split("- 1. 一般公共服务(类)支出1,225.06万元,占78.9%。\n- 2. 卫生健康支出(类)167.24万元,占10.7%。"));
        assertEquals(List.of("(一)基本支出。", "基本支出预算28016.26万元,占本年支出预算63.43%。"),
                SentenceSplitter.split("  (一)基本支出。基本支出预算 28016.26 万元,占本\n年支出预算 63.43%。"));
        // an item number is not a decimal: "1. 2023年" stays apart
        assertEquals(List.of("二、收入预算情况说明", "2026年度收入预算44169.36万元。"),
                SentenceSplitter.split("   二、收入预算情况说明\n   2026 年度收入预算 44169.36 万元。"));
    }

    @Test
    void removesExportMarkupPageNumbersAndLetterSpacing() {
        assertEquals(List.of("截至2023年12月31日,开支财政拨款的公务用车保有量1辆。"),
                SentenceSplitter.split("截至2023**年**12月31日,开支财政拨款的公务用车保有量1辆。"));
        assertEquals(List.of("2026年北京市财政局机关运行经费财政拨款预算1158.60万元。"),
                SentenceSplitter.split("2026 年 北 京 市 财 政 局 机 关 运 行 经 费 财 政 拨 款 预 算\n1158.60 万元。"));
        assertEquals(List.of("主要用于公务用车日常运行维护费用。"),
                SentenceSplitter.split("主要用于公务用车日常运行维护费\n                - 8 -\n用。"));
    }

    @Test
    void anEndInsideBracketsThatCloseOnAContinuationIsNoEnd() {
        assertEquals(List.of("公务用车购置及运行维护费24.8万元(公务用车购置费0万元,比上年减少19.6万元;公务用车运行维护费24.8万元,比上年减少5.45万元。)比上年减少25.05万元,下降50.3%。"),
                SentenceSplitter.split("公务用车购置及运行维护费24.8万元(公务用车购置费0万元,比上年减少19.6万元;公务用车运行维护费24.8万元,比上年减少5.45万元。)比上年减少25.05万元,下降50.3%。"));
        assertEquals(List.of("详见附表(表一。)", "2025年无变化。"), SentenceSplitter.split("详见附表(表一。)2025年无变化。"));
    }
}
