package io.github.suanzhang.reconcile.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.reconcile.Reconciler;
import java.util.List;
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
    void the_seed_tables_give_no_finding_at_all() {
        Audit a = new Reconciler().audit(SeedTables.disclosure());
        assertEquals(List.of(), a.findings().stream().map(Finding::message).toList());
    }
}
