package io.github.suanzhang.core.interval;

import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Whether printed figures are consistent with each other given only their printed precision, after
 * XBRL Calculations 1.1: each figure stands for an interval ({@link Interval#of}), the operation is
 * carried out on intervals, and the result is consistent when the computed interval meets the stated
 * one. First every figure is read as rounded; if that fails, every figure in the check is read as
 * truncated toward zero, and agreement then is {@link Agreement#AGREES_ONLY_IF_TRUNCATED}.
 *
 * <p>Stateless; all methods are static. Amounts in different monetary units are converted exactly;
 * mixing a percentage with money throws {@link IllegalArgumentException}.
 */
public final class Consistency {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Consistency() {
    }

    /**
     * Two printings of one fact (a table cell and the narrative). With the same decimals they must be
     * identical: equal → {@link Agreement#AGREES}, exactly one unit in the last digit apart →
     * {@link Agreement#ONE_UNIT_APART}, otherwise {@link Agreement#DISAGREES}. (Their rounding intervals
     * touch at one point when one unit apart, so intersection alone would wrongly accept 872.87 vs
     * 872.88.) With different decimals (208.8 vs 208.80, or 207.00万元 vs 2,070,000元) they agree when
     * their rounding intervals intersect. Compared in the unit of {@code a}; the difference is a − b.
     */
    public static Check samefact(Amount a, Amount b) {
        Objects.requireNonNull(a, "a");
        Amount bb = Intervals.convert(b, a.unit());
        Interval ia = Interval.of(a, Reading.ROUNDED);
        Interval ib = Interval.of(bb, Reading.ROUNDED);
        BigDecimal diff = a.value().subtract(bb.value());
        Agreement agreement;
        if (a.decimals() == bb.decimals()) {
            if (diff.signum() == 0) {
                agreement = Agreement.AGREES;
            } else if (diff.abs().compareTo(BigDecimal.ONE.scaleByPowerOfTen(-a.decimals())) == 0) {
                agreement = Agreement.ONE_UNIT_APART;
            } else {
                agreement = Agreement.DISAGREES;
            }
        } else {
            agreement = ia.intersects(ib) ? Agreement.AGREES : Agreement.DISAGREES;
        }
        return new Check(agreement, ia, ib, diff, a.unit());
    }

    /**
     * 尾数调整: whether a stated figure is one unit in its last printed digit away from the computed value
     * of {@code check} rounded half-up to the stated decimals, beyond it (3.32% where 3.3145% rounds to
     * 3.31). Publishers adjust one share of a list this way so that the list adds up to 100%; a difference
     * only such an adjustment (or a slip of one unit) explains is a WARNING, not an ERROR. The companion of
     * {@link Agreement#ONE_UNIT_APART} for a figure computed from others rather than printed twice.
     *
     * @param check  a check whose {@link Check#computed()} interval is the value the figure states
     * @param stated the stated figure, whose decimals set the unit of its last digit
     * @return true when the stated figure is exactly one unit above the rounded upper end or below the
     *         rounded lower end of the computed interval
     */
    public static boolean oneUnitFromRounded(Check check, Amount stated) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, stated.decimals()));
        BigDecimal lo = check.computed().lo().setScale(stated.decimals(), RoundingMode.HALF_UP);
        BigDecimal hi = check.computed().hi().setScale(stated.decimals(), RoundingMode.HALF_UP);
        BigDecimal value = stated.value();
        return value.subtract(hi).abs().compareTo(unit) == 0 && value.compareTo(hi) > 0
                || lo.subtract(value).abs().compareTo(unit) == 0 && value.compareTo(lo) < 0;
    }

    /** {@code total = Σ parts}, e.g. 合计 = Σ类 or {@code 27行=(1+…+8)行}; in the unit of the total. */
    public static Check sum(List<Amount> parts, Amount total) {
        return combination(parts.stream().map(Term::plus).toList(), total);
    }

    /**
     * {@code total = ±t₁ ± t₂ ± …}, e.g. {@code 6栏 = 1栏 + 2栏 − 3栏}; in the unit of the total.
     *
     * @throws IllegalArgumentException if there are no terms or a unit cannot be mixed with the total's
     */
    public static Check combination(List<Term> terms, Amount total) {
        Objects.requireNonNull(total, "total");
        Unit unit = total.unit();
        return decide(r -> Intervals.combination(terms, unit, r), total, unit);
    }

    /**
     * A stated share: {@code part / whole × 100} against {@code statedPercent} (e.g. 占 10.8%). The ratio
     * interval is [n₁/d₂, n₂/d₁] for positive figures, the general quotient interval otherwise.
     *
     * @throws IllegalArgumentException if {@code statedPercent} is not in {@link Unit#PERCENT} or part and
     *                                  whole cannot be put in one unit
     * @throws ArithmeticException      if the whole is printed as 0 (the share is undefined)
     */
    public static Check share(Amount part, Amount whole, Amount statedPercent) {
        requirePercent(statedPercent);
        Amount p = Intervals.convert(part, whole.unit());
        requireNonZero(whole, "whole");
        return decide(r -> Interval.of(p, r).dividedBy(Interval.of(whole, r)).times(HUNDRED),
                statedPercent, Unit.PERCENT);
    }

    /**
     * A stated change: {@code (after − before) / before × 100} against a signed {@code statedPercent}
     * (增长 5.2% → 5.2; for 下降 use {@link #decrease}). Computed as {@code after / before − 1}, which
     * is the same number but uses {@code before} once, so the interval is tight (interval arithmetic
     * on {@code (after − before) / before} would count the uncertainty of {@code before} twice).
     *
     * @throws IllegalArgumentException if {@code statedPercent} is not a percentage or units cannot be mixed
     * @throws ArithmeticException      if {@code before} is printed as 0
     */
    public static Check change(Amount before, Amount after, Amount statedPercent) {
        requirePercent(statedPercent);
        Amount a = Intervals.convert(after, before.unit());
        requireNonZero(before, "before");
        return decide(r -> Interval.of(a, r).dividedBy(Interval.of(before, r))
                        .minus(Interval.exact(BigDecimal.ONE)).times(HUNDRED),
                statedPercent, Unit.PERCENT);
    }

    /**
     * 下降 X%: {@link #change} with the printed (positive) X read as −X. The truncation reading then cuts
     * toward zero on the negative side, as the printed X was cut toward zero.
     */
    public static Check decrease(Amount before, Amount after, Amount statedDecreasePercent) {
        requirePercent(statedDecreasePercent);
        Amount negated = new Amount(statedDecreasePercent.value().negate(), statedDecreasePercent.decimals(),
                statedDecreasePercent.unit(), statedDecreasePercent.raw());
        return change(before, after, negated);
    }

    /** Rounded reading first, then truncated; the intervals of the deciding reading go in the check. */
    private static Check decide(Function<Reading, Interval> computed, Amount stated, Unit unit) {
        Interval cr = computed.apply(Reading.ROUNDED);
        Interval sr = Interval.of(stated, Reading.ROUNDED);
        BigDecimal diff = cr.midpoint().subtract(stated.value());
        if (cr.intersects(sr)) {
            return new Check(Agreement.AGREES, cr, sr, diff, unit);
        }
        Interval ct = computed.apply(Reading.TRUNCATED);
        Interval st = Interval.of(stated, Reading.TRUNCATED);
        if (ct.intersects(st)) {
            return new Check(Agreement.AGREES_ONLY_IF_TRUNCATED, ct, st, diff, unit);
        }
        return new Check(Agreement.DISAGREES, cr, sr, diff, unit);
    }

    private static void requirePercent(Amount a) {
        Objects.requireNonNull(a, "statedPercent");
        if (a.unit() != Unit.PERCENT) {
            throw new IllegalArgumentException("stated figure " + a.display() + " is not a percentage");
        }
    }

    private static void requireNonZero(Amount a, String role) {
        if (a.value().signum() == 0) {
            throw new ArithmeticException(role + " printed as " + a.display() + ": the ratio is undefined");
        }
    }
}
