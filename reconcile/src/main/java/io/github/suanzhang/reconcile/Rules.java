package io.github.suanzhang.reconcile;

import io.github.suanzhang.reconcile.rules.attachment.SelfEvaluationArithmeticRule;
import io.github.suanzhang.reconcile.rules.attachment.SelfEvaluationVsNarrativeRule;
import io.github.suanzhang.reconcile.rules.narrative.DirectionWordRule;
import io.github.suanzhang.reconcile.rules.narrative.NarrativeAmountRule;
import io.github.suanzhang.reconcile.rules.narrative.NarrativeChangeRule;
import io.github.suanzhang.reconcile.rules.narrative.NarrativeClassNameRule;
import io.github.suanzhang.reconcile.rules.narrative.NarrativeCompletionRule;
import io.github.suanzhang.reconcile.rules.narrative.NarrativeSelfConsistencyRule;
import io.github.suanzhang.reconcile.rules.narrative.NarrativeShareRule;
import io.github.suanzhang.reconcile.rules.narrative.ScopeWordingRule;
import io.github.suanzhang.reconcile.rules.narrative.YearReferenceRule;
import java.util.ArrayList;
import java.util.List;

/** The rule catalogue. A new rule is added here (and {@code RulesTest} fails until it is). */
public final class Rules {
    private Rules() {
    }

    public static List<Rule> all() {
        List<Rule> all = new ArrayList<>();
        // ---- narrative and attachment rules (rules.narrative, rules.attachment) ----
        all.addAll(List.of(
                new NarrativeAmountRule(),
                new NarrativeClassNameRule(),
                new NarrativeShareRule(),
                new NarrativeCompletionRule(),
                new NarrativeChangeRule(),
                new DirectionWordRule(),
                new NarrativeSelfConsistencyRule(),
                new YearReferenceRule(),
                new ScopeWordingRule(),
                new SelfEvaluationArithmeticRule(),
                new SelfEvaluationVsNarrativeRule()));
        // ---- end of narrative and attachment rules ----
        return List.copyOf(all);
    }
}
