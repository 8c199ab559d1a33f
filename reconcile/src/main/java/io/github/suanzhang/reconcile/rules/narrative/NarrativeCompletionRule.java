package io.github.suanzhang.reconcile.rules.narrative;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.FigureRole;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.FindingFigure;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.interval.Agreement;
import io.github.suanzhang.core.interval.Check;
import io.github.suanzhang.core.interval.Consistency;
import io.github.suanzhang.core.interval.Intervals;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A stated completion rate (完成年初预算的95.1%) against actual / budget × 100 of the same sentence
 * ({@link Consistency#share}): ERROR when no rounding explains it, WARNING when only truncation does.
 * The actual against the tables is {@code narrative.amount}'s; the budget and rate against the
 * performance self-evaluation tables are {@code attachment.vs-narrative}'s.
 */
@RuleMeta(id = "narrative.completion", severity = Severity.ERROR, summary = "情况说明中的预算完成率等于决算数÷预算数")
public final class NarrativeCompletionRule implements Rule {
    static final String ID = "narrative.completion";

    @Override
    public Stream<Finding> check(Disclosure d) {
        SubjectIndex index = SubjectIndex.of(d);
        return Narrative.claims(d, ClaimKind.COMPLETION)
                .map(s -> check(s).map(f -> io.github.suanzhang.reconcile.rules.narrative.subject.Abstention.matched(f, s, index)))
                .flatMap(Optional::stream);
    }

    private static Optional<Finding> check(Narrative.Stated s) {
        Claim c = s.claim();
        Amount budget = c.figure(FigureRole.BUDGET);
        Amount actual = c.figure(FigureRole.ACTUAL);
        Amount rate = c.figure(FigureRole.RATE);
        if (budget == null || actual == null || rate == null || rate.unit() != Unit.PERCENT
                || !budget.unit().isMonetary() || !Intervals.compatible(budget.unit(), actual.unit())
                || budget.value().signum() == 0) {
            return Optional.empty();
        }
        Check check = Consistency.share(actual, budget, rate);
        if (check.agreement() == Agreement.AGREES) {
            return Optional.empty();
        }
        Severity severity = check.agreement() == Agreement.AGREES_ONLY_IF_TRUNCATED ? Severity.WARNING : Severity.ERROR;
        String computed = Narrative.plain(check.computed().midpoint().setScale(rate.decimals() + 2, RoundingMode.HALF_UP));
        String msg = "情况说明称" + Narrative.quote(s.subject()) + "预算数" + Narrative.show(budget) + "、决算（执行）数"
                + Narrative.show(actual) + "，完成" + Narrative.show(rate) + "；按两数计算为" + computed + "%"
                + (severity == Severity.WARNING ? "，所称比率只有截尾（舍去尾数）才能得到。" : "，与所称比率不符。");
        Map<String, Amount> fig = new LinkedHashMap<>();
        fig.put(FindingFigure.STATED, rate);
        fig.put("budget", budget);
        fig.put("actual", actual);
        fig.put(FindingFigure.COMPUTED, Narrative.figure(check.computed().midpoint().setScale(rate.decimals() + 4, RoundingMode.HALF_UP), Unit.PERCENT));
        fig.put(FindingFigure.DIFFERENCE, Narrative.figure(check.difference(), Unit.PERCENT));
        return Optional.of(new Finding(ID, severity, msg, fig, List.of(s.evidence())));
    }
}
