package io.github.suanzhang.extract.table;

import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.core.table.TableTitleClassifier;
import io.github.suanzhang.extract.grid.Grid;
import io.github.suanzhang.extract.grid.GridCell;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes a table's title block off the top of its grid. Some producers (spreadsheet exports such as the
 * 北京 部门预算报表: {@code 预算03表 支出总表} over {@code 金额单位：万元}) draw the title and unit lines inside the
 * table's outer frame, as the first lattice rows: read as header they turn the title into a column header
 * and leave the table without a title. The leading rows that no cell crosses into the rest of the grid and
 * whose every printed text is a table title ({@link TableTitleClassifier}), a table number, a unit line
 * (单位：万元, 金额单位：元) or an entity line (编制单位：…, 部门：…) are cut off; their text then stands above
 * the grid, where the locator reads titles. At least one title or unit must be among them, and at least
 * {@code minRows} lattice rows must remain. Stateless.
 */
final class TitleBand {
    private TitleBand() {
    }

    private static final TableTitleClassifier TITLES = new TableTitleClassifier();
    private static final Pattern UNIT = Pattern.compile("单位:?(万元|千元|亿元|元)$");
    private static final Pattern ENTITY = Pattern.compile("^(编制单位|编制部门|单位名称|部门名称|预算单位|预算部门|部门|单位):");
    private static final Pattern NUMBER_ONLY = Pattern.compile(
            "^(公开\\d{1,2}(-\\d+)?表|表[一二三四五六七八九十]+|表\\d+(-\\d+)?|预算\\d{1,2}(-\\d+)?表|附表\\d+(-\\d+)?)$");

    /** The grid without its leading title rows, or the grid itself when it has none. */
    static Grid peel(Grid grid, int minRows) {
        int cut = 0;
        boolean titleOrUnit = false;
        int r = 0;
        while (r < grid.rowCount()) {
            int end = bandEnd(grid, r);
            if (end < 0 || grid.rowCount() - end < minRows) {
                break;
            }
            BandText t = bandText(grid, r, end);
            if (!t.allTitleLike) {
                break;
            }
            titleOrUnit |= t.anyTitleOrUnit;
            r = end;
            if (titleOrUnit) {
                cut = end;
            }
        }
        if (cut == 0) {
            return grid;
        }
        return cutTop(grid, cut);
    }

    /**
     * The end (exclusive) of the smallest run of rows from {@code r} that no cell with text crosses, or -1 (an
     * empty cell may run down from the title rows: a blank margin column without horizontal rulings).
     */
    private static int bandEnd(Grid grid, int r) {
        int end = r + 1;
        boolean grew = true;
        while (grew) {
            grew = false;
            for (GridCell c : grid.cells()) {
                if (!c.isEmpty() && c.row() < end && c.row() + c.rowSpan() > end) {
                    end = c.row() + c.rowSpan();
                    grew = true;
                }
            }
        }
        return end <= grid.rowCount() ? end : -1;
    }

    private record BandText(boolean allTitleLike, boolean anyTitleOrUnit) {
    }

    private static BandText bandText(Grid grid, int r0, int r1) {
        boolean any = false;
        boolean all = true;
        for (GridCell c : grid.cells()) {
            if (c.row() < r0 || c.row() >= r1 || c.isEmpty()) {
                continue;
            }
            for (String line : c.lines()) {
                for (String piece : line.split("\\s{2,}")) {
                    String p = Labels.compact(piece);
                    if (p.isEmpty()) {
                        continue;
                    }
                    boolean title = TITLES.match(p).isPresent() || NUMBER_ONLY.matcher(p).matches();
                    boolean unit = UNIT.matcher(p).find();
                    if (title || unit) {
                        any = true;
                    } else if (!ENTITY.matcher(p).find()) {
                        all = false;
                    }
                }
            }
        }
        return new BandText(all, any);
    }

    private static Grid cutTop(Grid grid, int k) {
        List<GridCell> cells = new ArrayList<>();
        for (GridCell c : grid.cells()) {
            if (c.row() >= k) {
                cells.add(new GridCell(c.row() - k, c.col(), c.rowSpan(), c.colSpan(), c.box(), c.lines(), c.glyphBoxes()));
            } else if (c.row() + c.rowSpan() > k) { // an empty cell running down from the title rows
                Box cb = c.box();
                cells.add(new GridCell(0, c.col(), c.row() + c.rowSpan() - k, c.colSpan(),
                        new Box(cb.x0(), grid.rows().get(k), cb.x1(), cb.y1()), c.lines(), c.glyphBoxes()));
            }
        }
        List<Double> rows = grid.rows().subList(k, grid.rows().size());
        Box b = grid.box();
        return new Grid(grid.page(), new Box(b.x0(), rows.get(0), b.x1(), b.y1()), rows, grid.cols(), cells);
    }
}
