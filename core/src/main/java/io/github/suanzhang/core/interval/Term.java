package io.github.suanzhang.core.interval;

import io.github.suanzhang.core.number.Amount;
import java.util.Objects;

/**
 * One signed operand of a printed formula such as {@code 6栏 = 1栏 + 2栏 − 3栏}.
 *
 * @param sign   whether the amount is added or subtracted
 * @param amount the printed figure
 */
public record Term(Sign sign, Amount amount) {

    /** Added or subtracted. */
    public enum Sign {
        /** added */
        PLUS,
        /** subtracted */
        MINUS
    }

    /** Requires both. */
    public Term {
        Objects.requireNonNull(sign, "sign");
        Objects.requireNonNull(amount, "amount");
    }

    /** {@code amount}, added. */
    public static Term plus(Amount amount) {
        return new Term(Sign.PLUS, amount);
    }

    /** {@code amount}, subtracted. */
    public static Term minus(Amount amount) {
        return new Term(Sign.MINUS, amount);
    }
}
