package io.github.suanzhang.extract.grid;

import io.github.suanzhang.core.doc.Box;
import java.util.List;
import java.util.Optional;

/**
 * A ruled table region of a page as a span-aware grid. The lattice has {@code rows.size() - 1} rows and
 * {@code cols.size() - 1} columns; every lattice position is covered by exactly one {@link GridCell},
 * merged cells covering several. Coordinates are displayed, top-left-origin points.
 *
 * @param page  1-based page number
 * @param box   the table's outer box
 * @param rows  y of the horizontal lattice edges, ascending
 * @param cols  x of the vertical lattice edges, ascending
 * @param cells cells ordered by top-left (row, then column)
 */
public record Grid(int page, Box box, List<Double> rows, List<Double> cols, List<GridCell> cells) {
    public Grid {
        rows = List.copyOf(rows);
        cols = List.copyOf(cols);
        cells = List.copyOf(cells);
    }

    public int rowCount() {
        return rows.size() - 1;
    }

    public int colCount() {
        return cols.size() - 1;
    }

    /** The cell covering lattice position (r, c), merged or not. */
    public Optional<GridCell> cellAt(int r, int c) {
        for (GridCell cell : cells) {
            if (cell.covers(r, c)) {
                return Optional.of(cell);
            }
        }
        return Optional.empty();
    }

    /** The text of the cell covering (r, c), lines joined with a single space; "" when empty or absent. */
    public String textAt(int r, int c) {
        return cellAt(r, c).map(cell -> String.join(" ", cell.lines())).orElse("");
    }
}
