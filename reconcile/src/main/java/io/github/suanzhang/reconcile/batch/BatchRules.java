package io.github.suanzhang.reconcile.batch;

import java.util.List;

/** The catalogue of rules across documents ({@code batch.*}). */
public final class BatchRules {
    private BatchRules() {
    }

    /** @return the {@code batch.*} rules, in the order they run; new instances each call */
    public static List<BatchRule> all() {
        return List.of(new PreviousYearRule(), new BudgetVsFinalRule(), new UnitsRule(), new RepublishedRule());
    }
}
