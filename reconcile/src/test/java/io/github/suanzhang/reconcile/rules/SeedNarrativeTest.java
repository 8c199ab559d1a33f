package io.github.suanzhang.reconcile.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.reconcile.Reconciler;
import io.github.suanzhang.reconcile.Rules;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The seed's narrative discrepancies (README items 1–9) through the narrative and attachment rules: each
 * reported with both figures, and nothing else in the seed reported as WARNING or ERROR.
 */
class SeedNarrativeTest {
    private static final Set<String> OURS = Set.of("narrative.", "attachment.");

    private static List<Finding> findings() {
        Audit a = new Reconciler(Rules.all().stream()
                .filter(r -> OURS.stream().anyMatch(p -> r.id().startsWith(p))).toList()).audit(Seed.disclosure());
        assertTrue(a.disclosure().problems().isEmpty(), () -> "a rule failed: " + a.disclosure().problems());
        return a.findings();
    }

    private static String key(Finding f) {
        return f.rule() + " " + f.severity() + " " + f.evidence().get(0).place().line();
    }

    @Test
    void the_nine_known_discrepancies_and_nothing_else_serious() {
        List<Finding> fs = findings();
        Set<String> serious = fs.stream().filter(f -> f.severity() != Severity.INFO).map(SeedNarrativeTest::key)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>(List.of(
                "narrative.amount WARNING 1018",        // 1 行政运行 872.88 vs 872.87
                "narrative.amount WARNING 1025",        // 2 提租补贴 18.28 vs 18.29
                "narrative.class-names WARNING 1018",   // 3 一般公共服务支出(类)财政事务(款)行政运行(项)
                "narrative.class-names WARNING 1013",   // 4 一般公共服务(类) 1,225.06
                "narrative.share WARNING 1014",         // 5 10.7% only if truncated
                "narrative.direction WARNING 1020",     // 6 5.95 < 8.57 but 增加主要原因
                "narrative.year WARNING 1038",          // 7 2022年度部门决算 in a 2023 report
                "attachment.vs-narrative ERROR 1037",   // 8 unit: 1,591.17 / 97.6% vs 1,553.51 / 100%
                "attachment.vs-narrative ERROR 1039")); // 9 project: 213.55 / 112.5% vs 240.27 / 100%
        assertEquals(expected, serious, () -> fs.stream().map(f -> key(f) + " " + f.message()).collect(Collectors.joining("\n")));
        Set<String> info = fs.stream().filter(f -> f.severity() == Severity.INFO).map(SeedNarrativeTest::key)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of("narrative.class-names INFO 1041", "narrative.scope INFO 1038")), info);
    }

    @Test
    void items_1_and_2_carry_both_figures_and_both_places() {
        Finding one = findings().stream().filter(f -> key(f).equals("narrative.amount WARNING 1018")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("872.88").compareTo(one.figures().get("stated").value()));
        assertEquals(0, new BigDecimal("872.87").compareTo(one.figures().get("table").value()));
        assertEquals(0, new BigDecimal("0.01").compareTo(one.figures().get("difference").value()));
        assertTrue(one.evidence().stream().anyMatch(e -> "t03".equals(e.table()) && "total".equals(e.column())));
        assertTrue(one.message().contains("872.88万元") && one.message().contains("872.87万元"), one.message());
        Finding two = findings().stream().filter(f -> key(f).equals("narrative.amount WARNING 1025")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("18.28").compareTo(two.figures().get("stated").value()));
        assertEquals(0, new BigDecimal("18.29").compareTo(two.figures().get("table").value()));
        assertTrue(two.evidence().size() >= 2);
    }

    @Test
    void items_8_and_9_name_budget_and_rate_on_both_sides() {
        List<Finding> vs = findings().stream().filter(f -> f.rule().equals("attachment.vs-narrative")).toList();
        Finding unit = vs.stream().filter(f -> f.evidence().get(0).place().line() == 1037).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("1591.17").compareTo(unit.figures().get("stated_budget").value()));
        assertEquals(0, new BigDecimal("1553.51").compareTo(unit.figures().get("table_budget").value()));
        assertEquals(0, new BigDecimal("97.6").compareTo(unit.figures().get("stated_rate").value()));
        assertEquals(0, new BigDecimal("100").compareTo(unit.figures().get("table_rate").value()));
        assertTrue(unit.evidence().stream().anyMatch(e -> "t10".equals(e.table())));
        Finding project = vs.stream().filter(f -> f.evidence().get(0).place().line() == 1039).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("213.55").compareTo(project.figures().get("stated_budget").value()));
        assertEquals(0, new BigDecimal("240.27").compareTo(project.figures().get("table_budget").value()));
        assertTrue(project.evidence().stream().anyMatch(e -> "t11".equals(e.table())));
    }
}
