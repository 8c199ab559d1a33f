package io.github.suanzhang.reconcile.rules;

import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.FindingFigure;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.interval.Agreement;
import io.github.suanzhang.core.interval.Check;
import io.github.suanzhang.core.interval.Consistency;
import io.github.suanzhang.core.interval.Intervals;
import io.github.suanzhang.core.interval.Term;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.reconcile.Compared;
import io.github.suanzhang.reconcile.rules.Figures.Figure;
import io.github.suanzhang.reconcile.rules.Figures.Part;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks the table-side rules make of figures and the findings they word: {@code total = Σ ±parts}
 * ({@link #sum}) and two printings of one fact ({@link #samefact}), blanks as exact zeros
 * ({@link Figures#exact}). Stateless; static methods only. Every check notes the cells it compared
 * ({@link Compared}): the coverage of the document's table figures.
 */
public final class FigureChecks {
    private FigureChecks() {
    }

    /**
     * Checks {@code total = Σ ±parts} with blanks as exact zeros. When exactly one part is printed (added)
     * and the total is printed with the same decimals and unit, the two are one fact printed twice: {@link Consistency#samefact}, so that
     * 872.87 against 872.88 is {@link Agreement#ONE_UNIT_APART} rather than a touching pair of intervals.
     */
    public static Check check(List<Part> parts, Figure total) {
        Compared.cell(total.evidence());
        parts.forEach(p -> Compared.cell(p.figure().evidence()));
        return trial(parts, total);
    }

    /**
     * {@link #check} without noting the cells as compared: for a rule that first tries an identity on a whole table to
     * decide whether it can judge the table at all (its columns identified with certainty), and then checks.
     */
    public static Check trial(List<Part> parts, Figure total) {
        List<Part> printed = parts.stream().filter(p -> !p.figure().blank()).toList();
        if (printed.size() == 1 && printed.get(0).sign() == Term.Sign.PLUS && !total.blank()
                && printed.get(0).figure().amount().decimals() == total.amount().decimals()
                && printed.get(0).figure().amount().unit() == total.amount().unit()) {
            Check c = Consistency.samefact(printed.get(0).figure().amount(), total.amount());
            return new Check(c.agreement(), c.computed(), c.stated(), c.difference(), c.unit());
        }
        return Consistency.combination(parts.stream().map(Part::term).toList(), Figures.exact(total));
    }

    /** ERROR for {@link Agreement#DISAGREES}, WARNING for truncation and one-unit-apart, null when it agrees. */
    public static Severity severity(Agreement a) {
        return switch (a) {
            case AGREES -> null;
            case AGREES_ONLY_IF_TRUNCATED, ONE_UNIT_APART -> Severity.WARNING;
            case DISAGREES -> Severity.ERROR;
        };
    }

    /** The largest printed decimals among the figures. */
    public static int decimals(List<Amount> amounts) {
        int d = 0;
        for (Amount a : amounts) {
            d = Math.max(d, a.decimals());
        }
        return d;
    }

    /**
     * Checks {@code total = Σ ±parts} and words the finding.
     *
     * @param subject     what the total is, e.g. {@code 支出决算表中“合计”行本年支出合计}
     * @param partsPhrase what the parts are, e.g. {@code 各类之和}
     * @return the finding, or empty when the figures agree, or when every figure is blank
     */
    public static Optional<Finding> sum(String rule, Figure total, List<Part> parts, String subject,
                                        String partsPhrase) {
        if (parts.isEmpty() || (total.blank() && parts.stream().allMatch(p -> p.figure().blank()))) {
            return Optional.empty();
        }
        Check check = check(parts, total);
        Severity sev = severity(check.agreement());
        if (sev == null) {
            return Optional.empty();
        }
        return Optional.of(sumFinding(rule, sev, check, total, parts, subject, partsPhrase, ""));
    }

    /** The finding for a failed sum check, with a remark appended to the message (may be empty). */
    public static Finding sumFinding(String rule, Severity sev, Check check, Figure total, List<Part> parts,
                                     String subject, String partsPhrase, String remark) {
        Unit unit = total.amount().unit();
        List<Amount> all = new ArrayList<>(parts.stream().map(p -> p.figure().amount()).toList());
        all.add(total.amount());
        int d = decimals(all);
        BigDecimal computed = check.difference().add(total.amount().value());
        BigDecimal diff = check.difference();
        String msg = subject + "为" + (total.blank() ? "空白（按0计）" : Wording.display(total.amount())) + "，而" + partsPhrase
                + "为" + Wording.display(computed, d, unit) + "，相差" + Wording.display(diff.abs(), d, unit) + "，"
                + Wording.verdict(check.agreement()) + remark;
        Map<String, Amount> figs = new LinkedHashMap<>();
        figs.put(FindingFigure.STATED, total.amount());
        figs.put(FindingFigure.COMPUTED, new Amount(computed, d, unit, null));
        figs.put(FindingFigure.DIFFERENCE, new Amount(diff, d, unit, null));
        List<Evidence> ev = new ArrayList<>();
        ev.add(total.evidence());
        parts.forEach(p -> ev.add(p.figure().evidence()));
        return new Finding(rule, sev, msg, figs, ev);
    }

    /**
     * Checks two printings of one fact with {@link Consistency#samefact}.
     *
     * @param aName what the first figure is, e.g. {@code 收入支出决算总表中“本年支出合计”}
     * @param bName what the second is
     * @return the finding, or empty when they agree
     */
    public static Optional<Finding> samefact(String rule, Figure a, String aName, Figure b, String bName) {
        if (a.blank() && b.blank()) {
            return Optional.empty();
        }
        Compared.cell(a.evidence());
        Compared.cell(b.evidence());
        Check check = Consistency.samefact(Figures.exact(a), Figures.exact(b));
        Severity sev = severity(check.agreement());
        if (sev == null) {
            return Optional.empty();
        }
        int d = Math.max(a.amount().decimals(), b.amount().decimals());
        Unit unit = a.amount().unit();
        String msg = aName + "为" + (a.blank() ? "空白" : Wording.display(a.amount())) + "，而" + bName + "为"
                + (b.blank() ? "空白" : Wording.display(Intervals.convert(b.amount(), unit)))
                + "，相差" + Wording.display(check.difference().abs(), d, unit) + "，" + Wording.verdict(check.agreement());
        Map<String, Amount> figs = new LinkedHashMap<>();
        figs.put(FindingFigure.STATED, a.amount());
        figs.put(FindingFigure.TABLE, b.amount());
        figs.put(FindingFigure.DIFFERENCE, new Amount(check.difference(), d, unit, null));
        return Optional.of(new Finding(rule, sev, msg, figs, List.of(a.evidence(), b.evidence())));
    }
}
