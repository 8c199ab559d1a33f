package io.github.suanzhang.extract.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class YearReaderTest {

    @Test
    void yearsWithTheirNounAndComparisonRole() {
        assertEquals(List.of("YEAR_REFERENCE - 2025 {reference=部门预算}", "YEAR_REFERENCE - 2026 {reference=预算数}",
                        "YEAR_REFERENCE - 2026 {role=comparison}"),
                Analyses.lines(YearReader.read(Analyses.of("2025年部门预算收入10.00万元，与2026年相比减少，2026年预算数为12.00万元。"))));
    }

    @Test
    void datesAreNoYearReferences() {
        assertEquals(List.of(), Analyses.lines(YearReader.read(Analyses.of("截至2025年12月底，共有车辆3辆。"))));
    }
}
