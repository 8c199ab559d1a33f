package io.github.suanzhang.extract.ocr;

import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A decimal point is the smallest mark on a scanned page and the one OCR loses most: {@code 0.00} comes out
 * {@code 000}. In a column of a table read by OCR where at least {@link #MIN_SHARE} of the figures print the
 * same number of decimals d &gt; 0, a figure printed as bare digits (no point, no comma) with more than d digits
 * is read with the point put back d digits from the end, and the cell is marked repaired. Figures with a point or
 * grouping commas are never changed.
 */
public final class OcrDecimals {
    /** share of a column's figures that must agree on their decimals before the column's precision is trusted */
    static final double MIN_SHARE = 0.8;

    private OcrDecimals() {
    }

    public static Table repaired(Table t) {
        int columns = t.columns().size();
        int[] modal = new int[columns];
        for (int c = 0; c < columns; c++) {
            Map<Integer, Integer> counts = new HashMap<>();
            int n = 0;
            for (Row r : t.rows()) {
                Cell cell = c < r.cells().size() ? r.cells().get(c) : null;
                if (cell != null && cell.amount() != null && !bareDigits(cell.raw())) {
                    counts.merge(cell.amount().decimals(), 1, Integer::sum);
                    n++;
                }
            }
            modal[c] = -1;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                if (e.getKey() > 0 && n >= 3 && e.getValue() >= MIN_SHARE * n) {
                    modal[c] = e.getKey();
                }
            }
        }
        boolean changed = false;
        List<Row> rows = new ArrayList<>();
        for (Row r : t.rows()) {
            List<Cell> cells = new ArrayList<>(r.cells());
            for (int c = 0; c < cells.size() && c < columns; c++) {
                Cell cell = cells.get(c);
                int d = modal[c];
                if (d > 0 && cell != null && cell.amount() != null && bareDigits(cell.raw()) && cell.raw().length() > d) {
                    String digits = cell.raw().strip();
                    BigDecimal v = new BigDecimal(digits).movePointLeft(d);
                    cells.set(c, new Cell(cell.raw(), new Amount(v, d, cell.amount().unit(), cell.raw()), cell.place(), true));
                    changed = true;
                }
            }
            rows.add(new Row(r.side(), r.lineNo(), r.code(), r.label(), cells, r.place()));
        }
        return changed ? new Table(t.id(), t.kind(), t.number(), t.title(), t.unit(), t.pages(), t.columns(), rows,
                t.notes(), t.emptyNote(), t.place(), t.method()) : t;
    }

    private static boolean bareDigits(String raw) {
        return raw != null && raw.strip().matches("-?\\d+");
    }
}
