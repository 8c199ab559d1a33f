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

    /** 上年结转结余的…: the carried-over part of a source keeps its qualifier (it is not the year's income line). */
    @Test
    void 上年结转结余的收入keepsItsQualifier() {
        assertEquals(List.of("AMOUNT 上年结转结余的政府性基金预算收入 amount=12.00万元 {measure=收入}"),
                Analyses.lines(AmountReader.read(Analyses.of("上年结转结余的政府性基金预算收入12.00万元。"))));
        assertEquals(List.of("AMOUNT 年初结转和结余的财政专户管理资金 amount=3.50万元"),
                Analyses.lines(AmountReader.read(Analyses.of("年初结转和结余的财政专户管理资金3.50万元。"))));
    }

    /** Another qualifier before 的 is dropped as before: 本部门的会议费 is the 会议费. */
    @Test
    void otherQualifiersBefore的AreDropped() {
        assertEquals(List.of("AMOUNT 会议费 amount=2.00万元"),
                Analyses.lines(AmountReader.read(Analyses.of("机关本部的会议费2.00万元。"))));
    }
}
