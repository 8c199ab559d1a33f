package io.github.suanzhang.core.code;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A budget subject code (预算科目编码).
 *
 * <p>Functional classification (支出功能分类): 类 = 3 digits ({@code 208}), 款 = 5 ({@code 20801}),
 * 项 = 7 ({@code 2080101}). Economic classification (支出经济分类): 类 = 3 ({@code 301}), 款 = 5
 * ({@code 30101}); some provinces extend it locally with a third level of 7 digits ({@code 3010201} in
 * 重庆's 2026 budgets), accepted as 项. Printed whole or split over 类/款/项 columns ({@code 201 | 06 | 01}); see
 * {@link #fromParts}.
 */
public record SubjectCode(String digits, Scheme scheme) implements Comparable<SubjectCode> {
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /** Requires a scheme and digits only, three, five or seven of them. */
    public SubjectCode {
        Objects.requireNonNull(digits, "digits");
        Objects.requireNonNull(scheme, "scheme");
        if (!DIGITS.matcher(digits).matches()) {
            throw new IllegalArgumentException("a subject code is digits only: '" + digits + "'");
        }
        int n = digits.length();
        if (n != 3 && n != 5 && n != 7) {
            throw new IllegalArgumentException("a " + scheme + " code has 3, 5 or 7 digits: '" + digits + "'");
        }
    }

    /** A code of the functional classification (支出功能分类科目: 2080501). */
    public static SubjectCode functional(String digits) {
        return new SubjectCode(digits, Scheme.FUNCTIONAL);
    }

    /** A code of the economic classification (支出经济分类科目: 30101). */
    public static SubjectCode economic(String digits) {
        return new SubjectCode(digits, Scheme.ECONOMIC);
    }

    /** A code when {@code digits} is one (3, 5 or 7 digits, optional surrounding blanks), else empty. */
    public static Optional<SubjectCode> parse(String text, Scheme scheme) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (!DIGITS.matcher(s).matches()) {
            return Optional.empty();
        }
        int n = s.length();
        if (n == 3 || n == 5 || n == 7) {
            return Optional.of(new SubjectCode(s, scheme));
        }
        return Optional.empty();
    }

    /**
     * Assembles a code from split 类/款/项 columns: {@code ("201", "06", "01")} → 2010601. A blank
     * or null part ends the code ({@code ("201", "06", "")} → 20106). Each part after the first must
     * have two digits; the first three.
     *
     * @throws IllegalArgumentException when the parts do not form a code
     */
    public static SubjectCode fromParts(Scheme scheme, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i] == null ? "" : parts[i].strip();
            if (p.isEmpty()) {
                break;
            }
            int want = i == 0 ? 3 : 2;
            if (p.length() != want || !DIGITS.matcher(p).matches()) {
                throw new IllegalArgumentException("part " + (i + 1) + " of a subject code must have " + want + " digits: '" + p + "'");
            }
            sb.append(p);
        }
        return new SubjectCode(sb.toString(), scheme);
    }

    /** 类 for three digits, 款 for five, 项 for seven. */
    public Level level() {
        return switch (digits.length()) {
            case 3 -> Level.CLASS;
            case 5 -> Level.SECTION;
            default -> Level.ITEM;
        };
    }

    /** The 类 of a 款 or 项, the 款 of a 项; empty for a 类. */
    public Optional<SubjectCode> parent() {
        return switch (digits.length()) {
            case 5 -> Optional.of(new SubjectCode(digits.substring(0, 3), scheme));
            case 7 -> Optional.of(new SubjectCode(digits.substring(0, 5), scheme));
            default -> Optional.empty();
        };
    }

    /** The class (类) this code belongs to, itself for a 类. */
    public SubjectCode classCode() {
        return new SubjectCode(digits.substring(0, 3), scheme);
    }

    /** Whether {@code other} is this code's direct child (款 of this 类, 项 of this 款). */
    public boolean isParentOf(SubjectCode other) {
        return other.scheme == scheme && other.parent().map(this::equals).orElse(false);
    }

    /** This code's direct children among {@code codes}, in their order. */
    public List<SubjectCode> childrenIn(Collection<SubjectCode> codes) {
        return codes.stream().filter(this::isParentOf).toList();
    }

    /** The last part: {@code 01} of 2080101; the whole 类 for a 类. */
    public String ownPart() {
        return digits.length() == 3 ? digits : digits.substring(digits.length() - 2);
    }

    @Override
    public int compareTo(SubjectCode o) {
        int c = scheme.compareTo(o.scheme);
        return c != 0 ? c : digits.compareTo(o.digits);
    }

    @Override
    public String toString() {
        return digits;
    }
}
