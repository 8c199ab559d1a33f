package io.github.suanzhang.reconcile.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Last year's document is the seed (2023 单位决算, 一般公共预算财政拨款支出 合计 1,553.51); this year's is the seed
 * moved to 2024 whose narrative states last year's 决算数 for that line.
 */
class PreviousYearRuleTest {
    @TempDir
    Path dir;

    static String thisYear(String printedLastYear) {
        return Exports.edit(Exports.seed(), "2023年度", "2024年度", "2022年度", "2023年度", "2022 年度", "2023 年度",
                "与2023年度相比,一般公共预算财政拨款支出减少244.12万元,下降13.6%",
                "一般公共预算财政拨款支出比2023年度决算数" + printedLastYear + "万元减少0.00万元");
    }

    List<Finding> run(String thisYear) {
        BatchAudit.Result r = BatchAudit.run(List.of(Exports.read(dir, "y2024.txt", thisYear),
                Exports.read(dir, "y2023.txt", Exports.seed())));
        assertEquals(1, r.links().stream().filter(l -> l.kind() == LinkKind.PREVIOUS_YEAR).count(), r.links().toString());
        return r.findings().stream().map(BatchAudit.BatchFinding::finding).filter(f -> f.rule().equals("batch.previous-year"))
                .toList();
    }

    @Test
    void positive_last_years_figure_printed_otherwise() {
        List<Finding> f = run(thisYear("1,535.51"));
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("1535.51", f.get(0).figures().get("printed_last_year").plain());
        assertEquals("1553.51", f.get(0).figures().get("last_year_document").plain());
        assertTrue(f.get(0).evidence().get(1).document().endsWith("y2023.txt"));
    }

    @Test
    void positive_restated_on_a_comparable_basis_is_a_warning() {
        String s = thisYear("1,535.51").replace("主要原因是人员减少", "按可比口径调整后,主要原因是人员减少");
        List<Finding> f = run(s);
        assertEquals(Severity.WARNING, f.get(0).severity());
    }

    /** The seed moved to 2024, its sentence saying this year's figure and the change: 1,553.51, 减少244.12. */
    static String thisYearWithChangeOnly() {
        return Exports.edit(Exports.seed(), "2023年度", "2024年度", "2022年度", "2023年度", "2022 年度", "2023 年度",
                "与2023年度相比,一般公共预算财政拨款支出减少244.12万元",
                "一般公共预算财政拨款支出1,553.51万元,比2023年度决算数减少244.12万元");
    }

    @Test
    void negative_a_change_whose_sentence_names_another_figure_is_not_used() {
        // the sentence's own figure (1,535.51) is not the document's 一般公共预算财政拨款支出 (1,553.51): another measure
        String s = Exports.edit(thisYearWithChangeOnly(), "一般公共预算财政拨款支出1,553.51万元,比2023年度",
                "一般公共预算财政拨款支出1,535.51万元,比2023年度");
        assertEquals(List.of(), run(s));
    }

    @Test
    void positive_last_years_figure_implied_by_the_stated_change_is_a_warning() {
        // 1,553.51 + 244.12 = 1,797.63, but last year's document printed 1,553.51
        List<Finding> f = run(thisYearWithChangeOnly());
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals("1797.63", f.get(0).figures().get("derived_last_year").plain());
        assertEquals("244.12", f.get(0).figures().get("stated_change").plain());
    }

    @Test
    void positive_this_years_figure_before_the_comparison_in_the_same_sentence() {
        // 一般公共预算财政拨款支出1,553.51万元,与上年相比减少244.12万元: the figure stands before the comparison
        String s = Exports.edit(Exports.seed(), "2023年度", "2024年度", "2022年度", "2023年度", "2022 年度", "2023 年度",
                "与2023年度相比,一般公共预算财政拨款支出减少244.12万元",
                "一般公共预算财政拨款支出1,553.51万元,与上年相比减少244.12万元");
        List<Finding> f = run(s);
        assertEquals(1, f.size(), f.toString());
        assertEquals("1797.63", f.get(0).figures().get("derived_last_year").plain());
    }

    @Test
    void negative_a_figure_in_an_earlier_sentence_is_not_this_comparisons() {
        // "…1,553.51万元,占本年支出合计的100%。与上年相比…减少244.12万元": the figure is another sentence's
        String s = Exports.edit(Exports.seed(), "2023年度", "2024年度", "2022年度", "2023年度", "2022 年度", "2023 年度",
                "与2023年度相比,一般公共预算财政拨款支出减少244.12万元", "与上年相比,一般公共预算财政拨款支出减少244.12万元");
        assertEquals(List.of(), run(s));
    }

    @Test
    void negative_the_stated_change_leads_to_last_years_figure() {
        String last = Exports.edit(Exports.seed(), "合计\t1, 553. 51\t1, 313. 24\t240. 27", "合计\t1, 797. 63\t1, 557. 36\t240. 27");
        BatchAudit.Result r = BatchAudit.run(List.of(Exports.read(dir, "y2024.txt", thisYearWithChangeOnly()),
                Exports.read(dir, "y2023.txt", last)));
        assertEquals(List.of(), r.findings().stream().filter(x -> x.finding().rule().equals("batch.previous-year")).toList());
    }

    @Test
    void negative_last_years_figure_as_printed_last_year() {
        assertEquals(List.of(), run(thisYear("1,553.51")));
    }
}
