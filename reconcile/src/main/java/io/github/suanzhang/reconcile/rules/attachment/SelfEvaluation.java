package io.github.suanzhang.reconcile.rules.attachment;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.ColumnKey;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A performance self-evaluation table ({@link TableKind#PERFORMANCE_SELF_EVALUATION}) read into its
 * parts. Conventions (columns {@code level1, level2, indicator, weight, target, actual, score}; the same
 * in {@code docs/schema.md}, and what the text-export reader produces):
 * <ul>
 *   <li>the <b>budget line</b> is the row whose label or {@code level1} says 预算执行情况 (and whose label
 *       and {@code indicator} do not say 执行率): {@code target} = 预算数 (A), {@code actual} = 执行数 (B),
 *       {@code weight} = 分值 (e.g. 20), {@code score} = 得分;</li>
 *   <li>the <b>rate line</b> is the row of 预算执行情况 whose label or {@code indicator} says 执行率 (the
 *       reader names it {@code 执行率(B/A)}): the printed 执行率 in {@code actual};</li>
 *   <li>the <b>total line</b> is the row whose label or {@code level1} says 总分: its {@code score};</li>
 *   <li>every other row with a {@code score} is an <b>indicator</b>; its {@code weight} may be unknown
 *       (an OCR that lost the {@code (4分)}): then its score still counts in the total, but its formula
 *       cannot be checked.</li>
 * </ul>
 * Cells may hold text with units and qualifiers ({@code 全年超过6,000份}, {@code 98.5%以上}, {@code 99.36分});
 * {@link #number} reads the figure from them. The table is {@linkplain #complete() complete} unless a row
 * holds a score that is not a figure, or the disclosure records a problem (a line not understood, a
 * figure not read) inside the table: then the 总分 = Σ得分 check must not run.
 */
final class SelfEvaluation {
    private static final Pattern NUMBER = Pattern.compile("(?<![0-9.])([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(%|％)?");

    /** One cell of the table with the figure read from it. */
    public record Figure(Table table, int row, String column, Cell cell, Amount amount) {
        public Evidence evidence() {
            return new Evidence(cell.place(), cell.raw(), table.id(), row, column);
        }

        public String text() {
            return cell.raw();
        }
    }

    /** The budget line: A, B, weight, score, printed rate; any may be null. */
    public record Budget(int row, Figure budget, Figure actual, Figure rate, Figure weight, Figure score) {
    }

    /** An indicator line. */
    public record Indicator(int row, String name, Figure weight, Figure target, Figure actual, Figure score) {
    }

    private final Table table;
    private final Budget budget;
    private final List<Indicator> indicators;
    private final Figure total;
    private final boolean complete;

    private SelfEvaluation(Table table, boolean problemInside) {
        this.table = table;
        Integer b = null;
        Figure rate = null;
        Figure t = null;
        boolean unreadScore = false;
        List<Indicator> ind = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            Row r = table.rows().get(i);
            String head = r.label() + " " + text(i, ColumnKey.LEVEL1);
            boolean isRate = (r.label() + " " + text(i, ColumnKey.INDICATOR)).contains("执行率");
            if (head.contains("预算执行情况") && isRate) {
                rate = figure(i, ColumnKey.ACTUAL, false);
            } else if (head.contains("预算执行情况")) {
                b = i;
            } else if (head.replaceAll("\\s", "").contains("总分")) {
                Figure f = figure(i, ColumnKey.SCORE, false);
                if (f == null) {
                    f = firstFigure(i);
                }
                t = f;
            } else {
                Figure s = figure(i, ColumnKey.SCORE, false);
                Cell sc = r.cell(table.columnIndex(ColumnKey.SCORE));
                if (s == null && sc != null && !sc.raw().isBlank()) {
                    unreadScore = true;
                }
                if (s != null) {
                    String name = text(i, ColumnKey.INDICATOR);
                    ind.add(new Indicator(i, name.isBlank() ? r.label() : name, figure(i, ColumnKey.WEIGHT, false),
                            figure(i, ColumnKey.TARGET, false), figure(i, ColumnKey.ACTUAL, false), s));
                }
            }
        }
        this.budget = b == null && rate == null ? null : b == null
                ? new Budget(-1, null, null, rate, null, null)
                : new Budget(b, figure(b, ColumnKey.TARGET, true), figure(b, ColumnKey.ACTUAL, true), rate, figure(b, ColumnKey.WEIGHT, false),
                        figure(b, ColumnKey.SCORE, false));
        this.indicators = List.copyOf(ind);
        this.total = t;
        this.complete = !problemInside && !unreadScore;
    }

    /** The self-evaluation tables of a disclosure, each knowing whether a problem was recorded inside it. */
    public static List<SelfEvaluation> in(Disclosure d) {
        return d.tables().stream().filter(t -> t.kind() == TableKind.PERFORMANCE_SELF_EVALUATION)
                .map(t -> new SelfEvaluation(t, problemInside(d, t))).toList();
    }

    /**
     * Whether the disclosure records a problem (a line not understood, a figure not read) inside the table:
     * for a text export, on a line from its title to its last row; for a PDF, on one of its pages.
     */
    static boolean problemInside(Disclosure d, Table t) {
        int first = t.place().line();
        int last = t.rows().stream().mapToInt(r -> r.place().line()).max().orElse(first);
        for (Problem p : d.problems()) {
            if (p.kind() != ProblemKind.TABLE_NOT_UNDERSTOOD && p.kind() != ProblemKind.UNREADABLE_FIGURE) {
                continue;
            }
            Place at = p.place();
            if (at.line() > 0 && first > 0 && at.line() >= first && at.line() <= last) {
                return true;
            }
            if (at.line() == 0 && at.page() > 0 && t.pages().contains(at.page())) {
                return true;
            }
        }
        return false;
    }

    /** The self-evaluation tables among {@code tables}, with no problem known inside them. */
    public static List<SelfEvaluation> in(List<Table> tables) {
        return tables.stream().filter(t -> t.kind() == TableKind.PERFORMANCE_SELF_EVALUATION)
                .map(t -> new SelfEvaluation(t, false)).toList();
    }

    /** False when some row's score could not be read or a problem was recorded inside the table. */
    public boolean complete() {
        return complete;
    }

    public Table table() {
        return table;
    }

    public Optional<Budget> budget() {
        return Optional.ofNullable(budget);
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    public Optional<Figure> total() {
        return Optional.ofNullable(total);
    }

    /** The table's title for messages, or its kind's name. */
    public String name() {
        return table.title().isBlank() ? "绩效自评表" : table.title();
    }

    private String text(int row, String column) {
        Cell c = table.rows().get(row).cell(table.columnIndex(column));
        return c == null ? "" : c.raw();
    }

    private Figure figure(int row, String column, boolean money) {
        int ci = table.columnIndex(column);
        Cell c = table.rows().get(row).cell(ci);
        if (c == null) {
            return null;
        }
        Amount a = c.amount();
        if (a == null || (!money && a.unit().isMonetary())) {
            a = number(c.raw()).orElse(null);
        }
        return a == null ? null : new Figure(table, row, column, c, a);
    }

    private Figure firstFigure(int row) {
        for (var col : table.columns()) {
            Figure f = figure(row, col.key(), false);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /**
     * The first figure in a cell's text, with the decimals printed: {@code 全年超过6,000份} → 6000,
     * {@code 98.5%以上} → 98.5 % (unit {@link Unit#PERCENT}), {@code 99.36分} → 99.36. Empty when none.
     */
    public static Optional<Amount> number(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(text.replace(" ", ""));
        if (!m.find()) {
            return Optional.empty();
        }
        String s = m.group(1).replace(",", "");
        BigDecimal v = new BigDecimal(s);
        int dot = s.indexOf('.');
        return Optional.of(new Amount(v, dot < 0 ? 0 : s.length() - dot - 1, m.group(2) != null ? Unit.PERCENT : Unit.NONE, m.group()));
    }
}
