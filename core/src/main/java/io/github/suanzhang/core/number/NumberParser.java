package io.github.suanzhang.core.number;

import io.github.suanzhang.core.number.ParseResult.Blank;
import io.github.suanzhang.core.number.ParseResult.NotANumber;
import io.github.suanzhang.core.number.ParseResult.Parsed;
import io.github.suanzhang.core.text.TextNormalizer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * Reads one table cell's or one phrase's text as a printed figure: its exact value, the number of
 * decimals it was printed with, its unit, and the raw text. Never uses {@code double}.
 *
 * <h2>What is accepted</h2>
 * The text is first {@linkplain TextNormalizer#normalize normalised} (full-width digits and
 * punctuation, {@code －}, {@code ％}, {@code （）} become ASCII; zero-width characters vanish), then
 * trimmed. A figure is
 * <pre>
 *   [sign] digits [unit]          sign: + or a minus (-, U+2212 −, U+2010..U+2013)
 *   ( digits ) [unit]             accounting negative: (1,234.00) is -1234.00
 *   digits: [int-part] [. fraction]
 *   unit:   % | 元 | 千元 | 万元 | 亿元
 * </pre>
 * with whitespace allowed anywhere between these parts and around {@code ,} and {@code .}: PDF
 * extraction inserts spaces after separators ({@code 1, 553. 51}) and a cell wrapped over two lines
 * arrives as {@code 174,900\n.64}. Those are spacing artifacts, not repairs.
 * <ul>
 *   <li>The integer part is either ungrouped ({@code 2070000}) or grouped by commas in threes after a
 *       first group of one to three digits ({@code 2,070,000}). Whitespace between two digit groups
 *       is also a grouping separator ({@code 1 553.51}), as GB/T 15835 allows a thin space for
 *       grouping; the groups must then also be threes, so {@code 12 34} (two figures run together) is
 *       rejected. The two kinds of grouping may not be mixed. A valid-looking space grouping of two
 *       figures ({@code 100 200}) cannot be told from one figure and is read as 100200.</li>
 *   <li>The fraction has no separators. Its length is the printed precision: {@code 0.00} has 2
 *       decimals, {@code 0} has 0, {@code .5} has 1.</li>
 *   <li>A leading zero before further integer digits ({@code 01}, {@code 0,123}) marks a code, not a
 *       figure, and is rejected.</li>
 *   <li>The unit is the printed one when there is one (so {@code 12.3%} in an amount column is a
 *       percentage; the caller sees the unit); otherwise {@link Unit#PERCENT} in a
 *       {@link NumberContext.Kind#PERCENT PERCENT} column and the context's default unit elsewhere.</li>
 * </ul>
 *
 * <h2>Blank is not zero</h2>
 * Empty text, whitespace, and placeholders made only of dashes ({@code -}, {@code --}, {@code —},
 * {@code －}, {@code ——}, {@code –}, {@code ─}) or a single {@code /} are {@link Blank}: nothing was
 * reported. A printed {@code 0} or {@code 0.00} is a figure.
 *
 * <h2>Not a figure</h2>
 * Everything else is {@link NotANumber} with a reason: any other character ({@code 2023年},
 * {@code 第3条}, {@code 27行}, {@code 二、}, labels), two decimal points ({@code 1.2.3}), a dangling
 * separator ({@code 12.}), bad grouping, anything in a {@link NumberContext.Kind#CODE CODE} or
 * {@link NumberContext.Kind#TEXT TEXT} column (so {@code 2080101} as a 科目编码 is not an amount),
 * and text longer than {@value #MAX_LENGTH} characters.
 *
 * <h2>The one repair: a decimal point read as a comma</h2>
 * OCR and some fonts turn the decimal point into a comma: {@code 1, 553, 51}. When the comma groups
 * are not valid thousands grouping, there is no decimal point, the last group has exactly as many
 * digits as the context's known precision, and the groups before it are valid grouping, the last
 * comma is read as the decimal point: 1553.51, returned as {@link Parsed} with {@code repaired} and a
 * reason. When the precision is unknown (or does not match) the text is {@link NotANumber}, never
 * 155351: a wrong figure is worse than a missing one. A comma grouping that is valid is never
 * reinterpreted, whatever the precision ({@code 1,553,510} is 1553510).
 *
 * <h2>Not a repair: only the last separators printed</h2>
 * Some spreadsheet formats print only the last thousands separator(s): {@code 120258,600} for
 * 120,258,600 (a first group of more than three digits, then groups of exactly three, no decimal
 * point). That is read as the integer when the comma cannot be a decimal point: the context's
 * precision is known to be 0, or it is unknown and the figure is in 元 (at most two decimals, so three
 * digits after a comma are not 分). Otherwise (万元 of unknown precision) it stays {@link NotANumber}
 * or, with a known precision of 3, the decimal-point repair above.
 *
 * <h2>Cost</h2>
 * One pass over the (normally ASCII, hence not copied) text, no regular expressions, no exceptions on
 * any path, {@code BigDecimal.valueOf(long, scale)} for up to 18 digits. Stateless and thread-safe.
 */
public final class NumberParser {

    /** Longer (normalised, trimmed) texts are not figures; guards against whole paragraphs. */
    public static final int MAX_LENGTH = 64;

    private NumberParser() {
    }

    /**
     * Parses {@code raw} as one figure in context {@code ctx}; see the class comment for the rules.
     *
     * @param raw the text as extracted, untouched; null is read as blank
     * @param ctx what the text is expected to hold
     * @return a {@link Parsed} figure (whose {@link Amount#raw()} is {@code raw}), a {@link Blank} or a
     *         {@link NotANumber}; never null
     */
    public static ParseResult parse(String raw, NumberContext ctx) {
        Objects.requireNonNull(ctx, "ctx");
        if (raw == null) {
            return new Blank(null);
        }
        String s = TextNormalizer.normalize(raw);
        int start = skipSpace(s, 0, s.length());
        int end = trimEnd(s, start, s.length());
        if (start == end || isPlaceholder(s, start, end)) {
            return new Blank(raw);
        }
        switch (ctx.kind()) {
            case CODE:
                return new NotANumber(raw, "a code column holds codes, not figures");
            case TEXT:
                return new NotANumber(raw, "a text column holds labels, not figures");
            default:
                break;
        }
        if (end - start > MAX_LENGTH) {
            return new NotANumber(raw, "longer than " + MAX_LENGTH + " characters");
        }

        // unit suffix, accounting parentheses, sign: (1,234.00)  -1.10%  (12.3)%  (12.3%)
        Unit unit = suffixUnit(s, start, end);
        if (unit != null) {
            end = trimEnd(s, start, end - unit.label().length());
        }
        boolean parenthesised = false;
        if (start < end && s.charAt(start) == '(') {
            if (s.charAt(end - 1) != ')') {
                return new NotANumber(raw, "unbalanced parenthesis");
            }
            parenthesised = true;
            start = skipSpace(s, start + 1, end - 1);
            end = trimEnd(s, start, end - 1);
            if (unit == null) {
                unit = suffixUnit(s, start, end);
                if (unit != null) {
                    end = trimEnd(s, start, end - unit.label().length());
                }
            }
        } else if (start < end && s.charAt(end - 1) == ')') {
            return new NotANumber(raw, "unbalanced parenthesis");
        }
        boolean negative = parenthesised;
        if (start < end) {
            char c = s.charAt(start);
            boolean minus = isMinus(c);
            if (minus || c == '+') {
                if (parenthesised) {
                    return new NotANumber(raw, "a sign inside accounting parentheses");
                }
                negative = minus;
                start = skipSpace(s, start + 1, end);
            }
        }
        if (start == end) {
            return new NotANumber(raw, "no digits");
        }

        // digit runs and the separator before each: 0 (first run), ',', '.', or ' ' (whitespace only)
        int n = end - start;
        char[] digits = new char[n];
        int[] runLength = new int[n];
        char[] separatorBefore = new char[n];
        int nDigits = 0;
        int runs = 0;
        boolean inRun = false;
        char separator = 0;
        boolean sawSpace = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (!inRun) {
                    char gap = separator != 0 ? separator : sawSpace ? ' ' : 0;
                    if (runs == 0 && gap == ',') {
                        return new NotANumber(raw, "starts with a comma");
                    }
                    separatorBefore[runs] = gap;
                    runs++;
                    inRun = true;
                    separator = 0;
                    sawSpace = false;
                }
                runLength[runs - 1]++;
                digits[nDigits++] = c;
            } else if (c == ',' || c == '.') {
                if (separator != 0) {
                    return new NotANumber(raw, "two separators in a row: '" + separator + "' and '" + c + "'");
                }
                separator = c;
                inRun = false;
            } else if (isSpace(c)) {
                sawSpace = true;
                inRun = false;
            } else {
                return new NotANumber(raw, unexpected(c));
            }
        }
        if (separator != 0) {
            return new NotANumber(raw, "ends with '" + separator + "'");
        }
        if (runs == 0) {
            return new NotANumber(raw, "no digits");
        }

        // decimal point
        int dotRun = -1;
        for (int r = 0; r < runs; r++) {
            if (separatorBefore[r] == '.') {
                if (dotRun >= 0) {
                    return new NotANumber(raw, "more than one decimal point");
                }
                dotRun = r;
            }
        }
        int intRuns = runs;
        int fractionLength = 0;
        if (dotRun >= 0) {
            if (dotRun != runs - 1) {
                return new NotANumber(raw, "a separator inside the decimals");
            }
            intRuns = dotRun;
            fractionLength = runLength[dotRun];
        }

        // grouping of the integer part
        boolean commas = false;
        boolean spaces = false;
        for (int r = 1; r < intRuns; r++) {
            if (separatorBefore[r] == ',') {
                commas = true;
            } else {
                spaces = true;
            }
        }
        if (commas && spaces) {
            return new NotANumber(raw, "digit groups separated both by commas and by spaces");
        }
        String repair = null;
        if (intRuns > 1 && dotRun < 0 && commas && onlyLastSeparatorsPrinted(runLength, intRuns)
                && commaIsNoDecimalPoint(ctx, unit)) {
            // 120258,600 in 元: the leading separators were not printed; the value is the integer
            intRuns = 1;
        }
        if (intRuns > 1 && !validGrouping(runLength, intRuns)) {
            Integer precision = ctx.decimals();
            int last = runLength[intRuns - 1];
            boolean pointReadAsComma = dotRun < 0 && commas && precision != null && precision > 0
                    && last == precision && (intRuns == 2 || validGrouping(runLength, intRuns - 1));
            if (!pointReadAsComma) {
                String why = dotRun < 0 && commas
                        ? "; the last comma may be a misread decimal point, but "
                                + (precision == null ? "the column's precision is unknown"
                                        : "the last group has " + last + " digits and the column prints "
                                                + precision + " decimals")
                        : "";
                return new NotANumber(raw, "digit groups are not thousands (groups of three)" + why);
            }
            intRuns--;
            fractionLength = last;
            repair = "decimal point read as a comma: the last group (" + last
                    + " digits) taken as the decimals the column prints";
        }
        int intDigits = nDigits - fractionLength;
        if (intDigits > 1 && digits[0] == '0') {
            return new NotANumber(raw, "a leading zero: a code, not a figure");
        }

        BigDecimal value = toDecimal(digits, nDigits, fractionLength);
        if (negative) {
            value = value.negate();
        }
        if (unit == null) {
            unit = ctx.kind() == NumberContext.Kind.PERCENT ? Unit.PERCENT : ctx.defaultUnit();
        }
        return new Parsed(new Amount(value, fractionLength, unit, raw), repair != null, repair);
    }

    /**
     * A first group of more than three digits and every further group exactly three: grouping that
     * marks only the last separator(s) ({@code 120258,600}, {@code 1234,567,890}).
     */
    private static boolean onlyLastSeparatorsPrinted(int[] runLength, int runs) {
        if (runLength[0] <= 3) {
            return false;
        }
        for (int r = 1; r < runs; r++) {
            if (runLength[r] != 3) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a comma before the last three digits cannot be a decimal point: the column is known to
     * print no decimals, or (precision unknown) the figure is in 元, which has at most two decimals (分).
     */
    private static boolean commaIsNoDecimalPoint(NumberContext ctx, Unit printed) {
        Integer precision = ctx.decimals();
        if (precision != null) {
            return precision == 0;
        }
        Unit u = printed != null ? printed : ctx.defaultUnit();
        return u == Unit.YUAN && ctx.kind() != NumberContext.Kind.PERCENT;
    }

    /** First group 1–3 digits, every further group exactly 3. */
    private static boolean validGrouping(int[] runLength, int runs) {
        if (runLength[0] > 3) {
            return false;
        }
        for (int r = 1; r < runs; r++) {
            if (runLength[r] != 3) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal toDecimal(char[] digits, int n, int scale) {
        if (n <= 18) {
            long unscaled = 0;
            for (int i = 0; i < n; i++) {
                unscaled = unscaled * 10 + (digits[i] - '0');
            }
            return BigDecimal.valueOf(unscaled, scale);
        }
        return new BigDecimal(new BigInteger(new String(digits, 0, n)), scale);
    }

    /** The unit whose label ends s[start, end), or null. */
    private static Unit suffixUnit(String s, int start, int end) {
        if (end <= start) {
            return null;
        }
        char last = s.charAt(end - 1);
        if (last == '%') {
            return Unit.PERCENT;
        }
        if (last != '元') {
            return null;
        }
        if (end - start >= 2) {
            switch (s.charAt(end - 2)) {
                case '万':
                    return Unit.TEN_THOUSAND_YUAN;
                case '千':
                    return Unit.THOUSAND_YUAN;
                case '亿':
                    return Unit.HUNDRED_MILLION_YUAN;
                default:
                    break;
            }
        }
        return Unit.YUAN;
    }

    /** Only dashes (and spaces), or a single slash: the publisher's "nothing here". */
    private static boolean isPlaceholder(String s, int start, int end) {
        if (end - start == 1 && s.charAt(start) == '/') {
            return true;
        }
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (!isDash(c) && !isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\u2E3A'
                || c == '\u2E3B' || c == '\u2500' || c == '\u2501';
    }

    private static boolean isMinus(char c) {
        return c == '-' || c == '\u2212' || (c >= '\u2010' && c <= '\u2013');
    }

    private static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static int skipSpace(String s, int i, int end) {
        while (i < end && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String s, int start, int end) {
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static String unexpected(char c) {
        if (c == '年' || c == '月' || c == '日') {
            return "a date ('" + c + "'), not a figure";
        }
        if (c == '第' || c == '行' || c == '栏' || c == '条' || c == '款' || c == '项' || c == '号' || c == '次') {
            return "an item or row number ('" + c + "'), not a figure";
        }
        return "unexpected character '" + c + "'";
    }
}
