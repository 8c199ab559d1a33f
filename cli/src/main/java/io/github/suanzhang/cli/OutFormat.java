package io.github.suanzhang.cli;

/** What {@code --format} selects. */
public enum OutFormat {
    /** a readable summary on stdout */
    text,
    /** one JSON document per input (schema suanzhang/1); always written with {@code --out} */
    json,
    /** tables.csv, cells.csv, one CSV per table, findings.csv, statements.csv */
    csv,
    /** report.html: one self-contained page with pictures of the evidence */
    html
}
