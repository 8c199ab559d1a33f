package io.github.suanzhang.core.table;

import io.github.suanzhang.core.table.TableTitleClassifier.Match;
import io.github.suanzhang.core.table.TableTitleClassifier.NumberStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Title lines are copied from {@code pdftotext -layout} output of the corpus files named in the
 * comments (see docs/corpus/table-titles.md), or from the seed text export (000_14ea87654821cfd7.txt).
 */
class TableTitleClassifierTest {

    private final TableTitleClassifier classifier = new TableTitleClassifier();

    private TableKind kind(String line) {
        return classifier.classify(line).orElseThrow(() -> new AssertionError("not a title: " + line));
    }

    private Match match(String line) {
        return classifier.match(line).orElseThrow(() -> new AssertionError("not a title: " + line));
    }

    // ---- 决算: seed (公开01表 … 公开09表 on the next line) and shanghai_putuo_*_2024_bumen_juesuan.pdf ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // seed 000_14ea87654821cfd7.txt
            "2023年度收入支出决算总表|FINAL_INCOME_EXPENDITURE_SUMMARY",
            "2023年度收入决算表|FINAL_INCOME",
            "2023年度支出决算表|FINAL_EXPENDITURE",
            "2023年度财政拨款收入支出决算总表|FINAL_FISCAL_SUMMARY",
            "2023年度一般公共预算财政拨款支出决算表|FINAL_GENERAL_BUDGET_EXPENDITURE",
            "2023年度一般公共预算财政拨款基本支出决算明细表|FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE",
            "2023年度政府性基金预算财政拨款收入支出决算表|FINAL_GOVERNMENT_FUND",
            "2023年度国有资本经营预算财政拨款支出决算表|FINAL_STATE_CAPITAL",
            "2023年度财政拨款\"三公\"经费支出决算表|FINAL_THREE_PUBLIC",
            "2023年度武汉市人力资源和社会保障局汉阳社会保险管理处整体绩效自评表|PERFORMANCE_SELF_EVALUATION",
            "社会保险业务工作经费项目自评表|PERFORMANCE_SELF_EVALUATION",
            // shanghai_putuo_caizhengju_2024_bumen_juesuan.pdf pages 6–20 (titles centred, 单位：万元 below)
            "                   收入支出决算总表|FINAL_INCOME_EXPENDITURE_SUMMARY",
            "                                   收入决算表|FINAL_INCOME",
            "一般公共预算财政拨款基本支出决算表|FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE",
            "财政拨款“三公”经费支出决算表|FINAL_THREE_PUBLIC",
            "国有资本经营预算财政拨款收入支出决算表|FINAL_STATE_CAPITAL",
            // shanghai_putuo_caizhengju_2024_bumen_juesuan.pdf page 2 (list of tables)
            " 七、财政拨款“三公”经费支出决算表|FINAL_THREE_PUBLIC",
            " 八、政府性基金预算财政拨款收入支出决算表|FINAL_GOVERNMENT_FUND",
    })
    void finalAccountsTitles(String line, TableKind expected) {
        assertEquals(expected, kind(line));
        assertEquals(io.github.suanzhang.core.doc.DocumentType.FINAL_ACCOUNTS, expected.documentType());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // 001_上海__2026年上海市统计局_部门预算.pdf pages 7–19
            "                             2026年预算单位财务收支预算总表|BUDGET_INCOME_EXPENDITURE_SUMMARY",
            "2026年预算单位收入预算总表|BUDGET_INCOME",
            "2026年预算单位支出预算总表|BUDGET_EXPENDITURE",
            "2026年预算单位财政拨款收支预算总表|BUDGET_FISCAL_SUMMARY",
            "2026年预算单位一般公共预算支出功能分类预算表|BUDGET_GENERAL_BUDGET_EXPENDITURE",
            "2026年预算单位政府性基金预算支出功能分类预算表|BUDGET_GOVERNMENT_FUND",
            "2026年预算单位国有资本经营预算支出功能分类预算表|BUDGET_STATE_CAPITAL",
            "2026年预算单位一般公共预算基本支出部门预算经济分类预算表|BUDGET_GENERAL_BUDGET_BASIC_EXPENDITURE",
            "2026年单位“三公”经费和机关运行经费预算表|BUDGET_THREE_PUBLIC",
            // shenzhen_caizhengju_2026_bumen_yusuan.pdf (表N on the line above)
            "收支总表|BUDGET_INCOME_EXPENDITURE_SUMMARY",
            "基本支出总表|BUDGET_BASIC_EXPENDITURE",
            "项目支出总表|BUDGET_PROJECT_EXPENDITURE",
            "一般公共预算支出表（按功能分类）|BUDGET_GENERAL_BUDGET_EXPENDITURE",
            "一般公共预算支出表（按经济分类）|BUDGET_GENERAL_BUDGET_EXPENDITURE_ECONOMIC",
            "财政拨款“三公”经费支出表|BUDGET_THREE_PUBLIC",
            "国有资本经营预算支出表|BUDGET_STATE_CAPITAL",
            // 005_广州__2026年广州市发展和改革委员会部门预算.pdf
            "收支总体情况表|BUDGET_INCOME_EXPENDITURE_SUMMARY",
            "本年支出总体情况表|BUDGET_EXPENDITURE",
            "一般公共预算基本支出情况表（按经济分类科目）|BUDGET_GENERAL_BUDGET_BASIC_EXPENDITURE",
            "一般公共预算项目支出情况表（按经济分类科目）|BUDGET_GENERAL_BUDGET_PROJECT_EXPENDITURE_ECONOMIC",
            "财政拨款安排的行政经费及“三公”经费预算表|BUDGET_THREE_PUBLIC",
            "部门预算基本支出预算表|BUDGET_BASIC_EXPENDITURE",
            "部门预算项目支出及其他支出预算表|BUDGET_PROJECT_EXPENDITURE",
            // chongqing_shangwuwei_2026_bumen_yusuan.pdf (表一 … on the line above)
            "2026 年部门收入总体情况表|BUDGET_INCOME",
            "2026 年财政拨款 “三公 ” 经费支出情况表|BUDGET_THREE_PUBLIC",
            "2026 年政府采购预算明细表|BUDGET_GOVERNMENT_PROCUREMENT",
            "2026 年部门整体绩效目标表|BUDGET_PERFORMANCE_TARGETS_OVERALL",
            "2026 年市级一般性项目绩效目标表 (一级项目 )|BUDGET_PERFORMANCE_TARGETS_PROJECT",
            // jiangsu_jianchayuan_2017/2018, jiangsu_renda_*_bumen_yusuan.pdf
            "五、财政拨款支出预算表|BUDGET_FISCAL_EXPENDITURE",
            "财政拨款基本支出预算表（经济科目）|BUDGET_FISCAL_BASIC_EXPENDITURE",
            "公开 07 表：一般公共预算支出预算表|BUDGET_GENERAL_BUDGET_EXPENDITURE",
            "公开 11 表：一般公共预算机关运行经费支出预算表|BUDGET_OPERATING_COSTS",
            "公开 12 表：政府采购支出预算表|BUDGET_GOVERNMENT_PROCUREMENT",
            "财政拨款政府性基金支出预算表|BUDGET_GOVERNMENT_FUND",
            "七、政府性基金支出预算表|BUDGET_GOVERNMENT_FUND",
            "“三公”经费、会议费、培训费支出预算表|BUDGET_THREE_PUBLIC",
            // 002_北京__2026年北京市民政局部门预算.pdf page 1–2 (list of tables)
            "  九、财政拨款“三公”经费支出表|BUDGET_THREE_PUBLIC",
            "  十二、项目支出绩效目标表|BUDGET_PERFORMANCE_TARGETS_PROJECT",
            "  十三、部门整体支出绩效目标表|BUDGET_PERFORMANCE_TARGETS_OVERALL",
    })
    void budgetTitles(String line, TableKind expected) {
        assertEquals(expected, kind(line));
        assertEquals(io.github.suanzhang.core.doc.DocumentType.BUDGET, expected.documentType());
    }

    // ---- confusable pairs: the longest, most specific match wins ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "收入支出决算总表|FINAL_INCOME_EXPENDITURE_SUMMARY",
            "财政拨款收入支出决算总表|FINAL_FISCAL_SUMMARY",
            "收入决算表|FINAL_INCOME",
            "支出决算表|FINAL_EXPENDITURE",
            "一般公共预算财政拨款支出决算表|FINAL_GENERAL_BUDGET_EXPENDITURE",
            "一般公共预算财政拨款基本支出决算表|FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE",
            "政府性基金预算财政拨款收入支出决算表|FINAL_GOVERNMENT_FUND",
            "收支总表|BUDGET_INCOME_EXPENDITURE_SUMMARY",
            "财政拨款收支总表|BUDGET_FISCAL_SUMMARY",
            "收入总表|BUDGET_INCOME",
            "支出总表|BUDGET_EXPENDITURE",
            "基本支出总表|BUDGET_BASIC_EXPENDITURE",
            "一般公共预算支出表|BUDGET_GENERAL_BUDGET_EXPENDITURE",
            "一般公共预算基本支出表|BUDGET_GENERAL_BUDGET_BASIC_EXPENDITURE",
            "财政拨款支出预算表|BUDGET_FISCAL_EXPENDITURE",
            "财政拨款基本支出预算表|BUDGET_FISCAL_BASIC_EXPENDITURE",
            "一般公共预算机关运行经费支出预算表|BUDGET_OPERATING_COSTS",
            "一般公共预算“三公”经费和机关运行经费预算表|BUDGET_THREE_PUBLIC",
            "项目支出绩效目标表|BUDGET_PERFORMANCE_TARGETS_PROJECT",
            "项目支出表|BUDGET_PROJECT_EXPENDITURE",
    })
    void confusablePairs(String line, TableKind expected) {
        assertEquals(expected, kind(line));
    }

    @Test
    void variantIsTheLongestMatch() {
        assertEquals("财政拨款收入支出决算总表", match("2023年度财政拨款收入支出决算总表").variant());
        assertEquals("收入支出决算总表", match("2023年度收入支出决算总表").variant());
        assertEquals("财政拨款三公经费支出决算表", match("财政拨款“三公”经费支出决算表").variant());
    }

    // ---- quotes, brackets, spacing ----

    @ParameterizedTest
    @ValueSource(strings = {
            "财政拨款“三公”经费支出决算表",
            "财政拨款\"三公\"经费支出决算表",
            "财政拨款＂三公＂经费支出决算表",
            "财政拨款‘三公’经费支出决算表",
            "财政拨款三公经费支出决算表",
            "财 政 拨 款 “ 三 公 ” 经 费 支 出 决 算 表",
            "财政拨款「三公」经费支出决算表",
    })
    void quotesAndSpacesDoNotMatter(String line) {
        assertEquals(TableKind.FINAL_THREE_PUBLIC, kind(line));
    }

    @Test
    void spacedOutTitle() {
        assertEquals(TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, kind("收 入 支 出 决 算 总 表"));
        assertEquals(TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, kind("收\u3000入\u3000支\u3000出\u3000决\u3000算\u3000总\u3000表"));
    }

    @Test
    void fullWidthAndHalfWidthBrackets() {
        assertEquals(TableKind.BUDGET_GENERAL_BUDGET_EXPENDITURE_ECONOMIC, kind("一般公共预算支出表（按经济分类）"));
        assertEquals(TableKind.BUDGET_GENERAL_BUDGET_EXPENDITURE_ECONOMIC, kind("一般公共预算支出表(按经济分类)"));
        assertEquals(TableKind.BUDGET_GENERAL_BUDGET_EXPENDITURE_ECONOMIC, kind("一般公共预算支出表〔按经济分类〕"));
    }

    // ---- numbering ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // seed: number on its own line; joined here as a producer that prints it beside the title would
            "公开01表 收入支出决算总表|公开01表|GONGKAI|FINAL_INCOME_EXPENDITURE_SUMMARY",
            "收入支出决算总表 公开01表|公开01表|GONGKAI|FINAL_INCOME_EXPENDITURE_SUMMARY",
            "2023年度收入决算表    公开02表 单位:万元|公开02表|GONGKAI|FINAL_INCOME",
            // jiangsu_jianchayuan_2018_bumen_yusuan.pdf page 13
            "公开 01 表：收支预算总表|公开01表|GONGKAI|BUDGET_INCOME_EXPENDITURE_SUMMARY",
            // jiangsu_renda_changweihui_bangongting_2019 prints 公开表五 above the title
            "公开表五 财政拨款支出预算表（功能科目）|公开表五|GONGKAI|BUDGET_FISCAL_EXPENDITURE",
            "表一 2026年部门收支总体情况表|表一|TABLE_CHINESE|BUDGET_INCOME_EXPENDITURE_SUMMARY",
            "表1 收支总体情况表|表1|TABLE_ARABIC|BUDGET_INCOME_EXPENDITURE_SUMMARY",
            "收支总表 表1|表1|TABLE_ARABIC|BUDGET_INCOME_EXPENDITURE_SUMMARY",
            "预算01-1表 部门财务收支预算总表|预算01-1表|BUDGET_CODE|BUDGET_INCOME_EXPENDITURE_SUMMARY",
            "附表1 收入支出决算总表|附表1|ATTACHMENT|FINAL_INCOME_EXPENDITURE_SUMMARY",
            // 001_上海__*: list of tables, full-width point
            "5．2026年预算单位一般公共预算支出功能分类预算表|5.|ORDINAL|BUDGET_GENERAL_BUDGET_EXPENDITURE",
            // shanghai_putuo_caizhengju_2024_bumen_juesuan.pdf page 2
            " 一、收入支出决算总表|一、|ORDINAL|FINAL_INCOME_EXPENDITURE_SUMMARY",
            // 003_深圳__*: list of tables
            "（四）基本支出总表|(四)|ORDINAL|BUDGET_BASIC_EXPENDITURE",
    })
    void numbering(String line, String number, NumberStyle style, TableKind expected) {
        Match m = match(line);
        assertEquals(expected, m.kind());
        assertEquals(number, m.number());
        assertEquals(style, m.numberStyle());
    }

    @Test
    void aYearIsNotAnOrdinal() {
        Match m = match("2023年度收入决算表");
        assertEquals(null, m.number());
        assertEquals("2023年度收入决算表", m.title());
    }

    // ---- government-level and other tables: titles, but GENERIC ----

    @ParameterizedTest
    @ValueSource(strings = {
            // guangdong_2024_shengji_juesuan_caoan_ABBYY.pdf
            "2024年横琴粤澳深度合作区一般公共预算上级补助收入决算表",
            "表13： 2024年全省一般公共预算收入决算表",
            "2024年省本级一般公共预算支出决算表（按功能分类）",
            // heilongjiang_2023_caizheng_juesuan.pdf
            "2.2 2023年黑龙江省一般公共预算收支总表",
            "2.5 2023年黑龙江省一般公共预算支出表（功能分类）",
            "3.19 2023年黑龙江省本级“三公”经费情况表",
            // ningxia_2019_zhengfu_juesuan_tables.pdf
            "表十一：2019年全区政府性基金收入决算表",
            // province_fiscal__2025__official__weihai_2025_budget_execution_report.pdf
            "2025年威海市政府性基金预算支出执行情况表",
            // 002_北京__2026年北京市人力资源和社会保障局部门预算.pdf page 2
            "十一、财政拨款政府购买服务明细表",
            "十四、专项或共同事权转移支付绩效目标表",
            // 004_重庆__2026年重庆市人民政府办公厅部门预算.pdf page 23
            "2026年市级重点专项资金绩效目标表（一级项目）",
    })
    void governmentAndOtherTablesAreGeneric(String line) {
        assertEquals(TableKind.GENERIC, kind(line));
    }

    // ---- negatives: running text, headings, fragments ----

    @ParameterizedTest
    @ValueSource(strings = {
            // seed, note under 公开01表
            "注: 1. 本表反映部门本年度的总收支和年末结转结余情况。",
            "详见附表1 收入支出决算总表",
            "具体情况详见《收入支出决算总表》",
            // jiangsu_jianchayuan_2018_bumen_yusuan.pdf narrative
            "款收入数、支出安排数与《部门收支预算总表》的财政拨款",
            "七、政府性基金支出预算表情况说明",
            "一、收支预算总表情况说明",
            // seed part heading
            "第二部分 武汉市人力资源和社会保障局汉阳社会保险管理处2023年度单位决算表",
            "第二部分 2026 年度部门预算报表",
            "附件：北京市民政局 2026 年度部门预算报表",
            "2023年度单位决算表",
            // province_debt__2024__jiangsu_2024.pdf table of contents with dot leaders
            "表十九 2024年省级国有资本经营预算收入执行情况表········(21)",
            // 备注 under an empty table (beijing_*)
            "备注：本单位无政府性基金预算安排的支出，故此表无数据",
            // numbers alone, unit lines, headers
            "公开01表",
            "表一 单位：万元",
            "单位：万元",
            "项目 行次 金额",
            "收入支出决算总表的说明",
            "本单位2023年收入支出决算总表反映了全部收支",
            "",
            "   ",
    })
    void runningTextIsNotATitle(String line) {
        assertEquals(Optional.empty(), classifier.classify(line), line);
    }

    @Test
    void nullIsNotATitle() {
        assertTrue(classifier.match(null).isEmpty());
    }

    @Test
    void overlongLineIsNotATitle() {
        String s = "2023年度" + "某".repeat(TableTitleClassifier.MAX_LENGTH) + "收入决算表";
        assertTrue(classifier.classify(s).isEmpty());
    }
}
