package io.github.suanzhang.core.interval;

import io.github.suanzhang.core.number.Unit;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The result of one consistency check, with the figures a finding quotes.
 *
 * <p>The two intervals are those of the reading that decided the outcome: the truncation intervals
 * when the agreement is {@link Agreement#AGREES_ONLY_IF_TRUNCATED}, the rounding intervals otherwise.
 * For {@link Consistency#samefact} "computed" is the first printing and "stated" the second.
 *
 * @param agreement  the outcome
 * @param computed   the interval computed from the operands (a sum, a ratio × 100, a first printing)
 * @param stated     the interval of the stated figure (a total, a percentage, a second printing)
 * @param difference midpoint of {@code computed} − the stated value (from the rounding reading, even
 *                   when the truncation reading decided, so the number quoted does not depend on it)
 * @param unit       the unit all three numbers are in ({@link Unit#PERCENT} for shares and changes)
 */
public record Check(Agreement agreement, Interval computed, Interval stated, BigDecimal difference, Unit unit) {

    /** Requires the agreement, both intervals and the unit. */
    public Check {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(stated, "stated");
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(unit, "unit");
    }

    /** Whether the figures agree ({@link Agreement#AGREES}). */
    public boolean agrees() {
        return agreement == Agreement.AGREES;
    }
}
