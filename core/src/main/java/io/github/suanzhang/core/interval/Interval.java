package io.github.suanzhang.core.interval;

import io.github.suanzhang.core.number.Amount;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A non-empty interval of exact decimal values with each end open or closed, e.g. {@code [872.865,
 * 872.875]} for 872.87 printed rounded, {@code [10.7, 10.8)} for 10.7 printed truncated.
 *
 * <p>Sums, differences, negation and scaling are exact. Division cannot always be exact (1/3), so its
 * ends are rounded outward at {@link #DIVISION_PRECISION} significant digits: the result always
 * contains the true quotient interval, and is wider by at most one unit in the 34th significant digit
 * at each end.
 *
 * <p>An interval carries no unit: it is in the unit of the amounts it was made from. Combine intervals
 * of amounts in different units only through {@link Intervals}, which converts or refuses.
 *
 * <p>Equality is numerical ({@code [1.0, 2]} equals {@code [1, 2.00]}), unlike {@link BigDecimal#equals}.
 *
 * @param lo     lower end
 * @param loOpen whether {@code lo} itself is excluded
 * @param hi     upper end, {@code hi ≥ lo}; if {@code hi = lo} both ends must be closed (no empty intervals)
 * @param hiOpen whether {@code hi} itself is excluded
 */
public record Interval(BigDecimal lo, boolean loOpen, BigDecimal hi, boolean hiOpen) {

    /**
     * Significant digits kept by {@link #dividedBy}: 34, the precision of IEEE 754 decimal128
     * ({@link MathContext#DECIMAL128}), far below any printed precision. Lower ends are rounded toward
     * −∞ and upper ends toward +∞.
     */
    public static final int DIVISION_PRECISION = 34;

    private static final MathContext DIVIDE_DOWN = new MathContext(DIVISION_PRECISION, RoundingMode.FLOOR);
    private static final MathContext DIVIDE_UP = new MathContext(DIVISION_PRECISION, RoundingMode.CEILING);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    /** Requires both ends, the lower not above the upper; a single point is closed at both ends (else it is empty). */
    public Interval {
        Objects.requireNonNull(lo, "lo");
        Objects.requireNonNull(hi, "hi");
        int c = lo.compareTo(hi);
        if (c > 0) {
            throw new IllegalArgumentException("lower end " + lo + " above upper end " + hi);
        }
        if (c == 0 && (loOpen || hiOpen)) {
            throw new IllegalArgumentException("empty interval at " + lo + " (an open end on a single point)");
        }
    }

    /** The closed interval [lo, hi]. */
    public static Interval closed(BigDecimal lo, BigDecimal hi) {
        return new Interval(lo, false, hi, false);
    }

    /** The single point [v, v]: a figure known exactly. */
    public static Interval exact(BigDecimal v) {
        return new Interval(v, false, v, false);
    }

    /**
     * The values a printed amount stands for, in the amount's own unit. With {@code u = 10^-decimals}
     * (decimals may be negative after a unit conversion: u = 100 for decimals −2):
     * rounded → [v − u/2, v + u/2]; truncated → [v, v + u) for v &gt; 0, (v − u, v] for v &lt; 0,
     * (−u, u) for v = 0.
     */
    public static Interval of(Amount amount, Reading reading) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reading, "reading");
        BigDecimal v = amount.value();
        BigDecimal u = BigDecimal.ONE.scaleByPowerOfTen(-amount.decimals());
        return switch (reading) {
            case ROUNDED -> {
                BigDecimal h = u.multiply(HALF);
                yield closed(v.subtract(h), v.add(h));
            }
            case TRUNCATED -> switch (v.signum()) {
                case 1 -> new Interval(v, false, v.add(u), true);
                case -1 -> new Interval(v.subtract(u), true, v, false);
                default -> new Interval(u.negate(), true, u, true);
            };
        };
    }

    /** The sum: every sum of a value of this and a value of {@code other}, exact. */
    public Interval plus(Interval other) {
        return new Interval(lo.add(other.lo), loOpen || other.loOpen, hi.add(other.hi), hiOpen || other.hiOpen);
    }

    /** The difference: every value of this less a value of {@code other}, exact. */
    public Interval minus(Interval other) {
        return plus(other.negate());
    }

    /** The interval of the negated values. */
    public Interval negate() {
        return new Interval(hi.negate(), hiOpen, lo.negate(), loOpen);
    }

    /** Exact scaling: {@code times(100)} turns a ratio into a percentage. */
    public Interval times(BigDecimal k) {
        return switch (k.signum()) {
            case 1 -> new Interval(lo.multiply(k), loOpen, hi.multiply(k), hiOpen);
            case -1 -> new Interval(hi.multiply(k), hiOpen, lo.multiply(k), loOpen);
            default -> exact(BigDecimal.ZERO);
        };
    }

    /**
     * Whether 0 is in this interval or is one of its (open) ends: such an interval cannot be a divisor
     * ({@link #dividedBy} would throw); a rule about a ratio abstains instead.
     */
    public boolean touchesZero() {
        return lo.signum() <= 0 && hi.signum() >= 0;
    }

    /**
     * The quotient interval {x / y : x in this, y in divisor}, any signs, with its ends rounded outward
     * at {@link #DIVISION_PRECISION} digits so that the result always contains the true quotient
     * interval. An end is closed only where the true quotient reaches it exactly; an end moved outward
     * by rounding is open (the rounded value is not itself a quotient).
     *
     * @throws ArithmeticException if the divisor contains 0 or has 0 as an (open) end: the quotient
     *                             would be unbounded
     */
    public Interval dividedBy(Interval divisor) {
        if (divisor.touchesZero()) {
            throw new ArithmeticException("divisor " + divisor + " contains or touches 0; the quotient is unbounded");
        }
        // x/y is monotone in each variable on the box (y has one sign), so its extremes lie at corners.
        Corner[] corners = {
            new Corner(lo, loOpen, divisor.lo, divisor.loOpen),
            new Corner(lo, loOpen, divisor.hi, divisor.hiOpen),
            new Corner(hi, hiOpen, divisor.lo, divisor.loOpen),
            new Corner(hi, hiOpen, divisor.hi, divisor.hiOpen),
        };
        Corner min = corners[0];
        Corner max = corners[0];
        for (Corner c : corners) {
            if (c.compareTo(min) < 0) {
                min = c;
            }
            if (c.compareTo(max) > 0) {
                max = c;
            }
        }
        boolean minReached = false;
        boolean maxReached = false;
        for (Corner c : corners) {
            minReached |= c.compareTo(min) == 0 && c.reached();
            maxReached |= c.compareTo(max) == 0 && c.reached();
        }
        BigDecimal q0 = min.n.divide(min.d, DIVIDE_DOWN);
        BigDecimal q1 = max.n.divide(max.d, DIVIDE_UP);
        boolean exact0 = q0.multiply(min.d).compareTo(min.n) == 0;
        boolean exact1 = q1.multiply(max.d).compareTo(max.n) == 0;
        return new Interval(q0, !(exact0 && minReached), q1, !(exact1 && maxReached));
    }

    /** One corner n/d of the box of a division; d is never 0. */
    private record Corner(BigDecimal n, boolean nOpen, BigDecimal d, boolean dOpen) {

        /** Exact comparison of n/d: all divisors share one sign, so d·d' &gt; 0. */
        int compareTo(Corner o) {
            return n.multiply(o.d).compareTo(o.n.multiply(d));
        }

        /** Whether the value n/d is taken inside the box: 0/d is taken for every d. */
        boolean reached() {
            return !nOpen && (n.signum() == 0 || !dOpen);
        }
    }

    /** Whether some value lies in both intervals (a shared closed end counts; a shared open end does not). */
    public boolean intersects(Interval other) {
        int cl = lo.compareTo(other.lo);
        BigDecimal l = cl >= 0 ? lo : other.lo;
        boolean lOpen = cl > 0 ? loOpen : cl < 0 ? other.loOpen : (loOpen || other.loOpen);
        int ch = hi.compareTo(other.hi);
        BigDecimal h = ch <= 0 ? hi : other.hi;
        boolean hOpen = ch < 0 ? hiOpen : ch > 0 ? other.hiOpen : (hiOpen || other.hiOpen);
        int c = l.compareTo(h);
        return c < 0 || (c == 0 && !lOpen && !hOpen);
    }

    /** Whether {@code x} is one of the values (open ends excluded). */
    public boolean contains(BigDecimal x) {
        int cl = x.compareTo(lo);
        int ch = x.compareTo(hi);
        return (cl > 0 || (cl == 0 && !loOpen)) && (ch < 0 || (ch == 0 && !hiOpen));
    }

    /** hi − lo, exact. */
    public BigDecimal width() {
        return hi.subtract(lo);
    }

    /** (lo + hi) / 2, exact. */
    public BigDecimal midpoint() {
        return lo.add(hi).multiply(HALF);
    }

    /** Whether the interval holds one value only. */
    public boolean isPoint() {
        return lo.compareTo(hi) == 0;
    }

    /** E.g. {@code [872.865, 872.875]}, {@code [10.7, 10.8)}, {@code (-0.01, 0.01)}; ends exact. */
    @Override
    public String toString() {
        return format(lo.toPlainString(), hi.toPlainString());
    }

    /**
     * For messages: the ends rounded outward to {@code scale} decimals (the shown interval still
     * contains this one), e.g. a ratio interval shown as {@code [10.7649, 10.7657]}.
     */
    public String toString(int scale) {
        return format(lo.setScale(scale, RoundingMode.FLOOR).toPlainString(),
                hi.setScale(scale, RoundingMode.CEILING).toPlainString());
    }

    private String format(String l, String h) {
        return (loOpen ? "(" : "[") + l + ", " + h + (hiOpen ? ")" : "]");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Interval i && loOpen == i.loOpen && hiOpen == i.hiOpen
                && lo.compareTo(i.lo) == 0 && hi.compareTo(i.hi) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(lo.stripTrailingZeros(), loOpen, hi.stripTrailingZeros(), hiOpen);
    }
}
