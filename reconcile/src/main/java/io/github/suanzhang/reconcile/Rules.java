package io.github.suanzhang.reconcile;

import io.github.suanzhang.reconcile.rules.cross.CrossTableTotalsRule;
import io.github.suanzhang.reconcile.rules.cross.SameCodeSameFactRule;
import io.github.suanzhang.reconcile.rules.table.CompletenessRule;
import io.github.suanzhang.reconcile.rules.table.EconomicHierarchyRule;
import io.github.suanzhang.reconcile.rules.table.PrintedFormulaRule;
import io.github.suanzhang.reconcile.rules.table.SubjectHierarchyRule;
import java.util.List;

/** The rule catalogue. A new rule is added here (and {@code RulesTest} fails until it is). */
public final class Rules {
    private Rules() {
    }

    public static List<Rule> all() {
        return List.of(
                new PrintedFormulaRule(),
                new SubjectHierarchyRule(),
                new EconomicHierarchyRule(),
                new CrossTableTotalsRule(),
                new SameCodeSameFactRule(),
                new CompletenessRule());
    }
}
