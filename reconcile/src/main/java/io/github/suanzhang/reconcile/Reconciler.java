package io.github.suanzhang.reconcile;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentKind;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs rules over a disclosure. Stateless and thread-safe: one instance may audit many documents at
 * once. A rule that throws does not end the audit: its failure becomes a {@link Problem} of the
 * result, naming the rule, and the other rules' findings stand. A document recognised as not a
 * fiscal disclosure ({@link DocumentKind#NOT_A_DISCLOSURE}: a notice, a website report, a form) is
 * checked by no rule: every rule of the catalogue is a fiscal rule. The same discrepancy reported by two
 * rules (or twice) is reported once ({@link OneFindingPerDiscrepancy}). The audit carries which table figures the
 * rules compared ({@link Compared}, {@link io.github.suanzhang.core.doc.CellCoverage}).
 */
public final class Reconciler {
    private final List<Rule> rules;

    /** A reconciler with every rule of the catalogue. */
    public Reconciler() {
        this(Rules.all());
    }

    /**
     * A reconciler with these rules, run in this order.
     *
     * @param rules the rules, e.g. a subset of {@link Rules#all()}
     */
    public Reconciler(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules this reconciler runs, in order. */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * Runs every rule over a disclosure.
     *
     * @param disclosure what was read
     * @return the disclosure (with a {@code RULE_FAILED} problem for each rule that threw) and the findings,
     *         most serious first, then by page and line of their first evidence, then by rule id
     */
    public Audit audit(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        List<Problem> failures = new ArrayList<>();
        if (disclosure.document() != null && !disclosure.document().kind().fiscal()) {
            return new Audit(disclosure, findings);
        }
        Set<Object> compared = new HashSet<>();
        List<Finding> collected = findings;
        Compared.during(() -> {
            for (Rule rule : rules) {
                try {
                    rule.check(disclosure).forEach(collected::add);
                } catch (RuntimeException e) {
                    failures.add(new Problem(ProblemKind.RULE_FAILED,
                            "规则 " + rule.id() + " 未能完成检查: " + e, Place.UNKNOWN));
                }
            }
            return null;
        }, compared);
        OcrDoubt.apply(disclosure, findings, failures);
        findings = new ArrayList<>(OneFindingPerDiscrepancy.apply(findings));
        findings.sort(ORDER);
        Disclosure d = disclosure;
        if (!failures.isEmpty()) {
            List<Problem> all = new ArrayList<>(disclosure.problems());
            all.addAll(failures);
            d = disclosure.withProblems(all);
        }
        return new Audit(d, findings, Compared.coverage(disclosure, compared));
    }

    /** Most serious first, then by the page and line of the first evidence, then by rule id. */
    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparingInt(f -> f.evidence().isEmpty() ? Integer.MAX_VALUE : f.evidence().get(0).place().page())
            .thenComparingInt(f -> f.evidence().isEmpty() ? Integer.MAX_VALUE : f.evidence().get(0).place().line())
            .thenComparing(Finding::rule);
}
