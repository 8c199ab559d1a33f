package io.github.suanzhang.extract.typing;

import io.github.suanzhang.core.code.Scheme;
import io.github.suanzhang.core.code.SubjectCode;
import java.util.List;

/**
 * Assembles a line's subject code from what is printed of it, for both readers: a whole code in one code
 * column ({@link #whole}, PDF), split 类 | 款 | 项 columns ({@link #columns}, PDF), or the digit groups a text
 * export's cells give ({@link #parts}, which tolerates what OCR does to them). All three complete a code
 * printed without its 类 or 款 from the lines above ({@link RunningCode}) by the same rule
 * ({@link #prefix}): a 款 is completed with the running 类, a 项 with the running 款; a two-digit part in one code
 * column is a 项 of the running 款, or a 款 of the running 类 where there is none. An assembled code updates the
 * running 类 and 款. Stateless.
 */
public final class SubjectCodes {
    private SubjectCodes() {
    }

    /** The code, whether a misprinted 类 was repaired, and why no code could be made (or null). */
    public record Result(SubjectCode code, boolean repaired, String problem) {
        static Result of(SubjectCode code, boolean repaired) {
            return new Result(code, repaired, null);
        }

        static Result none(String problem) {
            return new Result(null, false, problem);
        }
    }

    /** One printed group of digits and the cell it was read from (the cell's index in the line). */
    public record Part(int idx, String digits) {
    }

    /** Where a part stands in the code, as far as the layout tells. */
    enum Level {
        /** 款: completed with the running 类 */
        SECTION,
        /** 项: completed with the running 款 */
        ITEM,
        /** two digits in one code column: a 项 of the running 款, or a 款 of the running 类 */
        TWO_DIGITS
    }

    /** The digits that complete a part at {@code level}, or null when none was read above. */
    static String prefix(Level level, RunningCode running) {
        return switch (level) {
            case SECTION -> running.classCode();
            case ITEM -> running.sectionCode();
            case TWO_DIGITS -> running.sectionCode() != null ? running.sectionCode() : running.classCode();
        };
    }

    /** The scheme of a code's digits: 3 and 5 start the economic classifications (301, 501), the rest is functional. */
    public static Scheme scheme(String digits) {
        return digits.charAt(0) == '3' || digits.charAt(0) == '5' ? Scheme.ECONOMIC : Scheme.FUNCTIONAL;
    }

    private static Result saw(String digits, boolean repaired, RunningCode running) {
        SubjectCode code = new SubjectCode(digits, scheme(digits));
        running.saw(code);
        return Result.of(code, repaired);
    }

    /** A code printed whole in one code column: three, five or seven digits, or a 项 (two digits) completed. */
    public static Result whole(String whole, RunningCode running) {
        if (whole.length() == 3 || whole.length() == 5 || whole.length() == 7) {
            return saw(whole, false, running);
        }
        String prefix = whole.length() == 2 ? prefix(Level.TWO_DIGITS, running) : null;
        return prefix != null ? saw(prefix + whole, false, running) : Result.none("不是3、5或7位编码");
    }

    /**
     * A code printed in 类 | 款 | 项 columns ({@code parts[0..2]}, null where the cell is empty): 类 of three
     * digits, 款 and 项 of two; a line without its 类 (or 类 and 款) is completed from above. A 类 that does not
     * continue the running 款 while its 款 does is a misprint (社会福利院 prints 7 for 210): the running 款 is
     * unambiguous, and the code is marked repaired.
     */
    public static Result columns(String[] parts, RunningCode running) {
        String p0 = parts[0];
        String p1 = parts[1];
        String p2 = parts[2];
        boolean p1ok = p1 != null && p1.length() == 2;
        boolean p2ok = p2 != null && p2.length() == 2;
        if (p0 != null && p0.length() == 3) {
            if (p1 == null) {
                return saw(p0, false, running);
            }
            if (!p1ok) {
                return Result.none("的款不是两位数字");
            }
            if (p2 != null && !p2ok) {
                return Result.none("的项不是两位数字");
            }
            return saw(p0 + p1 + (p2ok ? p2 : ""), false, running);
        }
        String section = prefix(Level.SECTION, running);
        String item = prefix(Level.ITEM, running);
        if (p0 == null && p1ok && section != null) {
            return saw(section + p1 + (p2ok ? p2 : ""), false, running);
        }
        if (p0 == null && p1 == null && p2ok && item != null) {
            return saw(item + p2, false, running);
        }
        if (p0 != null && p1ok && p2ok && item != null && item.equals(section + p1)) {
            return saw(item + p2, true, running);
        }
        return Result.none("无法组成科目编码（类印为“" + (p0 == null ? "" : p0) + "”，无法由上文补全）");
    }

    /**
     * A code from the digit groups of a text export's line: whole ({@code 2080101}), split ({@code 208 | 01}),
     * broken ({@code 208 | 010 | 1}, {@code 210 | 1103 | 3} — once seven digits are reached, a further part
     * that repeats the code's last digits is an echo of the OCR and is dropped), with a label that starts
     * with the code's own part ({@code labelDigits}: {@code 22102 | 02 住房改革支出}), or without its 类/款,
     * completed from the rows above: with split columns ({@code splitColumns}: the cell of a part is its
     * level, 0 类, 1 款, 2 项) the column tells whether a two-digit part is a 款 or a 项; with one code column a
     * four-digit part is completed with the 类, a two-digit one as {@link Level#TWO_DIGITS}.
     */
    public static Result parts(List<Part> parts, String labelDigits, boolean splitColumns, RunningCode running) {
        StringBuilder acc = new StringBuilder();
        if (!parts.isEmpty() && (parts.get(0).digits().length() == 2 || parts.get(0).digits().length() == 4)) {
            Part first = parts.get(0);
            Level level;
            if (splitColumns && first.idx() == 1) {
                level = Level.SECTION;
            } else if (splitColumns && first.idx() == 2) {
                level = Level.ITEM;
            } else if (first.digits().length() == 4) {
                level = Level.SECTION;
            } else {
                level = Level.TWO_DIGITS;
            }
            String prefix = prefix(level, running);
            if (prefix != null) {
                acc.append(prefix);
            }
        }
        for (Part p : parts) {
            if (acc.length() >= 7) {
                if (!acc.toString().endsWith(p.digits())) {
                    return Result.none("编码各段 " + parts.stream().map(Part::digits).toList() + " 组不成科目编码");
                }
                continue;
            }
            acc.append(p.digits());
        }
        if (labelDigits != null && !acc.toString().endsWith(labelDigits)) {
            acc.append(labelDigits);
        }
        String digits = acc.toString();
        if (!digits.matches("\\d{3}|\\d{5}|\\d{7}")) {
            return Result.none("“" + acc + "”不是科目编码");
        }
        return saw(digits, false, running);
    }
}
