package io.github.suanzhang.extract.typing;

import io.github.suanzhang.core.code.SubjectCode;

/**
 * The last 类 (three digits) and 款 (five digits) read in a table, top to bottom: what completes a code
 * printed without them ({@code 01 行政运行} under {@code 20101}). A code of three digits clears the 款. Not
 * thread-safe; one per table.
 */
public final class RunningCode {
    private String classCode;
    private String sectionCode;

    /** The last 类 read, or null. */
    public String classCode() {
        return classCode;
    }

    /** The last 款 read (five digits), or null when none was read since the last 类. */
    public String sectionCode() {
        return sectionCode;
    }

    /** Records the code of a row: its 类, and its 款 (or none for a code of three digits). */
    public void saw(SubjectCode code) {
        String digits = code.digits();
        classCode = digits.substring(0, 3);
        sectionCode = digits.length() >= 5 ? digits.substring(0, 5) : null;
    }
}
