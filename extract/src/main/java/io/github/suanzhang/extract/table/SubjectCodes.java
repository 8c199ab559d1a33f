package io.github.suanzhang.extract.table;

import io.github.suanzhang.core.code.Scheme;
import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.extract.typing.RunningCode;

/**
 * Assembles a line's subject code from a whole code or its 类/款/项 parts, completing a part left out from the
 * lines above. Stateless; the running 类 and 款 ({@link RunningCode}, shared with the text-export path) are
 * passed in and updated.
 */
final class SubjectCodes {
    private SubjectCodes() {
    }

    /** The code, whether a misprinted 类 was repaired, and why no code could be made (or null). */
    record Result(SubjectCode code, boolean repaired, String problem) {
    }

    /** Assembles and completes a code; {@code running} holds the last 类 and 款 and is updated. */
    static Result assemble(String[] parts, String whole, RunningCode running) {
        String digits = null;
        boolean repaired = false;
        String problem = null;
        if (whole != null) {
            if (whole.length() == 3 || whole.length() == 5 || whole.length() == 7) {
                digits = whole;
            } else if (whole.length() == 2 && running.sectionCode() != null) {
                digits = running.sectionCode() + whole;
            } else if (whole.length() == 2 && running.classCode() != null) {
                digits = running.classCode() + whole;
            } else {
                problem = "不是3、5或7位编码";
            }
        } else {
            String p0 = parts[0];
            String p1 = parts[1];
            String p2 = parts[2];
            boolean p1ok = p1 != null && p1.length() == 2;
            boolean p2ok = p2 != null && p2.length() == 2;
            if (p0 != null && p0.length() == 3) {
                if (p1 == null) {
                    digits = p0;
                } else if (p1ok) {
                    digits = p0 + p1 + (p2ok ? p2 : "");
                    if (p2 != null && !p2ok) {
                        problem = "的项不是两位数字";
                        digits = null;
                    }
                } else {
                    problem = "的款不是两位数字";
                }
            } else if (p0 == null && p1ok && running.classCode() != null) {
                digits = running.classCode() + p1 + (p2ok ? p2 : "");
            } else if (p0 == null && p1 == null && p2ok && running.sectionCode() != null) {
                digits = running.sectionCode() + p2;
            } else if (p0 != null && p1ok && p2ok && running.sectionCode() != null
                    && running.sectionCode().equals(running.classCode() + p1)) {
                // the 类 is misprinted (社会福利院 prints 7 for 210); the 款 continues the running 款: unambiguous
                digits = running.sectionCode() + p2;
                repaired = true;
            } else {
                problem = "无法组成科目编码（类印为“" + (p0 == null ? "" : p0) + "”，无法由上文补全）";
            }
        }
        if (digits == null) {
            return new Result(null, false, problem);
        }
        Scheme scheme = digits.charAt(0) == '3' || digits.charAt(0) == '5' ? Scheme.ECONOMIC : Scheme.FUNCTIONAL;
        SubjectCode code = new SubjectCode(digits, scheme);
        running.saw(code);
        return new Result(code, repaired, null);
    }
}
