package io.github.suanzhang.core.doc;

import java.util.Objects;

/**
 * How a narrative finding matched its claim to a table line (or why it could not): the subject as stated,
 * the code it resolved to, the table line and column compared, and the way the subject was resolved.
 *
 * @param subject the subject as the sentence states it (行政运行, "三公"经费, 项目支出 …)
 * @param code    the subject code it resolved to (digits), or null
 * @param table   the table id ({@code t05}) of the line compared, or null
 * @param row     the 0-based index of that line in the table's rows, or null
 * @param column  the column key compared ({@code total}, {@code project} …), or null
 * @param how     the reason: {@code code} (a code printed or carried), {@code code-mark} (a full code mark in
 *                the sentence), {@code names} (类/款/项 names top-down), {@code name-under-parent} (a 项 name
 *                under the 款/类 the sentence names), {@code name-only}, {@code general} (a general subject such
 *                as 本年支出合计), {@code narrative} (a figure the narrative states elsewhere), or
 *                {@code not-checkable:<reason>} when the rule abstained (see docs/schema.md)
 */
public record Match(String subject, String code, String table, Integer row, String column, String how) {
    /** A missing subject is empty; requires {@link #how}. */
    public Match {
        subject = subject == null ? "" : subject;
        Objects.requireNonNull(how, "how");
    }

    /** The prefix of {@link #how} of an abstention. */
    public static final String NOT_CHECKABLE = "not-checkable:";

    /** A match that could not be made: {@code how} is {@code not-checkable:<reason>}. */
    public static Match notCheckable(String subject, String code, String reason) {
        return new Match(subject, code, null, null, null, NOT_CHECKABLE + reason);
    }

    /** Whether the rule abstained. */
    public boolean notCheckable() {
        return how.startsWith(NOT_CHECKABLE);
    }
}
