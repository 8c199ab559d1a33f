package io.github.suanzhang.core.number;

import java.util.Objects;

/**
 * What {@link NumberParser#parse} made of a text: a figure, an explicitly empty cell, or something that
 * is not a figure (with the reason, for the {@code problems} list and for debugging).
 */
public sealed interface ParseResult permits ParseResult.Parsed, ParseResult.Blank, ParseResult.NotANumber {

    /** The text as given to the parser, untouched (null only when null was given). */
    String raw();

    /**
     * A figure.
     *
     * @param amount   value, printed decimals, unit, and the raw text
     * @param repaired whether the text had to be changed beyond normalisation and spacing to read it
     *                 (for example a decimal point read as a comma); spacing and line-wrap artifacts
     *                 such as {@code 1, 553. 51} are not repairs
     * @param repair   what was repaired and why, when {@code repaired}; null otherwise
     */
    record Parsed(Amount amount, boolean repaired, String repair) implements ParseResult {
        /** Requires an amount, and a repair exactly when {@code repaired}. */
        public Parsed {
            Objects.requireNonNull(amount, "amount");
            if (repaired != (repair != null)) {
                throw new IllegalArgumentException("repair must be given exactly when repaired");
            }
        }

        @Override
        public String raw() {
            return amount.raw();
        }
    }

    /**
     * A cell that prints no figure: empty, whitespace, or a placeholder dash or slash
     * ({@code -}, {@code —}, {@code --}, {@code /}). Not zero: a blank is "nothing reported".
     */
    record Blank(String raw) implements ParseResult {
    }

    /**
     * Not a figure in this context: a year ({@code 2023年}), an item number ({@code 第3条}, {@code 27行}),
     * a code in a code column, a label, or digits that do not form a well-printed number.
     */
    record NotANumber(String raw, String reason) implements ParseResult {
        /** Requires a reason. */
        public NotANumber {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
