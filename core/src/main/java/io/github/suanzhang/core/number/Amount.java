package io.github.suanzhang.core.number;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure as printed: its exact value, the number of decimals it was printed with, its unit and the
 * raw text it was read from. The printed decimals are what the rounding model works with: 872.87 with
 * two decimals stands for [872.865, 872.875].
 *
 * @param value    the exact value in {@code unit}; never {@code double}
 * @param decimals digits printed after the decimal point (0 for {@code 12,789}); negative after a
 *                 conversion to a smaller unit, as XBRL's {@code decimals="-2"}: 872.87万元 is
 *                 8728700元 known to the nearest 100元, decimals −2
 * @param unit     the unit the value is in
 * @param raw      the text the value was read from, untouched (may be null for computed figures)
 */
public record Amount(BigDecimal value, int decimals, Unit unit, String raw) {

    /** Requires the value and the unit. */
    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    /** An amount whose decimals are those of the value's scale, e.g. {@code of("872.87", 万元)}. */
    public static Amount of(String value, Unit unit) {
        BigDecimal v = new BigDecimal(value);
        return new Amount(v, Math.max(0, v.scale()), unit, value);
    }

    /** An amount whose decimals are those of the value's scale, without raw text (a computed figure). */
    public static Amount of(BigDecimal value, Unit unit) {
        return new Amount(value, Math.max(0, value.scale()), unit, null);
    }

    /**
     * The same figure in another monetary unit, exactly: 2,070,000 元 (0 decimals) is 207.0000 万元
     * with 4 decimals, because its last printed digit is one 元 = 0.0001 万元.
     */
    public Amount to(Unit target) {
        if (target == unit) {
            return this;
        }
        int shift = unit.powerOfTen() - target.powerOfTen();
        BigDecimal v = unit.convert(value, target);
        return new Amount(v, decimals - shift, target, raw);
    }

    /** The value printed with its decimals, e.g. {@code 872.87}; without the unit. */
    public String plain() {
        if (value.scale() > decimals) {
            return value.stripTrailingZeros().toPlainString();
        }
        return value.setScale(decimals, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    /** The value with its unit for messages: {@code 872.87万元}, {@code 10.7%}. */
    public String display() {
        return plain() + unit.label();
    }

    /** Same value (numerically), same decimals, same unit; ignores the raw text. */
    public boolean sameFigure(Amount other) {
        return other != null && unit == other.unit && decimals == other.decimals
                && value.compareTo(other.value) == 0;
    }
}
