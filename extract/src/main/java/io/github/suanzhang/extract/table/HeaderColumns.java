package io.github.suanzhang.extract.table;

import io.github.suanzhang.core.table.ColumnDef;
import io.github.suanzhang.core.table.ColumnKey;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.extract.grid.GridCell;
import io.github.suanzhang.extract.table.ColumnMapper.Role;
import io.github.suanzhang.extract.typing.AmountColumns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The typer's header step: the {@link Column}s of one grid, read from its header rows
 * ({@link #fromHeader}) or, for a grid continued on the next page without a header, taken over from the
 * previous grid's by horizontal overlap ({@link #byPosition}).
 *
 * <p>From the header: each lattice column's header path ({@link HeaderBands#path}) gives its role
 * ({@link ColumnMapper}); one 科目编码 cell over several columns makes them code parts; a column under a
 * label's header cell is a label column; two-sided kinds split into 收入 | 支出 at the header cell naming
 * 支出, and blocks printed side by side split where a code or label column follows an amount column; a
 * column headed by another year than the table's gets no canonical key; each amount column gets its
 * kind's key, or a {@code colN} key of its own. Stateless.
 */
final class HeaderColumns {
    private HeaderColumns() {
    }

    static List<Column> fromHeader(Lattice g, int headerEnd, boolean[] skip, TableKind kind, Map<String, String> unknownKeys,
                                        Integer titleYear) {
        List<List<String>> paths = new ArrayList<>();
        List<GridCell> leafCells = new ArrayList<>();
        for (int c = 0; c < g.nc; c++) {
            HeaderBands.Path path = HeaderBands.path(g, c, headerEnd, skip);
            paths.add(path.texts());
            leafCells.add(path.leaf());
        }
        List<Column> cols = new ArrayList<>();
        for (int c = 0; c < g.nc; c++) {
            Column col = new Column();
            col.role = ColumnMapper.role(paths.get(c));
            col.x0 = g.grid.cols().get(c);
            col.x1 = g.grid.cols().get(c + 1);
            col.label = String.join("/", paths.get(c));
            if (col.role == Role.CODE_PART) {
                col.part = ColumnMapper.partIndex(paths.get(c).get(paths.get(c).size() - 1));
            }
            if (paths.get(c).isEmpty() && g.emptyColumn(c)) {
                col.role = Role.LABEL; // a blank margin column (北京 报表): no figure column, no key
            }
            cols.add(col);
        }
        // one 科目编码 header cell over several columns without 类/款/项 beneath: the columns are its parts
        for (int c = 0; c < g.nc; c++) {
            if (cols.get(c).role != Role.CODE || leafCells.get(c) == null) {
                continue;
            }
            int e = c;
            while (e + 1 < g.nc && cols.get(e + 1).role == Role.CODE && leafCells.get(e + 1) == leafCells.get(c)) {
                e++;
            }
            if (e > c) {
                for (int k = c; k <= e; k++) {
                    cols.get(k).role = Role.CODE_PART;
                    cols.get(k).part = Math.min(2, k - c);
                }
            }
            c = e;
        }
        // a column under the same header cell as a label column (项目名称 over two columns) is a label column too
        for (int c = 1; c < g.nc; c++) {
            // (or with no header at all beside a label column: 江苏 公开02表 prints 项目名称 over the group column only)
            if (cols.get(c).role == Role.AMOUNT && cols.get(c - 1).role == Role.LABEL
                    && (leafCells.get(c) == null || leafCells.get(c) == leafCells.get(c - 1))) {
                cols.get(c).role = Role.LABEL;
            }
        }
        // blocks: 收入 | 支出 for two-sided kinds; within a side (or a one-sided table) a new block starts
        // where a code or label column follows an amount column (blocks printed side by side)
        int split = kind.isTwoSided() ? sideSplit(g, headerEnd, cols) : Integer.MAX_VALUE;
        int block = 0;
        boolean seenAmount = false;
        for (int c = 0; c < g.nc; c++) {
            Column col = cols.get(c);
            if (c == split) {
                block++;
                seenAmount = false;
            }
            if (col.role == Role.AMOUNT) {
                seenAmount = true;
            } else if (seenAmount && col.role != Role.LINE) {
                block++;
                seenAmount = false;
            }
            col.block = block;
            if (kind.isTwoSided()) {
                col.side = c < split ? TableKind.Side.INCOME : TableKind.Side.EXPENDITURE;
            }
        }
        // a column headed by another year than the table's (2025年预算数 in a 2026 table, 重庆) is not the table's
        // figure: it keeps its printed header and no canonical key. Without a year in the title, the latest
        // year printed in the header is the table's.
        Integer year = titleYear;
        if (year == null) {
            for (List<String> path : paths) {
                for (String x : path) {
                    Integer y = leadingYear(x);
                    if (y != null && (year == null || y > year)) {
                        year = y;
                    }
                }
            }
        }
        // keys
        Map<Integer, Set<String>> used = new HashMap<>();
        for (int c = 0; c < g.nc; c++) {
            Column col = cols.get(c);
            if (col.role != Role.AMOUNT) {
                continue;
            }
            List<ColumnDef> candidates = col.side != null ? kind.columns(col.side) : kind.columns();
            String key = otherYear(paths.get(c), year) || PercentColumns.named(paths.get(c)) ? null
                    : ColumnMapper.key(paths.get(c), candidates);
            Set<String> u = used.computeIfAbsent(col.block, b -> new HashSet<>());
            if (key == null && u.isEmpty() && AmountColumns.onlyTotal(candidates)) {
                key = ColumnKey.TOTAL; // one amount column in a kind that has only 合计: 机关运行经费支出, 金额
            }
            if (key != null && !u.add(key)) {
                key = null;
            }
            if (key == null) {
                String label = col.label.isEmpty() ? "第" + (c + 1) + "列" : col.label;
                key = unknownKeys.computeIfAbsent(label, l -> "col" + (unknownKeys.size() + 1));
                col.label = label;
            }
            col.key = key;
        }
        return cols;
    }

    private static final Pattern LEADING_YEAR = Pattern.compile("^((?:19|20)\\d{2})年");

    /** The year a title or header text starts with or contains first (2026年一般公共预算…), or null. */
    static Integer titleYear(String title) {
        java.util.regex.Matcher m = Pattern.compile("((?:19|20)\\d{2})年").matcher(title == null ? "" : Labels.compact(title));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static Integer leadingYear(String header) {
        java.util.regex.Matcher m = LEADING_YEAR.matcher(header);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** Whether a header path names a year other than the table's (2025年预算数 above a 2026 table's columns). */
    static boolean otherYear(List<String> path, Integer year) {
        if (year == null) {
            return false;
        }
        for (String x : path) {
            Integer y = leadingYear(x);
            if (y != null && !y.equals(year)) {
                return true;
            }
        }
        return false;
    }

    /** The first lattice column of the 支出 side. */
    private static int sideSplit(Lattice g, int headerEnd, List<Column> cols) {
        for (int r = 0; r < Math.min(headerEnd, 4); r++) {
            GridCell income = null;
            GridCell expenditure = null;
            for (int c = 0; c < g.nc; c++) {
                GridCell cell = g.at(r, c);
                if (cell == null) {
                    continue;
                }
                String t = Labels.text(cell);
                if (t.length() <= 6 && t.contains("收入") && !t.contains("支出") && income == null) {
                    income = cell;
                } else if (t.length() <= 6 && t.contains("支出") && !t.contains("收入") && income != null && expenditure == null) {
                    expenditure = cell;
                }
            }
            if (income != null && expenditure != null && expenditure.col() > income.col()) {
                return expenditure.col();
            }
        }
        int labels = 0;
        for (int c = 0; c < cols.size(); c++) {
            if (cols.get(c).role == Role.LABEL && (c == 0 || cols.get(c - 1).role != Role.LABEL)) {
                labels++;
                if (labels == 2) {
                    return c;
                }
            }
        }
        return (cols.size() + 1) / 2;
    }

    /** Per lattice column of {@code g}: whether the previous grid's column it overlaps most is an amount column. */
    static boolean[] amountColumns(Lattice g, List<Column> prev) {
        boolean[] out = new boolean[g.nc];
        for (int c = 0; c < g.nc; c++) {
            double x0 = g.grid.cols().get(c);
            double x1 = g.grid.cols().get(c + 1);
            double best = 0;
            for (Column p : prev) {
                double o = Math.min(x1, p.x1) - Math.max(x0, p.x0);
                if (o > best) {
                    best = o;
                    out[c] = p.role == Role.AMOUNT;
                }
            }
        }
        return out;
    }

    /**
     * The columns of a grid continued without a header, taken over from the previous grid's by horizontal
     * overlap; with {@code byContent} ({@link ContinuedColumns#applies}), a column of words takes an overlapping
     * label column and one of figures an overlapping amount column where the one it overlaps most has the other role.
     */
    static List<Column> byPosition(Lattice g, List<Column> prev, boolean byContent) {
        List<Column> out = new ArrayList<>();
        Set<Column> taken = new HashSet<>();
        ContinuedColumns.Content[] content = ContinuedColumns.content(g);
        for (int c = 0; c < g.nc; c++) {
            double x0 = g.grid.cols().get(c);
            double x1 = g.grid.cols().get(c + 1);
            Column best = null;
            double bestOverlap = 0;
            for (Column p : prev) {
                double o = Math.min(x1, p.x1) - Math.max(x0, p.x0);
                if (o > bestOverlap) {
                    bestOverlap = o;
                    best = p;
                }
            }
            // a column of words only (收入合计, 支出合计) takes the label column it overlaps, one of figures the
            // amount column it overlaps, when the column it overlaps most has the other role (a grid drawn with
            // other column edges on the next page)
            Column agreeing = null;
            double agreeingOverlap = 0;
            for (Column p : prev) {
                double o = Math.min(x1, p.x1) - Math.max(x0, p.x0);
                if (o > agreeingOverlap && !taken.contains(p) && ContinuedColumns.agrees(content[c], p.role == Role.AMOUNT)) {
                    agreeingOverlap = o;
                    agreeing = p;
                }
            }
            if (byContent && best != null && agreeing != null && !ContinuedColumns.agrees(content[c], best.role == Role.AMOUNT)) {
                best = agreeing;
            }
            Column col = new Column();
            col.x0 = x0;
            col.x1 = x1;
            if (best != null && taken.add(best)) {
                col.block = best.block;
                col.side = best.side;
                col.role = best.role;
                col.part = best.part;
                col.key = best.key;
                col.label = best.label;
            } else {
                col.block = best == null ? 0 : best.block;
                col.side = best == null ? null : best.side;
                col.role = Role.LABEL; // a sliver of a previous column: its text joins the label, never a figure
                col.label = "";
            }
            out.add(col);
        }
        return out;
    }
}
