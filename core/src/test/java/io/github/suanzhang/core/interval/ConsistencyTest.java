package io.github.suanzhang.core.interval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsistencyTest {

    private static Amount wan(String v) {
        return Amount.of(v, Unit.TEN_THOUSAND_YUAN);
    }

    private static Amount yuan(String v) {
        return Amount.of(v, Unit.YUAN);
    }

    private static Amount pct(String v) {
        return Amount.of(v, Unit.PERCENT);
    }

    private static void assertSame(BigDecimal expected, BigDecimal actual) {
        assertEquals(0, expected.compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    // ---- one fact printed twice ----------------------------------------------------------------

    @Test
    void 同一数字表格与正文相差一个尾数_872_87_vs_872_88() {
        // 2023 决算: the tables print 872.87, the narrative 872.88
        Check c = Consistency.samefact(wan("872.87"), wan("872.88"));
        assertEquals(Agreement.ONE_UNIT_APART, c.agreement());
        // their rounding intervals touch at 872.875, so an intersection test alone would accept them
        assertTrue(c.computed().intersects(c.stated()));
        assertSame(new BigDecimal("-0.01"), c.difference());
    }

    @Test
    void 同一数字相差十个尾数_872_87_vs_872_97() {
        assertEquals(Agreement.DISAGREES, Consistency.samefact(wan("872.87"), wan("872.97")).agreement());
        assertEquals(Agreement.AGREES, Consistency.samefact(wan("872.87"), wan("872.870")).agreement());
    }

    @Test
    void 不同小数位_208_8_vs_208_80_and_201_50() {
        assertEquals(Agreement.AGREES, Consistency.samefact(wan("208.8"), wan("208.80")).agreement());
        assertEquals(Agreement.AGREES, Consistency.samefact(wan("208.8"), wan("208.84")).agreement());
        assertEquals(Agreement.DISAGREES, Consistency.samefact(wan("208.8"), wan("208.86")).agreement());
        assertEquals(Agreement.DISAGREES, Consistency.samefact(wan("208.8"), wan("201.50")).agreement());
    }

    @Test
    void 单位换算_2070000元_vs_207_00万元() {
        Check c = Consistency.samefact(yuan("2070000"), wan("207.00"));
        assertEquals(Agreement.AGREES, c.agreement());
        assertEquals(Unit.YUAN, c.unit());
        assertEquals(Interval.closed(new BigDecimal("2069950"), new BigDecimal("2070050")), c.stated());
        Check d = Consistency.samefact(wan("207.01"), yuan("2070000"));
        assertEquals(Agreement.DISAGREES, d.agreement());
        assertSame(new BigDecimal("0.01"), d.difference());
    }

    @Test
    void 百分比与金额不能比较() {
        assertThrows(IllegalArgumentException.class, () -> Consistency.samefact(pct("10.7"), wan("10.7")));
    }

    // ---- sums -----------------------------------------------------------------------------------

    @Test
    void 合计_1225_06加167_24加161_21等于1553_51() {
        Check c = Consistency.sum(List.of(wan("1225.06"), wan("167.24"), wan("161.21")), wan("1553.51"));
        assertEquals(Agreement.AGREES, c.agreement());
        assertSame(BigDecimal.ZERO, c.difference());
        assertEquals("[1553.495, 1553.525]", c.computed().toString());
    }

    @Test
    void 合计差四分不能用舍入解释() {
        Check c = Consistency.sum(List.of(wan("1225.06"), wan("167.24"), wan("161.21")), wan("1553.55"));
        assertEquals(Agreement.DISAGREES, c.agreement());
        assertSame(new BigDecimal("-0.04"), c.difference());
    }

    @Test
    void 普陀区财政局2024_合计差一分在舍入之内() {
        // 2106.66 + 326.72 + 60.99 + 445.69 = 2940.06, printed total 2940.05
        Check c = Consistency.sum(List.of(wan("2106.66"), wan("326.72"), wan("60.99"), wan("445.69")), wan("2940.05"));
        assertEquals(Agreement.AGREES, c.agreement());
        assertSame(new BigDecimal("0.01"), c.difference());
        assertEquals(Interval.closed(new BigDecimal("2940.04"), new BigDecimal("2940.08")), c.computed());
    }

    @Test
    void 栏次公式_6栏等于1栏加2栏减3栏_含负数() {
        Check ok = Consistency.combination(List.of(Term.plus(wan("10.00")), Term.plus(wan("0.00")), Term.minus(wan("15.37"))),
                wan("-5.37"));
        assertEquals(Agreement.AGREES, ok.agreement());
        Check bad = Consistency.combination(List.of(Term.plus(wan("10.00")), Term.plus(wan("0.00")), Term.minus(wan("15.37"))),
                wan("5.37"));
        assertEquals(Agreement.DISAGREES, bad.agreement());
    }

    @Test
    void 负数截尾_只有截尾才能解释() {
        // −1.99 + −1.99 = −3.98, printed to one decimal by cutting (−1.9, −1.9) and the total to units (−3)
        Check c = Consistency.sum(List.of(wan("-1.9"), wan("-1.9")), wan("-3"));
        assertEquals(Agreement.AGREES_ONLY_IF_TRUNCATED, c.agreement());
        assertEquals("(-4.0, -3.8]", c.computed().toString());
        assertEquals("(-4, -3]", c.stated().toString());
    }

    @Test
    void 零() {
        assertEquals(Agreement.AGREES, Consistency.sum(List.of(wan("0.00"), wan("0.00")), wan("0.00")).agreement());
        // two hidden half-cents: [−0.01, 0.01] reaches 0.01
        assertEquals(Agreement.AGREES, Consistency.sum(List.of(wan("0.00"), wan("0.00")), wan("0.01")).agreement());
        // truncated zeros are open on both sides: (−0.02, 0.02) does not reach [0.02, 0.03)
        assertEquals(Agreement.DISAGREES, Consistency.sum(List.of(wan("0.00"), wan("0.00")), wan("0.02")).agreement());
    }

    // ---- shares and changes ---------------------------------------------------------------------

    @Test
    void 占比_167_24除以1553_51() {
        // true ratio 10.765…%
        Check truncated = Consistency.share(wan("167.24"), wan("1553.51"), pct("10.7"));
        assertEquals(Agreement.AGREES_ONLY_IF_TRUNCATED, truncated.agreement());
        assertEquals("[10.7, 10.8)", truncated.stated().toString());
        assertEquals(Agreement.AGREES, Consistency.share(wan("167.24"), wan("1553.51"), pct("10.8")).agreement());
        Check precise = Consistency.share(wan("167.24"), wan("1553.51"), pct("10.77"));
        assertEquals(Agreement.AGREES, precise.agreement());
        assertEquals("(10.7649, 10.7657)", precise.computed().toString(4));
        assertEquals(Agreement.DISAGREES, Consistency.share(wan("167.24"), wan("1553.51"), pct("10.9")).agreement());
        assertEquals(Agreement.DISAGREES, Consistency.share(wan("167.24"), wan("1553.51"), pct("10.75")).agreement());
    }

    @Test
    void 占比_5_95除以8_57为69_4() {
        Check c = Consistency.share(wan("5.95"), wan("8.57"), pct("69.4"));
        assertEquals(Agreement.AGREES, c.agreement());
        assertEquals(Agreement.DISAGREES, Consistency.share(wan("5.95"), wan("8.57"), pct("69.6")).agreement());
    }

    @Test
    void 预算执行率_1553_51比1591_17为97_6() {
        Check c = Consistency.share(wan("1553.51"), wan("1591.17"), pct("97.6"));
        assertEquals(Agreement.AGREES, c.agreement());
        assertEquals("(97.632, 97.634)", c.computed().toString(3));
        assertEquals(Agreement.DISAGREES, Consistency.share(wan("1553.51"), wan("1591.17"), pct("97.7")).agreement());
    }

    @Test
    void 占比_分子分母单位不同() {
        // 167.24万元 of 15,535,100元
        assertEquals(Agreement.AGREES, Consistency.share(wan("167.24"), yuan("15535100"), pct("10.77")).agreement());
        assertThrows(IllegalArgumentException.class, () -> Consistency.share(wan("167.24"), wan("1553.51"), wan("10.77")));
    }

    @Test
    void 分母为零() {
        assertThrows(ArithmeticException.class, () -> Consistency.share(wan("1.00"), wan("0.00"), pct("10")));
        assertThrows(ArithmeticException.class, () -> Consistency.change(wan("0.00"), wan("1.00"), pct("10")));
    }

    @Test
    void 增长率() {
        // (1591.17 − 1553.51) / 1553.51 = 2.4242…%
        assertEquals(Agreement.AGREES, Consistency.change(wan("1553.51"), wan("1591.17"), pct("2.42")).agreement());
        assertEquals(Agreement.DISAGREES, Consistency.change(wan("1553.51"), wan("1591.17"), pct("2.45")).agreement());
    }

    @Test
    void 下降率_截尾() {
        // 100.00 → 94.73 is −5.27%: 下降5.3% agrees, 下降5.2% only if cut toward zero
        assertEquals(Agreement.AGREES, Consistency.decrease(wan("100.00"), wan("94.73"), pct("5.3")).agreement());
        Check c = Consistency.decrease(wan("100.00"), wan("94.73"), pct("5.2"));
        assertEquals(Agreement.AGREES_ONLY_IF_TRUNCATED, c.agreement());
        assertEquals("(-5.3, -5.2]", c.stated().toString());
        assertEquals(Agreement.DISAGREES, Consistency.decrease(wan("100.00"), wan("94.73"), pct("4.2")).agreement());
        // the sign matters: 增长5.3% is not 下降5.3%
        assertEquals(Agreement.DISAGREES, Consistency.change(wan("100.00"), wan("94.73"), pct("5.3")).agreement());
    }

    @Test
    void 截尾边界开区间_10_8不在10_7截尾之内() {
        // 10.80 of 99.99, all cut toward zero: the ratio is (10.80/100.00, …) = (10.8, …), open at 10.8,
        // and a truncated 10.7% is [10.7, 10.8), open at 10.8: they touch at a point neither contains
        Interval ratio = Interval.of(wan("10.80"), Reading.TRUNCATED)
                .dividedBy(Interval.of(wan("99.99"), Reading.TRUNCATED)).times(new BigDecimal("100"));
        assertSame(new BigDecimal("10.8"), ratio.lo());
        assertTrue(ratio.loOpen());
        assertEquals(Agreement.DISAGREES, Consistency.share(wan("10.80"), wan("99.99"), pct("10.7")).agreement());
        assertEquals(Agreement.AGREES, Consistency.share(wan("10.80"), wan("99.99"), pct("10.8")).agreement());
    }

    @Test
    void 截尾边界开区间_合计() {
        // 1.0 + 1.0 truncated is [2.0, 2.2); a truncated total 2.2 is [2.2, 2.3): touching at an open end
        assertEquals(Agreement.DISAGREES, Consistency.sum(List.of(wan("1.0"), wan("1.0")), wan("2.2")).agreement());
        assertEquals(Agreement.AGREES, Consistency.sum(List.of(wan("1.0"), wan("1.0")), wan("2.1")).agreement());
    }
}
