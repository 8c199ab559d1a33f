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
        PLUS,
        MINUS
    }

    public Term {
        Objects.requireNonNull(sign, "sign");
        Objects.requireNonNull(amount, "amount");
    }

    public static Term plus(Amount amount) {
        return new Term(Sign.PLUS, amount);
    }

    public static Term minus(Amount amount) {
        return new Term(Sign.MINUS, amount);
    }
}
