package io.github.suanzhang.extract.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AmountReaderTest {

    @Test
    void everyNamedAmountWithItsMeasure() {
        assertEquals(List.of("AMOUNT 差旅费 amount=12.00万元 {measure=决算}", "AMOUNT 差旅费 amount=8.00万元 {measure=年初预算}"),
                Analyses.lines(AmountReader.read(Analyses.of("差旅费年初预算为8.00万元，决算为12.00万元。"))));
    }

    @Test
    void anInheritedSubjectIsMarkedAsContext() {
        assertEquals(List.of("AMOUNT 会议费 amount=3.00万元 {context=会议费, measure=支出}"),
                Analyses.lines(AmountReader.read(Analyses.of("支出3.00万元。", Analyses.heading("会议费")))));
    }

    @Test
    void countsHaveTheirUnit() {
        assertEquals(List.of("COUNT 公务用车 count=4 {unit=辆}"),
                Analyses.lines(AmountReader.read(Analyses.of("公务用车4辆。"))));
    }

    @Test
    void percentsAndChangesAreNoAmounts() {
        assertEquals(List.of(), Analyses.lines(AmountReader.read(Analyses.of("比上年增加2.00万元，增长5%。"))));
    }
}
