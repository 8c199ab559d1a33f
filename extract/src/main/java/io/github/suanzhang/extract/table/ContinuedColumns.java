package io.github.suanzhang.extract.table;

import io.github.suanzhang.core.number.NumberContext;
import io.github.suanzhang.core.number.NumberParser;
import io.github.suanzhang.core.number.ParseResult;
import io.github.suanzhang.core.table.ColumnKey;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.extract.grid.GridCell;

/**
 * What the lattice columns of a grid that continues a table on the next page hold, so that its columns take the
 * previous grid's roles by content as well as by position: a column whose cells hold words and never a figure
 * is a label column ({@code 收入合计}, {@code 支出合计} of a two-sided table's last page), one holding figures and
 * no words an amount column. Stateless.
 */
final class ContinuedColumns {
    private ContinuedColumns() {
    }

    /**
     * Whether a table of this kind is read by content on its continued grids: a standard table with a 合计 column,
     * whose columns are amounts or labels; not a generic table nor a 绩效目标表, whose text columns (指标值 12.5,
     * 万元) are neither.
     */
    static boolean applies(TableKind kind) {
        return kind != TableKind.GENERIC && kind.column(ColumnKey.TOTAL).isPresent();
    }

    /** What one lattice column holds. */
    enum Content {
        /** figures only (blank cells aside) */
        FIGURES,
        /** words only: text with a Han character, no figure */
        WORDS,
        /** both, or neither */
        MIXED
    }

    /** The content of each lattice column, from the cells that start in it and span it alone. */
    static Content[] content(Lattice g) {
        Content[] out = new Content[g.nc];
        for (int c = 0; c < g.nc; c++) {
            boolean figures = false;
            boolean words = false;
            GridCell last = null;
            for (int r = 0; r < g.nr; r++) {
                GridCell cell = g.at(r, c);
                if (cell == null || cell == last || cell.colSpan() != 1 || cell.isEmpty()) {
                    continue;
                }
                last = cell;
                String t = Labels.compact(String.join("", cell.lines()));
                if (NumberParser.parse(t, NumberContext.ANY) instanceof ParseResult.Parsed) {
                    figures = true;
                } else if (words(t)) {
                    words = true;
                }
            }
            out[c] = figures == words ? Content.MIXED : figures ? Content.FIGURES : Content.WORDS;
        }
        return out;
    }

    /**
     * Whether the lines a grid that continues a table would take for its header ([0, headerEnd), 栏次 lines
     * skipped) hold text only in the previous grid's label columns and never in an amount column: then they are
     * body lines without figures (小计, 上年结转 at the top of the last page of a 收支总表), not a repeated header,
     * which names its amount columns.
     *
     * @param amount per lattice column, whether the previous grid's column it overlaps most is an amount column
     */
    static boolean labelsOnly(Lattice g, int headerEnd, boolean[] skip, boolean[] amount) {
        boolean anyText = false;
        boolean anyAmount = false;
        for (boolean a : amount) {
            anyAmount |= a;
        }
        if (!anyAmount) {
            return false;
        }
        for (int r = 0; r < headerEnd; r++) {
            if (skip[r]) {
                continue;
            }
            for (int c = 0; c < g.nc; c++) {
                GridCell cell = g.at(r, c);
                if (cell == null || cell.isEmpty()) {
                    continue;
                }
                for (int k = cell.col(); k < cell.col() + cell.colSpan() && k < g.nc; k++) {
                    if (amount[k]) {
                        return false;
                    }
                }
                anyText = true;
            }
        }
        return anyText;
    }

    /** Whether a column of this content agrees with a previous column that is (or is not) an amount column. */
    static boolean agrees(Content content, boolean amount) {
        return switch (content) {
            case FIGURES -> amount;
            case WORDS -> !amount;
            case MIXED -> true;
        };
    }

    /** Words, not a figure: text with a Han character and no digit (收入合计, 一、部门预算, a header's 支出). */
    static boolean words(String raw) {
        String t = Labels.compact(raw);
        return hasHan(t) && !t.matches("(?s).*\\d.*");
    }

    private static boolean hasHan(String t) {
        return t.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
