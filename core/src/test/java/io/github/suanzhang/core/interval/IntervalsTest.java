package io.github.suanzhang.core.interval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalsTest {

    @Test
    void sumConvertsToTheFirstAmountsUnit() {
        // 207.00万元 + 2,070,000元 in 万元: [206.995, 207.005] + [206.99995, 207.00005]
        Interval s = Intervals.sum(List.of(Amount.of("207.00", Unit.TEN_THOUSAND_YUAN), Amount.of("2070000", Unit.YUAN)),
                Reading.ROUNDED);
        assertEquals(Interval.closed(new BigDecimal("413.99495"), new BigDecimal("414.00505")), s);
        // and in 元 when 元 comes first
        Interval y = Intervals.sum(List.of(Amount.of("2070000", Unit.YUAN), Amount.of("207.00", Unit.TEN_THOUSAND_YUAN)),
                Reading.ROUNDED);
        assertEquals(Interval.closed(new BigDecimal("4139949.5"), new BigDecimal("4140050.5")), y);
    }

    @Test
    void percentAndMoneyDoNotMix() {
        List<Amount> mixed = List.of(Amount.of("10.7", Unit.PERCENT), Amount.of("167.24", Unit.TEN_THOUSAND_YUAN));
        assertThrows(IllegalArgumentException.class, () -> Intervals.sum(mixed, Reading.ROUNDED));
        assertThrows(IllegalArgumentException.class,
                () -> Intervals.convert(Amount.of("3", Unit.NONE), Unit.PERCENT));
        assertThrows(IllegalArgumentException.class, () -> Intervals.sum(List.of(), Reading.ROUNDED));
    }

    @Test
    void combinationSubtractsMinusTerms() {
        Interval i = Intervals.combination(List.of(Term.plus(Amount.of("10.00", Unit.YUAN)),
                Term.minus(Amount.of("3.0", Unit.YUAN))), Unit.YUAN, Reading.TRUNCATED);
        // [10.00, 10.01) − [3.0, 3.1) = (6.9, 7.01)
        assertEquals(new Interval(new BigDecimal("6.9"), true, new BigDecimal("7.01"), true), i);
    }
}
