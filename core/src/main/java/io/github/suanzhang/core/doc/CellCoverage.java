package io.github.suanzhang.core.doc;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which figures of a document's standard tables at least one identity compared, so that a reviewer can tell
 * "agrees" from "not checked". A figure is a cell holding a printed amount (a printed 0 counts; a blank or a dash
 * does not) in an amount column of a standard table (a {@code TableKind} other than {@code GENERIC} and the
 * 绩效 forms). It is <em>covered</em> when a table or cross-table rule actually compared it in this document
 * (recorded while the rules ran, not a list of what rules could check).
 *
 * @param figures   figures in standard tables
 * @param covered   of those, the ones at least one identity compared
 * @param kinds     the same two counts per table kind ({@code TableKind} name)
 * @param uncovered the figures no identity compared, in table and row order
 */
public record CellCoverage(int figures, int covered, Map<String, Counts> kinds, List<Uncovered> uncovered) {
    public CellCoverage {
        kinds = Collections.unmodifiableMap(new TreeMap<>(kinds == null ? Map.of() : kinds));
        uncovered = List.copyOf(uncovered == null ? List.of() : uncovered);
    }

    /** Figures and covered figures of one table kind. */
    public record Counts(int figures, int covered) {
    }

    /**
     * A figure no identity compared.
     *
     * @param table  the table id ({@code t03})
     * @param kind   the table's kind ({@code TableKind} name)
     * @param row    the 0-based index of the line in that table
     * @param column the column key
     * @param label  the line's label (its code and name), for reading
     * @param page   the page of the cell (0 when unknown, e.g. a text export)
     * @param line   the line of a text export (0 for a PDF)
     */
    public record Uncovered(String table, String kind, int row, String column, String label, int page, int line) {
    }

    /** Figures no identity compared. */
    public int notCovered() {
        return figures - covered;
    }

    /** {@code 412 of 530 table figures checked} in Chinese, for the report. */
    public String sentence() {
        return "表格数字 " + figures + " 个，其中 " + covered + " 个至少经一项勾稽关系核对，" + notCovered() + " 个未经核对";
    }
}
