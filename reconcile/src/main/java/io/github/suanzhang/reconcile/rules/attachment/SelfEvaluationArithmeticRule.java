package io.github.suanzhang.reconcile.rules.attachment;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.FindingFigure;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.interval.Agreement;
import io.github.suanzhang.core.interval.Check;
import io.github.suanzhang.core.interval.Consistency;
import io.github.suanzhang.core.interval.Interval;
import io.github.suanzhang.core.interval.Intervals;
import io.github.suanzhang.core.interval.Reading;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import io.github.suanzhang.reconcile.rules.narrative.Narrative;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The arithmetic of a performance self-evaluation table ({@link SelfEvaluation}):
 * <ul>
 *   <li>执行率 = B / A on the budget line (ERROR when no rounding explains the printed rate);</li>
 *   <li>得分 = 分值 × B/A, capped at the 分值, on the budget line and on each quantitative indicator;
 *       A/B for reverse indicators (目标值 ≤ X: ≤, {@code <}, 以下, 不超过, 不高于). The 分值 is exact (a designed
 *       weight), A and B stand for their rounding intervals. WARNING, not ERROR: the template lets units
 *       score some indicators qualitatively, so a score that differs from the formula may be a choice;</li>
 *   <li>总分 = Σ 得分 ({@link Consistency#sum}; ERROR when no rounding explains it) — every row with a
 *       score counts, also one whose weight the OCR lost; not checked when the table is not
 *       {@linkplain SelfEvaluation#complete() complete} (a row the reader could not read).</li>
 * </ul>
 * Indicators are checked only when A and B are both figures in one unit (both % or both plain counts),
 * A ≠ 0; a B stated as a bound (全年超过6,000份) is checked only where it already reaches A (score = 分值).
 * Truncation-only agreement is a WARNING throughout.
 */
@RuleMeta(id = "attachment.self-evaluation", severity = Severity.ERROR, summary = "绩效自评表：得分=分值×B/A（不超过分值），总分=Σ得分，执行率=B/A")
public final class SelfEvaluationArithmeticRule implements Rule {
    static final String ID = "attachment.self-evaluation";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern REVERSE = Pattern.compile("≤|<|＜|以下|不超过|不高于|低于|以内");
    private static final Pattern BOUND = Pattern.compile("超过|以上|≥|>|＞|不低于|不少于|大于");

    @Override
    public Stream<Finding> check(Disclosure d) {
        List<Finding> out = new ArrayList<>();
        for (SelfEvaluation e : SelfEvaluation.in(d)) {
            e.budget().ifPresent(b -> {
                rate(e, b).ifPresent(out::add);
                if (b.budget() != null && b.actual() != null && b.weight() != null && b.score() != null
                        && b.budget().amount().value().signum() > 0
                        && Intervals.compatible(b.budget().amount().unit(), b.actual().amount().unit())) {
                    score(e, "预算执行情况", b.weight(), b.budget(), b.actual(), b.score(), false).ifPresent(out::add);
                }
            });
            for (SelfEvaluation.Indicator i : e.indicators()) {
                indicator(e, i).ifPresent(out::add);
            }
            total(e).ifPresent(out::add);
        }
        return out.stream();
    }

    private static Optional<Finding> rate(SelfEvaluation e, SelfEvaluation.Budget b) {
        if (b.budget() == null || b.actual() == null || b.rate() == null || b.rate().amount().unit() != Unit.PERCENT
                || b.budget().amount().value().signum() == 0
                || !Intervals.compatible(b.budget().amount().unit(), b.actual().amount().unit())) {
            return Optional.empty();
        }
        Amount rate = b.rate().amount();
        Check k = Consistency.share(b.actual().amount(), b.budget().amount(), rate);
        if (k.agrees()) {
            return Optional.empty();
        }
        Severity sev = k.agreement() == Agreement.AGREES_ONLY_IF_TRUNCATED ? Severity.WARNING : Severity.ERROR;
        String computed = Narrative.plain(k.computed().midpoint().setScale(rate.decimals() + 2, RoundingMode.HALF_UP));
        String msg = e.name() + "的预算执行率印为" + rate.display() + "，而执行数" + b.actual().amount().display() + "÷预算数"
                + b.budget().amount().display() + "为" + computed + "%" + (sev == Severity.WARNING ? "，只有截尾才能得到所印比率。" : "。");
        Map<String, Amount> fig = new LinkedHashMap<>();
        fig.put(FindingFigure.STATED, rate);
        fig.put("budget", b.budget().amount());
        fig.put("actual", b.actual().amount());
        fig.put(FindingFigure.COMPUTED, Narrative.figure(k.computed().midpoint().setScale(rate.decimals() + 4, RoundingMode.HALF_UP), Unit.PERCENT));
        fig.put(FindingFigure.DIFFERENCE, Narrative.figure(k.difference(), Unit.PERCENT));
        return Optional.of(new Finding(ID, sev, msg, fig,
                List.of(b.rate().evidence(), b.budget().evidence(), b.actual().evidence())));
    }

    private static Optional<Finding> indicator(SelfEvaluation e, SelfEvaluation.Indicator i) {
        if (i.weight() == null || i.target() == null || i.actual() == null) {
            return Optional.empty();
        }
        Amount a = i.target().amount();
        Amount b = i.actual().amount();
        if (a.unit() != b.unit() || a.value().signum() == 0 || b.unit().isMonetary()) {
            return Optional.empty();
        }
        boolean reverse = REVERSE.matcher(i.target().text()).find();
        if (BOUND.matcher(i.actual().text()).find()) {
            if (reverse || b.value().compareTo(a.value()) < 0) {
                return Optional.empty();
            }
        }
        if (reverse && b.value().signum() == 0) {
            return Optional.empty();
        }
        return score(e, i.name(), i.weight(), i.target(), i.actual(), i.score(), reverse);
    }

    private static Optional<Finding> score(SelfEvaluation e, String name, SelfEvaluation.Figure weight,
                                           SelfEvaluation.Figure target, SelfEvaluation.Figure actual,
                                           SelfEvaluation.Figure score, boolean reverse) {
        BigDecimal w = weight.amount().value();
        Amount a = target.amount();
        Amount b = actual.amount();
        Amount stated = score.amount();
        if (w.signum() <= 0 || stated.unit() == Unit.PERCENT) {
            return Optional.empty();
        }
        boolean bounded = BOUND.matcher(actual.text()).find();
        Check k = null;
        for (Reading r : Reading.values()) {
            Interval ratio;
            if (bounded) {
                ratio = Interval.exact(BigDecimal.ONE);
            } else {
                Interval ia = Intervals.of(a, a.unit(), r);
                Interval ib = Intervals.of(b, a.unit(), r);
                ratio = reverse ? ia.dividedBy(ib) : ib.dividedBy(ia);
            }
            Interval computed = cap(ratio.times(w), w);
            Interval s = Interval.of(stated, r);
            BigDecimal diff = computed.midpoint().subtract(stated.value());
            if (computed.intersects(s)) {
                k = new Check(r == Reading.ROUNDED ? Agreement.AGREES : Agreement.AGREES_ONLY_IF_TRUNCATED, computed, s, diff, Unit.NONE);
                break;
            }
            if (k == null) {
                k = new Check(Agreement.DISAGREES, computed, s, diff, Unit.NONE);
            }
        }
        if (k.agrees()) {
            return Optional.empty();
        }
        String computed = Narrative.plain(k.computed().midpoint().setScale(Math.max(2, stated.decimals()), RoundingMode.HALF_UP));
        String msg = e.name() + "中" + Narrative.quote(name) + "的得分印为" + Narrative.plain(stated.value()) + "分，而按"
                + (reverse ? "分值×A/B" : "分值×B/A") + "（分值" + Narrative.plain(w) + "，A=" + target.text().strip()
                + "，B=" + actual.text().strip() + "，不超过分值）应为" + computed + "分。";
        Map<String, Amount> fig = new LinkedHashMap<>();
        fig.put(FindingFigure.STATED, stated);
        fig.put("weight", weight.amount());
        fig.put("target", a);
        fig.put("actual", b);
        fig.put(FindingFigure.COMPUTED, Narrative.figure(k.computed().midpoint().setScale(4, RoundingMode.HALF_UP), Unit.NONE));
        fig.put(FindingFigure.DIFFERENCE, Narrative.figure(k.difference(), Unit.NONE));
        return Optional.of(new Finding(ID, Severity.WARNING, msg, fig,
                List.of(score.evidence(), weight.evidence(), target.evidence(), actual.evidence())));
    }

    private static Interval cap(Interval i, BigDecimal w) {
        if (i.lo().compareTo(w) >= 0) {
            return Interval.exact(w);
        }
        if (i.hi().compareTo(w) > 0) {
            return new Interval(i.lo(), i.loOpen(), w, false);
        }
        return i;
    }

    private static Optional<Finding> total(SelfEvaluation e) {
        if (e.total().isEmpty() || !e.complete()) {
            return Optional.empty();
        }
        List<SelfEvaluation.Figure> parts = new ArrayList<>();
        e.budget().map(SelfEvaluation.Budget::score).ifPresent(parts::add);
        e.indicators().forEach(i -> parts.add(i.score()));
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        Amount total = e.total().get().amount();
        List<Amount> amounts = parts.stream().map(SelfEvaluation.Figure::amount).toList();
        if (amounts.stream().anyMatch(x -> !Intervals.compatible(x.unit(), total.unit()))) {
            return Optional.empty();
        }
        Check k = Consistency.sum(amounts, total);
        if (k.agrees()) {
            return Optional.empty();
        }
        Severity sev = k.agreement() == Agreement.AGREES_ONLY_IF_TRUNCATED ? Severity.WARNING : Severity.ERROR;
        BigDecimal sum = amounts.stream().map(Amount::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        String msg = e.name() + "的总分印为" + Narrative.plain(total.value()) + "分，而各项得分之和为" + Narrative.plain(sum)
                + "分，相差" + Narrative.plain(sum.subtract(total.value()).abs()) + "分。";
        Map<String, Amount> fig = new LinkedHashMap<>();
        fig.put(FindingFigure.STATED, total);
        fig.put(FindingFigure.COMPUTED, Narrative.figure(sum, total.unit()));
        fig.put(FindingFigure.DIFFERENCE, Narrative.figure(sum.subtract(total.value()), total.unit()));
        List<Evidence> ev = new ArrayList<>();
        ev.add(e.total().get().evidence());
        parts.forEach(p -> ev.add(p.evidence()));
        return Optional.of(new Finding(ID, sev, msg, fig, ev));
    }
}
