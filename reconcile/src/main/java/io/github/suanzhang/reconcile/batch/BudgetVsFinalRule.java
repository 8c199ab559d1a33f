package io.github.suanzhang.reconcile.batch;

import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.reconcile.RuleMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A 决算's opening budget (年初预算为… in the narrative, the 预算数 columns of its 三公 table) against the 预算
 * published for the same entity, scope and year, line by code. A WARNING, not an ERROR: a 决算's 年初预算数 may
 * legitimately count what the 预算 table leaves out (funds carried over, 上年结转), so a difference is worth a
 * look but not proof of a mistake.
 */
@RuleMeta(id = "batch.budget-vs-final", severity = Severity.WARNING,
        summary = "决算所印年初预算数与同年预算文件所印数一致")
final class BudgetVsFinalRule implements BatchRule {
    static final String ID = "batch.budget-vs-final";

    @Override
    public LinkKind kind() {
        return LinkKind.BUDGET_FINAL;
    }

    @Override
    public Stream<Finding> check(DocumentIndex from, List<Linked> linked) {
        List<Finding> out = new ArrayList<>();
        for (Linked l : linked) {
            DocumentIndex budget = l.index();
            out.addAll(Compare.measures(ID, from.facts(Basis.OPENING_BUDGET).values(), budget.facts(Basis.CURRENT),
                    (mine, t) -> true, (mine, t) -> Compare.differ(mine.amount(), t.amount())
                            ? Compare.pair(ID, Severity.WARNING, from.identity().year() + "年决算所印年初预算数（"
                                    + mine.describe() + "）为" + mine.amount().display() + "，同年预算文件印为"
                                    + t.amount().display(),
                            from.file(), mine, "opening_budget", budget.file(), t, "budget_document")
                            : null, from.file(), budget.file()));
        }
        return out.stream();
    }
}
