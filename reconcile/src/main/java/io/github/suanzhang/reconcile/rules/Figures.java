package io.github.suanzhang.reconcile.rules;

import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.interval.Agreement;
import io.github.suanzhang.core.interval.Check;
import io.github.suanzhang.core.interval.Consistency;
import io.github.suanzhang.core.interval.Term;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.ColumnDef;
import io.github.suanzhang.core.table.ColumnKey;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Shared reading of table figures for the table-side rules: blank cells, column precision, evidence of a
 * cell, and the wording of sum and same-fact findings. Stateless; static methods only.
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

    /**
     * Checks {@code total = Σ ±parts} with blanks as exact zeros. When exactly one part is printed (added)
     * and the total is printed with the same decimals and unit, the two are one fact printed twice: {@link Consistency#samefact}, so that
     * 872.87 against 872.88 is {@link Agreement#ONE_UNIT_APART} rather than a touching pair of intervals.
     */
    public static Check check(List<Part> parts, Figure total) {
        List<Part> printed = parts.stream().filter(p -> !p.figure().blank()).toList();
        if (printed.size() == 1 && printed.get(0).sign() == Term.Sign.PLUS && !total.blank()
                && printed.get(0).figure().amount().decimals() == total.amount().decimals()
                && printed.get(0).figure().amount().unit() == total.amount().unit()) {
            Check c = Consistency.samefact(printed.get(0).figure().amount(), total.amount());
            return new Check(c.agreement(), c.computed(), c.stated(), c.difference(), c.unit());
        }
        return Consistency.combination(parts.stream().map(Part::term).toList(), exact(total));
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
        String s = norm(c.raw());
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

    /** NFKC, whitespace and zero-width characters removed. */
    public static String norm(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200b' && c != '\u200c'
                    && c != '\u200d' && c != '\ufeff') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The table's name for messages: its title without the year, else its kind's name, else its id. */
    public static String tableName(Table t) {
        String title = norm(t.title()).replaceFirst("^\\d{4}年度?", "");
        if (!title.isEmpty()) {
            return title;
        }
        if (!t.kind().standardName().isEmpty()) {
            return t.kind().standardName();
        }
        return "表" + t.id();
    }

    /** A row for messages: {@code "合计"行}, {@code "208 社会保障和就业支出"行}, {@code 第27行"本年收入合计"}. */
    public static String rowName(Row r) {
        String label = norm(r.label());
        if (r.lineNo() != null && !r.lineNo().isBlank()) {
            return "第" + r.lineNo().strip() + "行" + (label.isEmpty() ? "" : "“" + label + "”");
        }
        if (r.code() != null) {
            return "“" + r.code().digits() + (label.isEmpty() ? "" : " " + label) + "”行";
        }
        return label.isEmpty() ? "无标题的行" : "“" + label + "”行";
    }

    /** The column's printed label for messages (empty for a table with a single amount column). */
    public static String columnName(Table t, int col) {
        if (amountColumns(t).size() <= 1) {
            return "";
        }
        return t.columns().get(col).label();
    }

    /** {@code 1,553.51} with the given decimals (at least the value's own scale is never cut). */
    public static String fmt(BigDecimal v, int decimals) {
        int d = Math.max(Math.max(0, decimals), 0);
        BigDecimal x = v.stripTrailingZeros().scale() > d ? v : v.setScale(d, RoundingMode.UNNECESSARY);
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMinimumFractionDigits(Math.max(x.scale(), 0));
        f.setMaximumFractionDigits(Math.max(x.scale(), 0));
        f.setParseBigDecimal(true);
        return f.format(x);
    }

    public static String display(Amount a) {
        return fmt(a.value(), a.decimals()) + a.unit().label();
    }

    public static String display(BigDecimal v, int decimals, Unit unit) {
        return fmt(v, decimals) + unit.label();
    }

    /** ERROR for {@link Agreement#DISAGREES}, WARNING for truncation and one-unit-apart, null when it agrees. */
    public static Severity severity(Agreement a) {
        return switch (a) {
            case AGREES -> null;
            case AGREES_ONLY_IF_TRUNCATED, ONE_UNIT_APART -> Severity.WARNING;
            case DISAGREES -> Severity.ERROR;
        };
    }

    /** The end of a message: why the difference matters. */
    public static String verdict(Agreement a) {
        return switch (a) {
            case AGREES -> "在四舍五入可解释的范围内。";
            case AGREES_ONLY_IF_TRUNCATED -> "按四舍五入对不上，只有按截尾（舍去尾数）理解才能解释。";
            case ONE_UNIT_APART -> "末位相差一个单位，可能是发布方为使合计相符所作的尾数调整。";
            case DISAGREES -> "超出四舍五入可解释的范围。";
        };
    }

    /** The largest printed decimals among the figures. */
    public static int decimals(List<Amount> amounts) {
        int d = 0;
        for (Amount a : amounts) {
            d = Math.max(d, a.decimals());
        }
        return d;
    }

    /**
     * Checks {@code total = Σ ±parts} and words the finding.
     *
     * @param subject     what the total is, e.g. {@code 支出决算表中“合计”行本年支出合计}
     * @param partsPhrase what the parts are, e.g. {@code 各类之和}
     * @return the finding, or empty when the figures agree, or when every figure is blank
     */
    public static Optional<Finding> sum(String rule, Figure total, List<Part> parts, String subject,
                                        String partsPhrase) {
        if (parts.isEmpty() || (total.blank() && parts.stream().allMatch(p -> p.figure().blank()))) {
            return Optional.empty();
        }
        Check check = check(parts, total);
        Severity sev = severity(check.agreement());
        if (sev == null) {
            return Optional.empty();
        }
        return Optional.of(sumFinding(rule, sev, check, total, parts, subject, partsPhrase, ""));
    }

    /** The finding for a failed sum check, with a remark appended to the message (may be empty). */
    public static Finding sumFinding(String rule, Severity sev, Check check, Figure total, List<Part> parts,
                                     String subject, String partsPhrase, String remark) {
        Unit unit = total.amount().unit();
        List<Amount> all = new ArrayList<>(parts.stream().map(p -> p.figure().amount()).toList());
        all.add(total.amount());
        int d = decimals(all);
        BigDecimal computed = check.difference().add(total.amount().value());
        BigDecimal diff = check.difference();
        String msg = subject + "为" + (total.blank() ? "空白（按0计）" : display(total.amount())) + "，而" + partsPhrase
                + "为" + display(computed, d, unit) + "，相差" + display(diff.abs(), d, unit) + "，"
                + verdict(check.agreement()) + remark;
        Map<String, Amount> figs = new LinkedHashMap<>();
        figs.put("stated", total.amount());
        figs.put("computed", new Amount(computed, d, unit, null));
        figs.put("difference", new Amount(diff, d, unit, null));
        List<Evidence> ev = new ArrayList<>();
        ev.add(total.evidence());
        parts.forEach(p -> ev.add(p.figure().evidence()));
        return new Finding(rule, sev, msg, figs, ev);
    }

    /**
     * Checks two printings of one fact with {@link Consistency#samefact}.
     *
     * @param aName what the first figure is, e.g. {@code 收入支出决算总表中“本年支出合计”}
     * @param bName what the second is
     * @return the finding, or empty when they agree
     */
    public static Optional<Finding> samefact(String rule, Figure a, String aName, Figure b, String bName) {
        if (a.blank() && b.blank()) {
            return Optional.empty();
        }
        Check check = Consistency.samefact(exact(a), exact(b));
        Severity sev = severity(check.agreement());
        if (sev == null) {
            return Optional.empty();
        }
        int d = Math.max(a.amount().decimals(), b.amount().decimals());
        Unit unit = a.amount().unit();
        String msg = aName + "为" + (a.blank() ? "空白" : display(a.amount())) + "，而" + bName + "为"
                + (b.blank() ? "空白" : display(io.github.suanzhang.core.interval.Intervals.convert(b.amount(), unit)))
                + "，相差" + display(check.difference().abs(), d, unit) + "，" + verdict(check.agreement());
        Map<String, Amount> figs = new LinkedHashMap<>();
        figs.put("stated", a.amount());
        figs.put("table", b.amount());
        figs.put("difference", new Amount(check.difference(), d, unit, null));
        return Optional.of(new Finding(rule, sev, msg, figs, List.of(a.evidence(), b.evidence())));
    }
}
