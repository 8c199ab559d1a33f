package io.github.suanzhang.extract.table;

import io.github.suanzhang.extract.grid.Grid;
import io.github.suanzhang.extract.grid.GridCell;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A grid's lattice positions → owning cell, and banding (runs of lattice rows no cell crosses). */
final class Lattice {
    final Grid grid;
    final int nr;
    final int nc;
    final GridCell[][] owner;

    Lattice(Grid grid) {
        this.grid = grid;
        nr = grid.rowCount();
        nc = grid.colCount();
        owner = new GridCell[nr][nc];
        for (GridCell cell : grid.cells()) {
            for (int r = cell.row(); r < cell.row() + cell.rowSpan() && r < nr; r++) {
                for (int c = cell.col(); c < cell.col() + cell.colSpan() && c < nc; c++) {
                    owner[r][c] = cell;
                }
            }
        }
    }

    GridCell at(int r, int c) {
        return owner[r][c];
    }

    /** Bands over columns [c0, c1) from lattice row {@code from}: [r0, r1) pairs. */
    List<int[]> bands(int c0, int c1, int from) {
        boolean[] all = new boolean[nc];
        java.util.Arrays.fill(all, true);
        return bands(c0, c1, from, all);
    }

    /**
     * Bands over columns [c0, c1) from lattice row {@code from}, where only cells of the columns marked
     * {@code fine} keep lattice rows together (a label cell merged over several lines, such as a group
     * name beside its 小计 and items, does not): [r0, r1) pairs.
     */
    List<int[]> bands(int c0, int c1, int from, boolean[] fine) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        for (int e = from + 1; e <= nr; e++) {
            boolean boundary = e == nr;
            if (!boundary) {
                boundary = true;
                for (int c = c0; c < c1; c++) {
                    if (fine[c] && owner[e - 1][c] != null && owner[e - 1][c] == owner[e][c] && !owner[e][c].isEmpty()) {
                        boundary = false;
                        break;
                    }
                }
            }
            if (boundary) {
                out.add(new int[] {start, e});
                start = e;
            }
        }
        return out;
    }

    /** Whether no cell of lattice column {@code c} holds text, header included. */
    boolean emptyColumn(int c) {
        for (int r = 0; r < nr; r++) {
            if (owner[r][c] != null && !owner[r][c].isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Distinct cells in a band over columns [c0, c1), in row then column order. */
    List<GridCell> cellsIn(int[] band, int c0, int c1) {
        List<GridCell> out = new ArrayList<>();
        Set<GridCell> seen = new HashSet<>();
        for (int r = band[0]; r < band[1]; r++) {
            for (int c = c0; c < c1; c++) {
                GridCell cell = owner[r][c];
                if (cell != null && seen.add(cell)) {
                    out.add(cell);
                }
            }
        }
        return out;
    }

    /** Cells of a band whose leftmost column inside the block starting at c0 is c, top to bottom. */
    List<GridCell> cellsAssignedTo(int[] band, int c, int c0) {
        List<GridCell> out = new ArrayList<>();
        GridCell last = null;
        for (int r = band[0]; r < band[1]; r++) {
            GridCell cell = owner[r][c];
            if (cell == null || cell == last) {
                continue;
            }
            last = cell;
            if (Math.max(cell.col(), c0) == c && !out.contains(cell)) {
                out.add(cell);
            }
        }
        return out;
    }
}
