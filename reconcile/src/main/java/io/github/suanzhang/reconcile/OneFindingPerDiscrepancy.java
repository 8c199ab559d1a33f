package io.github.suanzhang.reconcile;

import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.number.Amount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One discrepancy, one finding (issue 13 item 6): findings that report the same printed values at the same
 * places — by two rules, or by one rule twice — are one discrepancy, and only the most specific of them is
 * kept. Two findings are the same discrepancy when they have the same set of printed figures (figures read
 * off the document, with their {@code raw} text; computed figures such as a difference do not count), at
 * least two of them, and the same set of evidence places (page, box or line, table, row, column).
 *
 * <p>The kept finding is the first by {@link #SPECIFICITY} (a rule earlier in the list is more specific),
 * then by severity (the more serious), then by the rules' order. The order: rules that compare two printed
 * figures of one subject directly (the narrative with itself, a claim's class names, a claim with its table
 * line, one code in two tables), then rules that compute a figure from several (a claim's own arithmetic:
 * share, completion, change, breakdown; the wording rules), then a table's own arithmetic, then totals across
 * tables; rules not listed come last. Stateless.
 */
final class OneFindingPerDiscrepancy {
    /** Rule ids from the most to the least specific. */
    static final List<String> SPECIFICITY = List.of(
            "narrative.self", "narrative.class-names", "narrative.amount", "cross.same-code",
            "narrative.share", "narrative.completion", "narrative.change", "narrative.breakdown",
            "narrative.direction", "narrative.year", "narrative.scope",
            "attachment.vs-narrative", "attachment.self-evaluation",
            "table.hierarchy", "table.economic", "table.formula", "table.completeness",
            "cross.totals");

    private OneFindingPerDiscrepancy() {
    }

    /** The findings with every repeated discrepancy reported once; order otherwise kept. */
    static List<Finding> apply(List<Finding> findings) {
        Map<Object, Integer> kept = new LinkedHashMap<>();   // key → index of the kept finding in findings
        Set<Integer> dropped = new HashSet<>();
        for (int i = 0; i < findings.size(); i++) {
            Object key = key(findings.get(i));
            if (key == null) {
                continue;
            }
            Integer j = kept.get(key);
            if (j == null) {
                kept.put(key, i);
            } else if (BETTER.compare(findings.get(i), findings.get(j)) < 0) {
                kept.put(key, i);
                dropped.add(j);
            } else {
                dropped.add(i);
            }
        }
        if (dropped.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size() - dropped.size());
        for (int i = 0; i < findings.size(); i++) {
            if (!dropped.contains(i)) {
                out.add(findings.get(i));
            }
        }
        return out;
    }

    static int rank(String rule) {
        int i = SPECIFICITY.indexOf(rule);
        return i < 0 ? SPECIFICITY.size() : i;
    }

    private static final Comparator<Finding> BETTER = Comparator.<Finding>comparingInt(f -> rank(f.rule()))
            .thenComparing(Finding::severity);

    /** The printed values and places of {@code f}, or null when it has fewer than two printed values or no place. */
    static Object key(Finding f) {
        Set<String> values = new HashSet<>();
        for (Amount a : f.figures().values()) {
            if (a.raw() != null && !a.raw().isBlank()) {
                values.add(a.value().stripTrailingZeros().toPlainString() + a.unit().label());
            }
        }
        if (values.size() < 2 || f.evidence().isEmpty()) {
            return null;
        }
        Set<List<Object>> places = new HashSet<>();
        for (Evidence e : f.evidence()) {
            places.add(java.util.Arrays.asList(e.place(), e.table(), e.row(), e.column()));
        }
        return List.of(values, places);
    }
}
