package io.github.suanzhang.reconcile.rules;

import io.github.suanzhang.core.interval.Agreement;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.text.TextNormalizer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How the table-side rules word their findings: the names of tables, rows and columns, figures with their
 * unit ({@code 1,553.51万元}), and the verdict that ends a message. Stateless; static methods only.
 */
public final class Wording {
    private Wording() {
    }

    /** The text normalised, whitespace and zero-width characters removed: {@link TextNormalizer#compact}. */
    public static String norm(String s) {
        return TextNormalizer.compact(s);
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
        if (Figures.amountColumns(t).size() <= 1) {
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

    /** The end of a message: why the difference matters. */
    public static String verdict(Agreement a) {
        return switch (a) {
            case AGREES -> "在四舍五入可解释的范围内。";
            case AGREES_ONLY_IF_TRUNCATED -> "按四舍五入对不上，只有按截尾（舍去尾数）理解才能解释。";
            case ONE_UNIT_APART -> "末位相差一个单位，可能是发布方为使合计相符所作的尾数调整。";
            case DISAGREES -> "超出四舍五入可解释的范围。";
        };
    }
}
