package io.github.suanzhang.core.interval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntervalTest {

    private static final Unit WAN = Unit.TEN_THOUSAND_YUAN;

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static Interval iv(String text) {
        // "[1, 2)" style, for readable expectations
        boolean loOpen = text.charAt(0) == '(';
        boolean hiOpen = text.charAt(text.length() - 1) == ')';
        String[] ends = text.substring(1, text.length() - 1).split(",");
        return new Interval(d(ends[0].strip()), loOpen, d(ends[1].strip()), hiOpen);
    }

    @Test
    void roundedAmountPrintsAsInTheDesign() {
        Interval i = Interval.of(Amount.of("872.87", WAN), Reading.ROUNDED);
        assertEquals("[872.865, 872.875]", i.toString());
        assertEquals(0, i.width().compareTo(d("0.01")));
        assertEquals(0, i.midpoint().compareTo(d("872.87")));
    }

    @Test
    void negativeDecimalsAfterConversionToYuan() {
        Amount yuan = Amount.of("872.87", WAN).to(Unit.YUAN);
        assertEquals(-2, yuan.decimals());
        assertEquals(iv("[8728650, 8728750]"), Interval.of(yuan, Reading.ROUNDED));
        assertEquals(iv("[8728700, 8728800)"), Interval.of(yuan, Reading.TRUNCATED));
    }

    @Test
    void truncationOfPositiveNegativeAndZero() {
        assertEquals("[10.7, 10.8)", Interval.of(Amount.of("10.7", Unit.PERCENT), Reading.TRUNCATED).toString());
        assertEquals("(-5.38, -5.37]", Interval.of(Amount.of("-5.37", WAN), Reading.TRUNCATED).toString());
        assertEquals("(-0.01, 0.01)", Interval.of(Amount.of("0.00", WAN), Reading.TRUNCATED).toString());
        assertEquals("[-0.005, 0.005]", Interval.of(Amount.of("0.00", WAN), Reading.ROUNDED).toString());
        assertEquals("[-5.375, -5.365]", Interval.of(Amount.of("-5.37", WAN), Reading.ROUNDED).toString());
    }

    @Test
    void openEndExcludesTheTruncationBoundary() {
        // 10.7% printed truncated is [10.7, 10.8): a true 10.8% would have been printed 10.8
        Interval truncated = Interval.of(Amount.of("10.7", Unit.PERCENT), Reading.TRUNCATED);
        assertTrue(truncated.contains(d("10.7")));
        assertTrue(truncated.contains(d("10.79999")));
        assertFalse(truncated.contains(d("10.8")));
        assertFalse(truncated.intersects(Interval.exact(d("10.8"))));
        assertFalse(truncated.intersects(iv("[10.8, 10.9]")));
        assertFalse(iv("[10.8, 10.9]").intersects(truncated));
        assertTrue(iv("[10.7, 10.8]").intersects(iv("[10.8, 10.9]")));
        assertFalse(iv("[10.7, 10.8]").intersects(iv("(10.8, 10.9]")));
        assertTrue(truncated.intersects(iv("(10.79, 10.8]")));
        assertFalse(iv("(-0.01, 0.01)").contains(d("-0.01")));
        assertTrue(iv("(-0.01, 0.01)").contains(BigDecimal.ZERO));
    }

    @Test
    void sumsTrackOpenEnds() {
        Interval a = iv("[1, 2)");
        Interval b = iv("(3, 4]");
        assertEquals(iv("(4, 6)"), a.plus(b));
        assertEquals(iv("[-3, -1)"), a.minus(b)); // [1, 2) + [-4, -3)
        assertEquals(iv("(-2, -1]"), a.negate());
        assertEquals(iv("[1, 2]").plus(iv("[3, 4]")), iv("[4, 6]"));
    }

    @Test
    void scalingSwapsEndsForNegativeFactors() {
        Interval a = iv("[1, 2)");
        assertEquals(iv("[100, 200)"), a.times(d("100")));
        assertEquals(iv("(-4, -2]"), a.times(d("-2")));
        assertEquals(Interval.exact(BigDecimal.ZERO), a.times(BigDecimal.ZERO));
    }

    @Test
    void exactDivisionKeepsClosedEnds() {
        assertEquals(iv("[0.125, 0.5]"), iv("[1, 2]").dividedBy(iv("[4, 8]")));
        assertEquals(iv("[-0.25, 0.5]"), iv("[-1, 2]").dividedBy(iv("[4, 8]")));
        assertEquals(iv("[-0.5, -0.125]"), iv("[1, 2]").dividedBy(iv("[-8, -4]")));
        assertEquals(iv("[-0.25, 0.5]"), iv("[-2, 1]").dividedBy(iv("[-8, -4]")));
        assertEquals(iv("[0.125, 0.5)"), iv("[1, 2)").dividedBy(iv("[4, 8]")));
        assertEquals(iv("(0.125, 0.5]"), iv("[1, 2]").dividedBy(iv("[4, 8)")));
    }

    @Test
    void zeroNumeratorEndIsReachedWhateverTheDivisor() {
        // 0/y = 0 for every y in (1, 2), so 0 is in the quotient although both divisor ends are open
        Interval q = iv("[0, 1]").dividedBy(iv("(1, 2)"));
        assertEquals(iv("[0, 1)"), q);
        assertTrue(q.contains(BigDecimal.ZERO));
    }

    @Test
    void inexactDivisionRoundsOutwardAndStaysNarrow() {
        Interval third = Interval.exact(BigDecimal.ONE).dividedBy(Interval.exact(d("3")));
        assertTrue(third.loOpen() && third.hiOpen());
        assertTrue(third.lo().multiply(d("3")).compareTo(BigDecimal.ONE) < 0);
        assertTrue(third.hi().multiply(d("3")).compareTo(BigDecimal.ONE) > 0);
        assertTrue(third.width().compareTo(d("1E-33")) <= 0, third.toString());
        assertEquals("(0.3333, 0.3334)", third.toString(4));
    }

    @Test
    void divisionContainsEveryQuotientOfSampledPoints() {
        Random random = new Random(20240521L);
        for (int round = 0; round < 300; round++) {
            Interval n = randomInterval(random, false);
            Interval dv = randomInterval(random, true);
            Interval q = n.dividedBy(dv);
            for (int k = 0; k <= 4; k++) {
                BigDecimal x = pointIn(n, k);
                for (int j = 0; j <= 4; j++) {
                    BigDecimal y = pointIn(dv, j);
                    if (!n.contains(x) || !dv.contains(y)) {
                        continue;
                    }
                    // lo ≤ x/y ≤ hi, checked by multiplication (y has one sign); strict where open
                    int s = y.signum();
                    int cLo = x.compareTo(q.lo().multiply(y)) * s;
                    int cHi = q.hi().multiply(y).compareTo(x) * s;
                    assertTrue(q.loOpen() ? cLo > 0 : cLo >= 0, n + " / " + dv + " = " + q + " misses " + x + "/" + y);
                    assertTrue(q.hiOpen() ? cHi > 0 : cHi >= 0, n + " / " + dv + " = " + q + " misses " + x + "/" + y);
                }
            }
        }
    }

    private static Interval randomInterval(Random random, boolean awayFromZero) {
        BigDecimal a = BigDecimal.valueOf(random.nextInt(20001) - 10000, 2);
        BigDecimal w = BigDecimal.valueOf(random.nextInt(500) + 1, 2);
        if (awayFromZero && a.signum() <= 0 && a.add(w).signum() >= 0) {
            a = a.add(d("200"));
        }
        return new Interval(a, random.nextBoolean(), a.add(w), random.nextBoolean());
    }

    /** Ends and three interior points; open ends are skipped by the caller through contains. */
    private static BigDecimal pointIn(Interval i, int k) {
        return i.lo().add(i.width().multiply(BigDecimal.valueOf(k)).divide(d("4")));
    }

    @Test
    void divisorTouchingOrContainingZeroIsRefused() {
        assertThrows(ArithmeticException.class, () -> iv("[1, 2]").dividedBy(iv("(-0.01, 0.01)")));
        assertThrows(ArithmeticException.class, () -> iv("[1, 2]").dividedBy(iv("(0, 1]")));
        assertThrows(ArithmeticException.class, () -> iv("[1, 2]").dividedBy(Interval.exact(BigDecimal.ZERO)));
    }

    @Test
    void noEmptyOrReversedIntervals() {
        assertThrows(IllegalArgumentException.class, () -> iv("(1, 1]"));
        assertThrows(IllegalArgumentException.class, () -> iv("[2, 1]"));
        assertTrue(iv("[1, 1]").isPoint());
    }

    @Test
    void equalityIsNumerical() {
        assertEquals(iv("[1.0, 2]"), iv("[1, 2.00]"));
        assertEquals(iv("[1.0, 2]").hashCode(), iv("[1, 2.00]").hashCode());
        assertNotEquals(iv("[1, 2]"), iv("[1, 2)"));
    }
}
