package io.github.suanzhang.reconcile.rules.table;

import io.github.suanzhang.core.interval.Term;
import io.github.suanzhang.core.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the arithmetic printed in the notes under a standard table: {@code 27行=(1+2+3+4+5+6+7+8)行},
 * {@code 58行=(32+33+…+57)行}, {@code 1栏各行=(2+3+4+5+6+7)栏各行}, {@code 6栏各行=(1+2-3)栏各行},
 * {@code 3栏=(4+5)栏}, also {@code 3栏=4栏+5栏}. Text is NFKC-normalised first (so {@code ²⁷行} of an
 * OCR export reads 27行 and {@code …} reads {@code ...}) and spaces are ignored. A range {@code a+…+b}
 * (or {@code ...}, {@code ⋯}, {@code ～}) stands for every number from a to b. Stateless.
 */
final class FormulaParser {

    /** Whether a formula relates lines (行, by 行次) or columns (栏, by 栏次). */
    public enum Axis {
        /** 行: Row.lineNo */
        LINE,
        /** 栏: the n-th amount column */
        COLUMN
    }

    /** One signed reference: +3, −3. */
    public record Ref(Term.Sign sign, int number) {
    }

    /**
     * One printed formula.
     *
     * @param axis   lines or columns
     * @param target the number on the left
     * @param terms  the signed numbers on the right, ranges expanded
     * @param text   the formula as printed (normalised)
     */
    public record Formula(Axis axis, int target, List<Ref> terms, String text) {
        public Formula {
            Objects.requireNonNull(axis, "axis");
            terms = List.copyOf(terms);
        }
    }

    /** Ranges longer than this are not expanded (a misread such as 1+…+2024 is not a formula). */
    static final int MAX_RANGE = 200;

    // 27行 = (1+2+…+8) 行 ; 1栏各行=(2+3)栏各行 ; 3栏=4栏+5栏
    private static final Pattern FORMULA = Pattern.compile(
            "(\\d{1,3})(行|栏)(?:各行|各栏)?=\\(?((?:[+\\-]?(?:\\d{1,3}|\\.{2,}|⋯+|～|~)(?:行|栏)?)+)\\)?(行|栏)?(?:各行|各栏)?");
    private static final Pattern TOKEN = Pattern.compile("([+\\-]?)(\\d{1,3}|\\.{2,}|⋯+|～|~)(行|栏)?");

    private FormulaParser() {
    }

    /** Every formula in one note; an empty list when it holds none. */
    public static List<Formula> parse(String note) {
        List<Formula> out = new ArrayList<>();
        if (note == null) {
            return out;
        }
        String s = normalize(note);
        Matcher m = FORMULA.matcher(s);
        while (m.find()) {
            Axis axis = axisOf(m.group(2));
            String tail = m.group(4);
            if (tail != null && axisOf(tail) != axis) {
                continue;
            }
            List<Ref> refs = terms(m.group(3), axis);
            if (refs == null || refs.isEmpty()) {
                continue;
            }
            int target = Integer.parseInt(m.group(1));
            if (refs.stream().anyMatch(r -> r.number() == target)) {
                continue;
            }
            out.add(new Formula(axis, target, refs, m.group()));
        }
        return out;
    }

    /** Every formula in all the notes, in order. */
    public static List<Formula> parseAll(List<String> notes) {
        List<Formula> out = new ArrayList<>();
        for (String n : notes) {
            out.addAll(parse(n));
        }
        return out;
    }

    private static Axis axisOf(String unit) {
        return unit.equals("行") ? Axis.LINE : Axis.COLUMN;
    }

    /** The terms of the right-hand side, ranges expanded; null when malformed. */
    private static List<Ref> terms(String rhs, Axis axis) {
        List<Ref> refs = new ArrayList<>();
        Matcher t = TOKEN.matcher(rhs);
        int pos = 0;
        boolean pendingRange = false;
        while (t.find()) {
            if (t.start() != pos) {
                return null;
            }
            pos = t.end();
            if (t.group(3) != null && axisOf(t.group(3)) != axis) {
                return null;
            }
            String sign = t.group(1);
            String tok = t.group(2);
            boolean first = refs.isEmpty() && !pendingRange;
            if (sign.isEmpty() && !first) {
                return null;
            }
            if (!Character.isDigit(tok.charAt(0))) {
                if (refs.isEmpty() || pendingRange) {
                    return null;
                }
                pendingRange = true;
                continue;
            }
            Term.Sign sg = sign.equals("-") ? Term.Sign.MINUS : Term.Sign.PLUS;
            int n = Integer.parseInt(tok);
            if (pendingRange) {
                Ref last = refs.get(refs.size() - 1);
                if (n <= last.number() || n - last.number() > MAX_RANGE || sg != last.sign()) {
                    return null;
                }
                for (int k = last.number() + 1; k < n; k++) {
                    refs.add(new Ref(sg, k));
                }
                pendingRange = false;
            }
            refs.add(new Ref(sg, n));
        }
        if (pos != rhs.length() || pendingRange) {
            return null;
        }
        return refs;
    }

    /** NFKC; spaces, zero-width characters and OCR markup such as {@code ^{2.}} removed; minus signs unified. */
    static String normalize(String note) {
        String s = TextNormalizer.normalize(note);
        s = s.replaceAll("\\^\\{([^}]*)}", "$1");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff') {
                continue;
            }
            switch (c) {
                case '−', '–', '—' -> b.append('-');
                case '＋' -> b.append('+');
                case '（' -> b.append('(');
                case '）' -> b.append(')');
                case '＝' -> b.append('=');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
