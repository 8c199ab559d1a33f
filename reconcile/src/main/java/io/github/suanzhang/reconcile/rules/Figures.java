package io.github.suanzhang.reconcile.rules;

import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.interval.Consistency;
import io.github.suanzhang.core.interval.Term;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.ColumnDef;
import io.github.suanzhang.core.table.ColumnKey;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.text.TextNormalizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Table cells read as figures for the table-side rules: blank cells, column precision, the evidence of a
 * cell. How figures and tables are named in messages is {@link Wording}'s; the sum and same-fact checks
 * and their findings are {@link FigureChecks}'. Stateless; static methods only.
 *
 * <p><b>Blank cells.</b> A cell that is absent, empty, or only a dash ({@code -}, {@code —}, {@code /}) is
 * exactly 0: nothing was spent or received there, so it adds no rounding width to a sum (26 blank class
 * lines must not widen a total's interval by ±0.13). Its {@link Figure#amount()} is 0 with the precision
 * of its column (the largest number of decimals printed in that column) for display and figures; the
 * checks use {@link #exact(Figure)}. A cell holding other text that is not a figure is <em>unknown</em>:
 * checks that need it are not made. So is a cell the reader marked {@linkplain Cell#unreadable() unreadable}
 * (a cut-off {@code 105. 3}; a line that lost a figure, whose figures cannot be placed in columns), even
 * when its text is empty: an unread figure is unknown, never 0.
 */
public final class Figures {

    /** Column keys that hold text (codes, names, labels, 行次), never amounts. */
    public static final Set<String> TEXT_KEYS = Set.of(ColumnKey.CODE, ColumnKey.NAME, ColumnKey.ITEM, ColumnKey.LINE, ColumnKey.CATEGORY, ColumnKey.LEVEL1,
            ColumnKey.LEVEL2, ColumnKey.INDICATOR, ColumnKey.GOAL);

    /**
     * Decimals that make an amount's interval a point for every practical purpose (±5·10⁻⁴¹): how an exact
     * blank zero enters {@link Consistency}, whose amounts always carry a printed precision.
     */
    static final int EXACT_DECIMALS = 40;

    private Figures() {
    }

    /** The amount a check uses: the printed figure, or an exact 0 for a blank cell. */
    public static Amount exact(Figure f) {
        if (!f.blank()) {
            return f.amount();
        }
        return new Amount(BigDecimal.ZERO, EXACT_DECIMALS, f.amount().unit(), "");
    }

    /** One figure read from one cell: its amount (0 for a blank), whether it was blank, and where it is. */
    public record Figure(Amount amount, boolean blank, Evidence evidence) {
    }

    /** One signed operand of a sum with its place. */
    public record Part(Term.Sign sign, Figure figure) {
        public static Part plus(Figure f) {
            return new Part(Term.Sign.PLUS, f);
        }

        public static Part minus(Figure f) {
            return new Part(Term.Sign.MINUS, f);
        }

        /** The term a check uses: a blank is an exact 0. */
        public Term term() {
            return new Term(sign, exact(figure));
        }
    }

    public static boolean isAmountColumn(ColumnDef c) {
        return !TEXT_KEYS.contains(c.key());
    }

    /** The indices of the table's amount columns, in column order. */
    public static List<Integer> amountColumns(Table t) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < t.columns().size(); i++) {
            if (isAmountColumn(t.columns().get(i))) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * The amount columns a sum may add up: {@link #amountColumns} less the columns of percentages (a column the
     * reader typed as percentages, {@code 增减(%)}, {@code 增长率}: any figure of it is in {@link Unit#PERCENT}).
     * A ratio column is never the sum of its rows.
     */
    public static List<Integer> summableColumns(Table t) {
        List<Integer> out = new ArrayList<>();
        for (int c : amountColumns(t)) {
            boolean percent = false;
            for (Row r : t.rows()) {
                Cell cell = r.cell(c);
                if (cell != null && cell.hasAmount() && cell.amount().unit() == Unit.PERCENT) {
                    percent = true;
                    break;
                }
            }
            if (!percent) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * True for an absent cell, an empty one, or one holding only dashes or a slash; false for a cell the
     * reader could not read ({@link Cell#unreadable()}), whatever its text.
     */
    public static boolean isBlank(Cell c) {
        if (c == null) {
            return true;
        }
        if (c.hasAmount() || c.unreadable()) {
            return false;
        }
        String s = TextNormalizer.compact(c.raw());
        return s.isEmpty() || s.matches("[-—–/\\\\－一]+");
    }

    /** The largest number of decimals printed in column {@code col}; −1 when no cell of it holds a figure. */
    public static int columnDecimals(Table t, int col) {
        int d = -1;
        for (Row r : t.rows()) {
            Cell c = r.cell(col);
            if (c != null && c.hasAmount()) {
                d = Math.max(d, c.amount().decimals());
            }
        }
        return d;
    }

    /** The largest number of decimals printed anywhere in the table; 0 when it has no figure. */
    public static int tableDecimals(Table t) {
        int d = 0;
        for (Row r : t.rows()) {
            for (Cell c : r.cells()) {
                if (c != null && c.hasAmount()) {
                    d = Math.max(d, c.amount().decimals());
                }
            }
        }
        return d;
    }

    /** The unit of the table's figures: its first figure's, else the printed unit, else 元. */
    public static Unit unitOf(Table t) {
        for (Row r : t.rows()) {
            for (Cell c : r.cells()) {
                if (c != null && c.hasAmount()) {
                    return c.amount().unit();
                }
            }
        }
        return t.unit() == null ? Unit.YUAN : t.unit();
    }

    /** The figure at a row and column; empty when the cell holds text that is not a figure. */
    public static Optional<Figure> figure(Table t, int row, int col) {
        Row r = t.rows().get(row);
        Cell c = r.cell(col);
        Evidence ev = evidence(t, row, col);
        if (c != null && c.hasAmount()) {
            return Optional.of(new Figure(c.amount(), false, ev));
        }
        if (!isBlank(c)) {
            return Optional.empty();
        }
        int d = columnDecimals(t, col);
        if (d < 0) {
            d = tableDecimals(t);
        }
        Amount zero = new Amount(BigDecimal.ZERO.setScale(Math.max(0, d)), d, unitOf(t), "");
        return Optional.of(new Figure(zero, true, ev));
    }

    /** The evidence of one cell: its place (the row's when the cell is absent), its text, table, row, column. */
    public static Evidence evidence(Table t, int row, int col) {
        Row r = t.rows().get(row);
        Cell c = r.cell(col);
        Place p = c != null && c.place() != Place.UNKNOWN ? c.place() : r.place();
        String text = c == null || c.raw().isBlank() ? "（空白）" : c.raw();
        String key = col >= 0 && col < t.columns().size() ? t.columns().get(col).key() : null;
        return new Evidence(p, text, t.id(), row, key);
    }

}
