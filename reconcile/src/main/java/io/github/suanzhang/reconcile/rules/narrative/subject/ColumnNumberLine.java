package io.github.suanzhang.reconcile.rules.narrative.subject;

import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.Row;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A 栏次 line: the line under a table's header that numbers its columns ({@code 栏次 | 1 | 2 | 3 | 4 | 5 | 6},
 * often labelled {@code **}, {@code 栏次}, {@code 行次} or nothing). Its "figures" are column numbers, never
 * amounts: a subject looked up in such a table must not take its figure from this line (杭州 and 湖州 2026
 * 三公 tables print it as the first line; read as data it gave 1万元 for "三公"经费 and 6万元 for 公务接待费).
 *
 * <p>A line is one when its label says so, or when its value cells read, left to right, as the whole numbers
 * 1, 2, 3 … (at least three of them, every one without decimals), starting at 1 or continuing by one.
 */
public final class ColumnNumberLine {
    private static final Pattern LABEL = Pattern.compile("^(?:\\*+|栏次|行次|栏号|[甲乙丙丁](?:\\s*[甲乙丙丁])*)$");

    private ColumnNumberLine() {
    }

    /** Whether {@code row} is a 栏次 line. */
    public static boolean is(Row row) {
        String label = row.label() == null ? "" : row.label().replaceAll("\\s", "");
        if (LABEL.matcher(label).matches()) {
            return true;
        }
        int count = 0;
        BigDecimal previous = null;
        for (Cell c : row.cells()) {
            if (c == null || !c.hasAmount()) {
                continue;
            }
            BigDecimal v = c.amount().value();
            if (c.amount().decimals() != 0 || v.signum() <= 0 || v.stripTrailingZeros().scale() > 0) {
                return false;
            }
            if (previous != null && v.compareTo(previous.add(BigDecimal.ONE)) != 0) {
                return false;
            }
            previous = v;
            count++;
        }
        return count >= 3;
    }
}
