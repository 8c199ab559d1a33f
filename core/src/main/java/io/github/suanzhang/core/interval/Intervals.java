package io.github.suanzhang.core.interval;

import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import java.util.List;
import java.util.Objects;

/**
 * Intervals of amounts that may be printed in different units. {@link Interval} carries no unit, so
 * this is the one place amounts are put into a common unit: monetary units convert exactly
 * ({@link Amount#to}: 2,070,000元 with 0 decimals is 207.0000万元 with 4 decimals), anything else
 * ({@link Unit#PERCENT}, {@link Unit#NONE}) combines only with itself, and a mixture throws.
 */
public final class Intervals {

    private Intervals() {
    }

    /** Whether amounts in these units can be added or compared: the same unit, or both monetary. */
    public static boolean compatible(Unit a, Unit b) {
        return a == b || (a.isMonetary() && b.isMonetary());
    }

    /**
     * The amount in {@code target}, converted exactly if need be.
     *
     * @throws IllegalArgumentException if the units cannot be mixed (万元 vs %)
     */
    public static Amount convert(Amount amount, Unit target) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(target, "target");
        if (amount.unit() == target) {
            return amount;
        }
        if (!compatible(amount.unit(), target)) {
            throw new IllegalArgumentException("cannot combine " + amount.display() + " with figures in "
                    + describe(target));
        }
        return amount.to(target);
    }

    /** The interval of the amount expressed in {@code target}. */
    public static Interval of(Amount amount, Unit target, Reading reading) {
        return Interval.of(convert(amount, target), reading);
    }

    /**
     * The interval sum of the amounts, in the unit of the first.
     *
     * @throws IllegalArgumentException if the list is empty or mixes incompatible units
     */
    public static Interval sum(List<Amount> amounts, Reading reading) {
        if (amounts.isEmpty()) {
            throw new IllegalArgumentException("no amounts to sum");
        }
        return combination(amounts.stream().map(Term::plus).toList(), amounts.get(0).unit(), reading);
    }

    /**
     * The interval of ±a₁ ± a₂ ± … in {@code unit}.
     *
     * @throws IllegalArgumentException if the list is empty or a term's unit is incompatible
     */
    public static Interval combination(List<Term> terms, Unit unit, Reading reading) {
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("no terms to combine");
        }
        Interval total = null;
        for (Term t : terms) {
            Interval i = of(t.amount(), unit, reading);
            if (t.sign() == Term.Sign.MINUS) {
                i = i.negate();
            }
            total = total == null ? i : total.plus(i);
        }
        return total;
    }

    private static String describe(Unit u) {
        return switch (u) {
            case PERCENT -> "%";
            case NONE -> "no unit";
            default -> u.label();
        };
    }
}
