package io.github.suanzhang.core.number;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The unit a printed figure is in. Monetary units convert exactly into each other by moving the
 * decimal point ({@link #convert}); {@link #PERCENT} and {@link #NONE} (counts, 行次, plain numbers)
 * convert to nothing else.
 */
public enum Unit {
    /** 元 */
    YUAN("元", 0),
    /** 千元 */
    THOUSAND_YUAN("千元", 3),
    /** 万元 */
    TEN_THOUSAND_YUAN("万元", 4),
    /** 亿元 */
    HUNDRED_MILLION_YUAN("亿元", 8),
    /** a percentage as printed: 12.3 means 12.3% */
    PERCENT("%", -1),
    /** a count or a plain number without a unit */
    NONE("", -1);

    private final String label;
    private final int powerOfTen;

    Unit(String label, int powerOfTen) {
        this.label = label;
        this.powerOfTen = powerOfTen;
    }

    /** The Chinese label as printed: 元, 千元, 万元, 亿元, %; empty for {@link #NONE}. */
    public String label() {
        return label;
    }

    /** Whether the unit is an amount of money (元 and its multiples), not a percentage or none. */
    public boolean isMonetary() {
        return powerOfTen >= 0;
    }

    /** How many 元 one of this unit is, as a power of ten (万元 → 4). */
    public int powerOfTen() {
        if (!isMonetary()) {
            throw new IllegalStateException(this + " is not a monetary unit");
        }
        return powerOfTen;
    }

    /** Exact conversion of a value in this unit into {@code target}; scale grows as needed, never rounds. */
    public BigDecimal convert(BigDecimal value, Unit target) {
        if (this == target) {
            return value;
        }
        return value.movePointRight(powerOfTen() - target.powerOfTen());
    }

    /** The monetary unit for a label such as 万元 or 元 (after normalisation), if it is one. */
    public static Optional<Unit> ofLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String s = label.strip();
        for (Unit u : values()) {
            if (u.isMonetary() && u.label.equals(s)) {
                return Optional.of(u);
            }
        }
        if (s.equals("%") || s.equals("％")) {
            return Optional.of(PERCENT);
        }
        return Optional.empty();
    }
}
