package io.github.suanzhang.reconcile.rules.narrative;

import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import java.util.Objects;

/**
 * One figure of a table: the table, the line (0-based index), the column key and the amount there.
 *
 * @param table  the table
 * @param row    index of the line in {@code table.rows()}
 * @param column the column key
 * @param cell   the cell (with an amount)
 */
public record TableFigure(Table table, int row, String column, Cell cell) {
    public TableFigure {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(cell.amount(), "cell without amount");
    }

    public Amount amount() {
        return cell.amount();
    }

    public Row line() {
        return table.rows().get(row);
    }

    /** The cell as evidence: its place, its text, table id, row index, column key. */
    public Evidence evidence() {
        return new Evidence(cell.place(), cell.raw(), table.id(), row, column);
    }

    /** The table as a reader finds it: {@code 支出决算表（公开03表）}. */
    public String tableName() {
        return describe(table);
    }

    /** The column's printed header, e.g. 本年支出合计; the key when the table has no label for it. */
    public String columnLabel() {
        int i = table.columnIndex(column);
        return i < 0 ? column : table.columns().get(i).label();
    }

    public static String describe(Table t) {
        String name = !t.title().isBlank() ? stripYear(t.title()) : t.kind().standardName();
        if (name.isBlank()) {
            name = "表" + t.id();
        }
        String number = t.number() != null ? t.number() : t.kind().standardNumber().orElse(null);
        return number == null ? name : name + "（" + number + "）";
    }

    private static String stripYear(String title) {
        return title.replaceFirst("^[0-9]{4}年度?", "");
    }
}
