package io.github.suanzhang.reconcile.rules.narrative.subject;

import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.interval.Agreement;
import io.github.suanzhang.core.interval.Consistency;
import io.github.suanzhang.core.interval.Intervals;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.reconcile.rules.narrative.Measure;
import io.github.suanzhang.reconcile.rules.narrative.SubjectIndex;
import io.github.suanzhang.reconcile.rules.narrative.TableFigure;
import java.util.ArrayList;
import java.util.List;

/**
 * The self-check before a narrative ERROR: when another line of the same measure (the {@code total} of any
 * coded line of the tables holding that measure, or any general subject's cell) prints the stated figure
 * (as the same fact, or one unit apart), the claim may well be about that line, and the match that gave
 * the discrepancy is doubtful. The rule then reports INFO naming both candidates instead of an ERROR.
 */
public final class SelfCheck {
    private SelfCheck() {
    }

    /** The table figures of {@code measure} that print {@code amount}, in table order, without repeats. */
    public static List<TableFigure> figuresWithAmount(SubjectIndex index, Amount amount, Measure measure, boolean income) {
        List<TableFigure> out = new ArrayList<>();
        for (SubjectCode c : index.codes()) {
            for (TableFigure f : index.figures(c, measure, income)) {
                add(out, f, amount);
            }
        }
        for (String key : SubjectIndex.generalKeys()) {
            for (TableFigure f : index.general(key, measure)) {
                add(out, f, amount);
            }
        }
        return out;
    }

    private static void add(List<TableFigure> out, TableFigure f, Amount amount) {
        if (!Intervals.compatible(f.amount().unit(), amount.unit())) {
            return;
        }
        Agreement a = Consistency.samefact(f.amount(), amount).agreement();
        if ((a == Agreement.AGREES || a == Agreement.ONE_UNIT_APART)
                && out.stream().noneMatch(o -> o.evidence().equals(f.evidence()))) {
            out.add(f);
        }
    }
}
