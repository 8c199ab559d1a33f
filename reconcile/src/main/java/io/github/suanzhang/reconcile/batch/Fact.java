package io.github.suanzhang.reconcile.batch;

import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.interval.Interval;
import io.github.suanzhang.core.number.Amount;
import java.util.Objects;

/**
 * One figure a document prints that another document of the batch may print too.
 *
 * @param basis    whose figure it is (this year's, last year's budget, the opening budget …)
 * @param family   the measure's table family
 * @param column   the canonical column: {@code total}, {@code basic}, {@code project}; for 三公 {@code total},
 *                 {@code outbound}, {@code vehicle}, {@code vehicle_purchase}, {@code vehicle_operation},
 *                 {@code reception}
 * @param line     the functional subject code ({@code 2080101}), or {@code 合计} for the table's total line
 * @param amount   the figure as printed
 * @param evidence where it is printed (cell or sentence)
 * @param range    for a figure the document does not print but states through a change (上年 = this year's
 *                 figure ∓ the stated 增减额), the interval it can be, in 万元; null for a printed figure
 * @param change   for such a figure, the stated change it was derived with (as printed); else null
 */
public record Fact(Basis basis, Family family, String column, String line, Amount amount, Evidence evidence,
                   Interval range, Amount change) {
    public Fact {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(amount, "amount");
    }

    /** A figure as printed. */
    public Fact(Basis basis, Family family, String column, String line, Amount amount, Evidence evidence) {
        this(basis, family, column, line, amount, evidence, null, null);
    }

    /** Whether the figure is derived from a stated change rather than printed. */
    public boolean derived() {
        return range != null;
    }

    /** What the figure is of, without whose: family, column and line. */
    public String measure() {
        return family.name() + "|" + column + "|" + line;
    }

    /** "一般公共预算财政拨款支出 2080101 合计列" for messages. */
    public String describe() {
        return family.label() + " " + line + (column.equals("total") ? "" : " " + column);
    }
}
