package io.github.suanzhang.reconcile.rules.attachment;

import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Cell;
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
 * parts. Conventions (columns {@code level1, level2, indicator, weight, target, actual, score}):
 * <ul>
 *   <li>the <b>budget line</b> is the row whose label or {@code level1} says 预算执行情况: {@code target} =
 *       预算数 (A), {@code actual} = 执行数 (B), {@code weight} = 分值 (e.g. 20), {@code score} = 得分, and the
 *       printed 执行率 (B/A), when the template prints one, in {@code indicator};</li>
 *   <li>the <b>total line</b> is the row whose label or {@code level1} says 总分: its {@code score};</li>
 *   <li>every other row with a {@code weight} and a {@code score} is an <b>indicator</b>.</li>
 * </ul>
 * Cells may hold text with units and qualifiers ({@code 全年超过6,000份}, {@code 98.5%以上}, {@code 99.36分});
 * {@link #number} reads the figure from them.
 */
public final class SelfEvaluation {
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

    private SelfEvaluation(Table table) {
        this.table = table;
        Budget b = null;
        Figure t = null;
        List<Indicator> ind = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            Row r = table.rows().get(i);
            String head = r.label() + " " + text(i, "level1");
            if (head.contains("预算执行情况")) {
                b = new Budget(i, figure(i, "target", true), figure(i, "actual", true), figure(i, "indicator", false),
                        figure(i, "weight", false), figure(i, "score", false));
            } else if (head.replaceAll("\\s", "").contains("总分")) {
                Figure f = figure(i, "score", false);
                if (f == null) {
                    f = firstFigure(i);
                }
                t = f;
            } else {
                Figure w = figure(i, "weight", false);
                Figure s = figure(i, "score", false);
                if (w != null && s != null) {
                    String name = text(i, "indicator");
                    ind.add(new Indicator(i, name.isBlank() ? r.label() : name, w, figure(i, "target", false),
                            figure(i, "actual", false), s));
                }
            }
        }
        this.budget = b;
        this.indicators = List.copyOf(ind);
        this.total = t;
    }

    public static List<SelfEvaluation> in(List<Table> tables) {
        return tables.stream().filter(t -> t.kind() == TableKind.PERFORMANCE_SELF_EVALUATION).map(SelfEvaluation::new).toList();
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
