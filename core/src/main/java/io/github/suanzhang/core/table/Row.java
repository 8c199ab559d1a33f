package io.github.suanzhang.core.table;

import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.Place;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One line of a typed table.
 *
 * @param side   for two-sided summary tables (收入 | 支出 side by side) the side this line is on
 *               (written as {@code 收入} or {@code 支出}); null for ordinary tables
 * @param lineNo the 行次 as printed ({@code 1}, {@code 27}), null where none is printed
 * @param code   the subject code, assembled from split 类/款/项 columns and completed from the rows
 *               above where the print leaves the 类 or 款 out; null for lines without one (合计, 一、…)
 * @param label  the line's label, wrapped lines joined, e.g. 机关事业单位基本养老保险缴费支出
 * @param cells  one entry per column of the table, in column order; null where the line has no cell
 * @param place  page and box of the whole line
 */
public record Row(TableKind.Side side, String lineNo, SubjectCode code, String label, List<Cell> cells, Place place) {
    /** Requires the cells (copied); a missing label is empty, a missing place unknown. */
    public Row {
        label = label == null ? "" : label;
        cells = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(cells, "cells")));
        place = place == null ? Place.UNKNOWN : place;
    }

    /** The cell in column {@code column}, null where the line has none or the index is out of range. */
    public Cell cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : null;
    }
}
