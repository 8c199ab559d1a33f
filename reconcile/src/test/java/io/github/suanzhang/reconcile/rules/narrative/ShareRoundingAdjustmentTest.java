package io.github.suanzhang.reconcile.rules.narrative;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.interval.Consistency;
import io.github.suanzhang.testdata.Fixture;
import org.junit.jupiter.api.Test;

/** 尾数调整: a share one unit in its last digit from the correctly rounded value is a plug (WARNING), not an ERROR. */
class ShareRoundingAdjustmentTest {

    @Test
    void 占比末位差一个单位是尾数调整() {
        // 32,640 of 984,760.87 = 3.3145% → 3.31; printed 3.32 so that the list adds up to 100.00%
        assertTrue(NarrativeShareRule.oneUnitFromRounded(
                Consistency.share(Fixture.wan("32640"), Fixture.wan("984760.87"), Fixture.percent("3.32")),
                Fixture.percent("3.32")));
        // 13,994.31 of 21,955.35 = 63.7399% → 63.74; printed 63.75 = 100 − 25.38 − 10.87
        assertTrue(NarrativeShareRule.oneUnitFromRounded(
                Consistency.share(Fixture.wan("13994.31"), Fixture.wan("21955.35"), Fixture.percent("63.75")),
                Fixture.percent("63.75")));
        // one decimal: 6,701.98 of 432,564.30 = 1.549% → 1.5; printed 1.6
        assertTrue(NarrativeShareRule.oneUnitFromRounded(
                Consistency.share(Fixture.wan("6701.98"), Fixture.wan("432564.30"), Fixture.percent("1.6")),
                Fixture.percent("1.6")));
    }

    @Test
    void 差两个单位以上仍是错误() {
        assertFalse(NarrativeShareRule.oneUnitFromRounded(
                Consistency.share(Fixture.wan("32640"), Fixture.wan("984760.87"), Fixture.percent("3.33")),
                Fixture.percent("3.33")));
        assertFalse(NarrativeShareRule.oneUnitFromRounded(
                Consistency.share(Fixture.wan("6701.98"), Fixture.wan("432564.30"), Fixture.percent("16.0")),
                Fixture.percent("16.0")));
    }
}
