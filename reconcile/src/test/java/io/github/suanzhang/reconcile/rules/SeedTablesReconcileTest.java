package io.github.suanzhang.reconcile.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.reconcile.Reconciler;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seed's tables reconcile: no table-side rule reports an ERROR or a WARNING on them (issue 5). */
class SeedTablesReconcileTest {

    @Test
    void the_seed_tables_give_no_error_and_no_warning() {
        Audit a = new Reconciler().audit(SeedTables.disclosure());
        List<Finding> serious = a.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
        assertEquals(List.of(), serious.stream().map(Finding::message).toList());
        assertEquals(0, a.disclosure().problems().size(), a.disclosure().problems().toString());
    }

    @Test
    void one_wrong_total_in_the_seed_is_found_by_the_sum_rules_with_both_sides() {
        Disclosure d = Fixture.disclosure().table(SeedTables.summary()).table(SeedTables.income())
                .table(SeedTables.expenditure("1,553.61")).table(SeedTables.generalBudget()).build();
        List<Finding> errors = new Reconciler().audit(d).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
        assertEquals(Set.of("table.formula", "table.hierarchy"), errors.stream().map(Finding::rule).collect(Collectors.toSet()));
        for (Finding f : errors) {
            assertTrue(f.evidence().stream().anyMatch(e -> "t03".equals(e.table()) && e.row() == 0 && "total".equals(e.column())),
                    f.toString());
            assertTrue(f.evidence().size() >= 3, "the total and its parts");
        }
    }

    @Test
    void the_seed_tables_give_no_finding_at_all() {
        Audit a = new Reconciler().audit(SeedTables.disclosure());
        assertEquals(List.of(), a.findings().stream().map(Finding::message).toList());
    }
}
