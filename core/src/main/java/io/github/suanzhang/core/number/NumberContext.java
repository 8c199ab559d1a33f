package io.github.suanzhang.core.number;

import java.util.Objects;

/**
 * What a piece of text is expected to hold, so that {@link NumberParser} can tell a figure from a
 * subject code, a year or a label, and can repair what the column's format makes unambiguous.
 *
 * @param kind        what the column (or phrase slot) holds
 * @param defaultUnit the unit of a figure printed without one, e.g. 万元 from the table's {@code 单位：万元};
 *                    {@link Unit#NONE} when unknown (null is read as NONE). Ignored for
 *                    {@link Kind#PERCENT}, whose default is always {@link Unit#PERCENT}.
 * @param decimals    the column's printed precision (digits after the decimal point) when known, else
 *                    null. Used only to repair a decimal point misread as a comma ({@code 1, 553, 51}).
 */
public record NumberContext(Kind kind, Unit defaultUnit, Integer decimals) {

    /** What a column holds. */
    public enum Kind {
        /** money: 决算数, 预算数, 合计 … */
        AMOUNT,
        /** a percentage, with or without a printed {@code %} (完成率, 增减比例) */
        PERCENT,
        /** 科目编码, 行次: never a figure, even when all digits ({@code 2080101}) */
        CODE,
        /** 科目名称, 项目, notes: never a figure */
        TEXT,
        /** unknown: any figure is accepted, in {@code defaultUnit} unless a unit is printed */
        ANY
    }

    /** Any figure, no unit known, precision unknown. */
    public static final NumberContext ANY = new NumberContext(Kind.ANY, Unit.NONE, null);

    /** Requires a kind; a missing unit is {@link Unit#NONE}; decimals, when given, are not negative. */
    public NumberContext {
        Objects.requireNonNull(kind, "kind");
        if (defaultUnit == null) {
            defaultUnit = Unit.NONE;
        }
        if (decimals != null && decimals < 0) {
            throw new IllegalArgumentException("decimals must be >= 0: " + decimals);
        }
    }

    /** An amount column in {@code unit}, precision unknown. */
    public static NumberContext amount(Unit unit) {
        return new NumberContext(Kind.AMOUNT, unit, null);
    }

    /** An amount column in {@code unit} printed with {@code decimals} decimals. */
    public static NumberContext amount(Unit unit, int decimals) {
        return new NumberContext(Kind.AMOUNT, unit, decimals);
    }

    /** A percentage column, precision unknown. */
    public static NumberContext percent() {
        return new NumberContext(Kind.PERCENT, Unit.PERCENT, null);
    }

    /** A percentage column printed with {@code decimals} decimals. */
    public static NumberContext percent(int decimals) {
        return new NumberContext(Kind.PERCENT, Unit.PERCENT, decimals);
    }

    /** A column of codes (科目编码, 行次). */
    public static NumberContext code() {
        return new NumberContext(Kind.CODE, Unit.NONE, null);
    }

    /** A column of text (科目名称, 项目). */
    public static NumberContext text() {
        return new NumberContext(Kind.TEXT, Unit.NONE, null);
    }

    /** This context with another known precision (null for unknown). */
    public NumberContext withDecimals(Integer newDecimals) {
        return new NumberContext(kind, defaultUnit, newDecimals);
    }
}
