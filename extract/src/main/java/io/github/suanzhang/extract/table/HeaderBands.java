package io.github.suanzhang.extract.table;

import io.github.suanzhang.core.number.NumberContext;
import io.github.suanzhang.core.number.NumberParser;
import io.github.suanzhang.core.number.ParseResult;
import io.github.suanzhang.extract.grid.GridCell;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a grid's header ends: the kind of each band before the body (header, 栏次 line, data). A band is
 * data when it holds a figure or an ordinal label (一、); a 栏次 line holds 栏次/行次 or only the numbers 1, 2,
 * 3 … (its label columns may print ****, 甲, 乙 or a dash). Stateless.
 */
final class HeaderBands {
    private HeaderBands() {
    }

    private static final Pattern ORDINAL = Pattern.compile("^[一二三四五六七八九十]+、");

    private static final Pattern HEADER_WORD = Pattern.compile(
            "^(项目|类|款|项|合计|小计|总计|金额|行次|栏次|收入|支出|本年收入|本年支出)$|^((19|20)\\d{2}年度?)?(预算|决算)$|类别$|科目|编码|名称|决算数|预算数|基本支出|项目支出");

    /**
     * A lattice column's header path.
     *
     * @param texts the distinct non-empty texts of the header cells covering the column, top to bottom
     *              (compacted: 项目, 本年支出, 基本支出)
     * @param leaf  the lowest of those cells, null when none holds text
     */
    record Path(List<String> texts, GridCell leaf) {
    }

    /** The header path of lattice column {@code c} over the rows before {@code end}, leaving out {@code skip}ped (栏次) rows. */
    static Path path(Lattice g, int c, int end, boolean[] skip) {
        List<String> path = new ArrayList<>();
        GridCell last = null;
        GridCell leaf = null;
        for (int r = 0; r < end; r++) {
            GridCell cell = g.at(r, c);
            if (cell == null || cell == last || skip[r]) {
                continue;
            }
            last = cell;
            String t = Labels.text(cell);
            if (!t.isEmpty()) {
                path.add(t);
                leaf = cell;
            }
        }
        return new Path(path, leaf);
    }

    /** Whether the rows before the first data band hold header words (a continued table may have none). */
    static boolean looksLikeHeader(Lattice g, int headerEnd, boolean[] skip) {
        for (int r = 0; r < headerEnd; r++) {
            if (skip[r]) {
                continue;
            }
            for (int c = 0; c < g.nc; c++) {
                GridCell cell = g.at(r, c);
                if (cell != null && HEADER_WORD.matcher(Labels.text(cell)).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first lattice row from which the body of a headerless grid starts: after leading 栏次 rows. */
    static int firstUnskipped(boolean[] skip, int end) {
        int r = 0;
        while (r < end && skip[r]) {
            r++;
        }
        return r;
    }

    static boolean allSkipped(boolean[] skip, int end) {
        for (int r = 0; r < end; r++) {
            if (!skip[r]) {
                return false;
            }
        }
        return true;
    }

    /** What a band of lattice rows holds. */
    enum Kind { DATA, HEADER, COLUMN_NUMBERS }

    /** What a 栏次 line prints in its label columns instead of a number: ****, **, 甲, 乙, 丙, —. */
    private static final Pattern COLUMN_MARK = Pattern.compile("\\*+|[甲乙丙丁]|[-—–/]+");

    static Kind kind(Lattice g, int[] band, int c0, int c1) {
        List<String> texts = new ArrayList<>();
        for (GridCell cell : g.cellsIn(band, c0, c1)) {
            String t = Labels.text(cell);
            if (!t.isEmpty()) {
                texts.add(t);
            }
        }
        if (texts.isEmpty()) {
            return Kind.HEADER;
        }
        boolean allSmallInts = texts.stream().filter(x -> x.matches("\\d{1,2}")).count() >= 2;
        int expect = -1;
        for (String t : texts) {
            if (t.equals("栏次") || t.equals("行次") && texts.size() > 2 && texts.stream().filter(x -> x.matches("\\d+")).count() >= 2) {
                return Kind.COLUMN_NUMBERS;
            }
            if (COLUMN_MARK.matcher(t).matches()) {
                continue; // the label columns of a 栏次 line: ****, **, 甲, 乙, —
            }
            if (!t.matches("\\d{1,2}")) {
                allSmallInts = false;
            } else {
                int v = Integer.parseInt(t);
                if (expect >= 0 && v != expect) {
                    allSmallInts = false;
                }
                expect = v + 1;
            }
        }
        if (allSmallInts) {
            return Kind.COLUMN_NUMBERS;
        }
        for (String t : texts) {
            if (ORDINAL.matcher(t).find()) {
                return Kind.DATA;
            }
            if (NumberParser.parse(t, NumberContext.ANY) instanceof ParseResult.Parsed) {
                return Kind.DATA;
            }
        }
        return Kind.HEADER;
    }

    /**
     * Whether a band before the first figure is already a line of the body: a line whose figures are empty
     * (上年结转结余 in a 收支总表 with nothing carried over). Its texts stand only in columns that the header
     * above it makes label columns (项目), none is a header word, and the header above has amount columns.
     */
    static boolean figurelessBodyLine(Lattice g, int[] band, boolean[] skip) {
        if (band[0] == 0) {
            return false;
        }
        ColumnMapper.Role[] roles = new ColumnMapper.Role[g.nc];
        boolean amountColumn = false;
        for (int c = 0; c < g.nc; c++) {
            List<String> path = path(g, c, band[0], skip).texts();
            if (!path.isEmpty()) {
                roles[c] = ColumnMapper.role(path);
                amountColumn |= roles[c] == ColumnMapper.Role.AMOUNT;
            }
        }
        if (!amountColumn) {
            return false;
        }
        boolean text = false;
        for (GridCell cell : g.cellsIn(band, 0, g.nc)) {
            String t = Labels.text(cell);
            if (t.isEmpty()) {
                continue;
            }
            if (HEADER_WORD.matcher(t).find()) {
                return false;
            }
            for (int c = cell.col(); c < cell.col() + cell.colSpan() && c < g.nc; c++) {
                if (roles[c] != ColumnMapper.Role.LABEL) {
                    return false;
                }
            }
            text = true;
        }
        return text;
    }
}
