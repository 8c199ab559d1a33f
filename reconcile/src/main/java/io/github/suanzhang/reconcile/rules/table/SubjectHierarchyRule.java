package io.github.suanzhang.reconcile.rules.table;

import io.github.suanzhang.core.code.Level;
import io.github.suanzhang.core.code.Scheme;
import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import io.github.suanzhang.reconcile.rules.Applicability;
import io.github.suanzhang.reconcile.rules.Hierarchy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Functional subject codes (支出功能分类) inside one table, in every amount column: 类 = Σ款, 款 = Σ项,
 * and the uncoded 合计 line = Σ类. Only the children printed in the same table are added, and a parent
 * without any is not checked. See {@link Hierarchy} for duplicated codes and truncated tables. Only
 * 部门/单位 disclosures ({@link Applicability#departmental}): government-level tables may leave lines out
 * (黑龙江 2023 表2.5 prints 201 = 3,998,882 but no 20131–20136 党委 款, whose absence makes Σ款 3,198,900).
 */
@RuleMeta(id = "table.hierarchy", severity = Severity.ERROR, summary = "功能分类科目层级：类=Σ款，款=Σ项，合计=Σ类（每个金额栏）")
public final class SubjectHierarchyRule implements Rule {

    static final String ID = "table.hierarchy";

    @Override
    public Stream<Finding> check(Disclosure disclosure) {
        if (!Applicability.departmental(disclosure)) {
            return Stream.empty(); // government-level tables may leave out 款/项 (see Applicability)
        }
        List<Finding> out = new ArrayList<>();
        for (Table t : disclosure.tables()) {
            if (t.withoutFigures() || t.kind().isTwoSided()) {
                continue;
            }
            out.addAll(Hierarchy.parents(ID, t, Scheme.FUNCTIONAL));
            Optional<Integer> total = Hierarchy.totalRow(t);
            if (total.isEmpty()) {
                continue;
            }
            Map<SubjectCode, Integer> rows = Hierarchy.uniqueCodes(t, Scheme.FUNCTIONAL);
            if (!Hierarchy.duplicatedCodes(t, Scheme.FUNCTIONAL).stream().filter(c -> c.level() == Level.CLASS)
                    .toList().isEmpty()) {
                continue;
            }
            List<Integer> classes = rows.entrySet().stream().filter(e -> e.getKey().level() == Level.CLASS)
                    .map(Map.Entry::getValue).toList();
            if (classes.isEmpty()) {
                continue;
            }
            boolean endsWithClassBlock = lastCodedRowIsLast(t);
            out.addAll(Hierarchy.sums(ID, t, total.get(), classes, "各类之和", endsWithClassBlock));
        }
        return out.stream();
    }

    /** Whether the table ends on a coded line (its 合计 printed above, the last 类 block possibly cut). */
    private static boolean lastCodedRowIsLast(Table t) {
        return !t.rows().isEmpty() && t.rows().get(t.rows().size() - 1).code() != null;
    }
}
