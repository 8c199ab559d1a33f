package io.github.suanzhang.core.interval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import org.junit.jupiter.api.Test;

/** 尾数调整: a share one unit in its last digit from the correctly rounded value is a plug (WARNING), not an ERROR. */
class OneUnitFromRoundedTest {

    private static Amount wan(String v) {
        return Amount.of(v, Unit.TEN_THOUSAND_YUAN);
    }

    private static Amount pct(String v) {
        return Amount.of(v, Unit.PERCENT);
    }

    private static boolean plug(String part, String whole, String stated) {
        return Consistency.oneUnitFromRounded(Consistency.share(wan(part), wan(whole), pct(stated)), pct(stated));
    }

    @Test
    void 占比末位差一个单位是尾数调整() {
        // 32,640 of 984,760.87 = 3.3145% → 3.31; printed 3.32 so that the list adds up to 100.00%
        assertTrue(plug("32640", "984760.87", "3.32"));
        // 13,994.31 of 21,955.35 = 63.7399% → 63.74; printed 63.75 = 100 − 25.38 − 10.87
        assertTrue(plug("13994.31", "21955.35", "63.75"));
        // one decimal: 6,701.98 of 432,564.30 = 1.549% → 1.5; printed 1.6
        assertTrue(plug("6701.98", "432564.30", "1.6"));
        // one unit below: 3.3145% → 3.31; printed 3.30
        assertTrue(plug("32640", "984760.87", "3.30"));
    }

    @Test
    void 相符或差两个单位以上都不是() {
        assertFalse(plug("32640", "984760.87", "3.31"), "the rounded value itself");
        assertFalse(plug("32640", "984760.87", "3.33"));
        assertFalse(plug("32640", "984760.87", "3.29"));
        assertFalse(plug("6701.98", "432564.30", "16.0"));
    }
}
