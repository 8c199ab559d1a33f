package io.github.suanzhang.core.doc;

/**
 * How serious a finding is (DESIGN.md, "Rounding").
 */
public enum Severity {
    /** no rounding explains the difference */
    ERROR,
    /** explained only by truncation, or two printings of one fact one unit apart in the last digit */
    WARNING,
    /** worth a look: wording, names */
    INFO
}
