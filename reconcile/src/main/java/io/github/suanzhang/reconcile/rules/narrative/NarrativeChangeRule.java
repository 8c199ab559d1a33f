package io.github.suanzhang.reconcile.rules.narrative;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimAttribute;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Direction;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.FigureRole;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.FindingFigure;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.interval.Agreement;
import io.github.suanzhang.core.interval.Check;
import io.github.suanzhang.core.interval.Consistency;
import io.github.suanzhang.core.interval.Interval;
import io.github.suanzhang.core.interval.Intervals;
import io.github.suanzhang.core.interval.Reading;
import io.github.suanzhang.core.interval.Term;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import io.github.suanzhang.reconcile.rules.narrative.subject.Abstention;
import io.github.suanzhang.reconcile.rules.narrative.subject.OtherYearSubject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A stated change (比2022年度减少244.12万元，下降13.6%): before, after, change and percent consistent
 * with each other, under the interval model. The after figure, when the clause does not state it, is
 * the subject's figure stated in the same or the previous sentence, else its table figure (the current
 * year's). Checks: |after − before| = change; percent = change / before, with before = after ∓ change
 * when only after is known (244.12 / (1,553.51 + 244.12) = 13.58% → 13.6%). ERROR when no rounding
 * explains it, WARNING when only truncation does. The sign against the direction word is
 * {@code narrative.direction}'s.
 */
@RuleMeta(id = "narrative.change", severity = Severity.ERROR, summary = "情况说明中的增减额、增减率与前后两数相符")
public final class NarrativeChangeRule implements Rule {
    static final String ID = "narrative.change";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public Stream<Finding> check(Disclosure d) {
        SubjectIndex index = SubjectIndex.of(d);
        List<Finding> out = new ArrayList<>();
        Narrative.claims(d, ClaimKind.CHANGE).forEach(s -> check(d, index, s).map(f -> Abstention.matched(f, s, index)).ifPresent(out::add));
        return out.stream();
    }

    private static Optional<Finding> check(Disclosure d, SubjectIndex index, Narrative.Stated s) {
        Claim c = s.claim();
        if (OtherYearSubject.is(c.subject(), d.document().year())) {
            // 比上年预算(注:上年1,367.19万元,…)增加55.98万元: the reader's "subject" is only a time
            return Optional.of(Abstention.finding(ID, s, c.figure(FigureRole.PERCENT) != null ? c.figure(FigureRole.PERCENT) : c.figure(FigureRole.CHANGE),
                    null, "other-year"));
        }
        Direction dir = c.direction();
        Amount before = c.figure(FigureRole.BEFORE);
        Amount change = c.figure(FigureRole.CHANGE);
        Amount percent = c.figure(FigureRole.PERCENT);
        Amount after = c.figure(FigureRole.AFTER);
        Evidence afterEvidence = null;
        if (after == null && change != null) {
            Optional<Narrative.Source> a = currentFigure(d, index, s);
            if (a.isPresent()) {
                after = a.get().amount();
                afterEvidence = a.get().evidence();
            }
        }
        if (dir == null && before != null && after != null && Intervals.compatible(before.unit(), after.unit())) {
            int sign = Intervals.convert(after, before.unit()).value().compareTo(before.value());
            dir = sign > 0 ? Direction.UP : sign < 0 ? Direction.DOWN : Direction.FLAT;
        }
        if (dir == null || dir == Direction.FLAT) {
            return Optional.empty();
        }
        boolean up = dir == Direction.UP;
        Map<String, Amount> fig = new LinkedHashMap<>();
        List<Evidence> ev = new ArrayList<>();
        ev.add(s.evidence());
        if (afterEvidence != null && !afterEvidence.equals(s.evidence())) {
            ev.add(afterEvidence);
        }
        String word = up ? "增加" : "减少";
        // 1. the amount of the change
        if (before != null && after != null && change != null && money(before, after, change)) {
            List<Term> terms = up ? List.of(Term.plus(after), Term.minus(before)) : List.of(Term.plus(before), Term.minus(after));
            Check k = Consistency.combination(terms, change);
            if (k.agreement() != Agreement.AGREES) {
                fig.put(FindingFigure.STATED, change);
                fig.put("before", before);
                fig.put("after", after);
                fig.put(FindingFigure.COMPUTED, Narrative.figure(k.computed().midpoint(), change.unit()));
                fig.put(FindingFigure.DIFFERENCE, Narrative.figure(k.difference(), change.unit()));
                String msg = "情况说明称" + Narrative.quote(s.subject()) + "由" + Narrative.show(before) + "变为"
                        + Narrative.show(after) + "，" + word + Narrative.show(change) + "；按前后两数计算" + word + "额为"
                        + Narrative.plain(k.computed().midpoint()) + change.unit().label() + "，与所称不符。";
                return Optional.of(new Finding(ID, severity(k), msg, fig, ev));
            }
        }
        if (percent == null || percent.unit() != Unit.PERCENT) {
            return Optional.empty();
        }
        // 2. the percentage
        Check k;
        String basis;
        if (before != null && after != null && money(before, after) && before.value().signum() != 0) {
            k = up ? Consistency.change(before, after, percent) : Consistency.decrease(before, after, percent);
            if (!up) {
                k = new Check(k.agreement(), k.computed().negate(), k.stated().negate(), k.difference().negate(), k.unit());
            }
            basis = "上年（基数）" + Narrative.show(before) + "、本年" + Narrative.show(after);
            fig.put("before", before);
            fig.put("after", after);
        } else if (change != null && before != null && money(change, before) && before.value().signum() != 0) {
            k = Consistency.share(change, before, percent);
            basis = word + Narrative.show(change) + "、基数" + Narrative.show(before);
            fig.put("change", change);
            fig.put("before", before);
        } else if (change != null && after != null && money(change, after)) {
            final Amount ch = change;
            final Amount af = after;
            Unit u = after.unit();
            Function<Reading, Interval> ratio = r -> {
                Interval cI = Intervals.of(ch, u, r);
                Interval aI = Intervals.of(af, u, r);
                Interval base = up ? aI.minus(cI) : aI.plus(cI);
                return cI.dividedBy(base).times(HUNDRED);
            };
            if (up && after.value().compareTo(Intervals.convert(change, u).value()) <= 0) {
                return Optional.empty();
            }
            // a base that may be 0 (本年0.4、增加0.3: 基数 [0, 0.2]) gives no bounded ratio: not checkable
            for (Reading r : Reading.values()) {
                Interval cI = Intervals.of(ch, u, r);
                Interval aI = Intervals.of(af, u, r);
                if ((up ? aI.minus(cI) : aI.plus(cI)).touchesZero()) {
                    return Optional.empty();
                }
            }
            k = decide(ratio, percent);
            basis = "本年" + Narrative.show(after) + "、" + word + Narrative.show(change) + "（基数为"
                    + Narrative.plain(up ? after.value().subtract(Intervals.convert(change, u).value())
                    : after.value().add(Intervals.convert(change, u).value())) + u.label() + "）";
            fig.put("change", change);
            fig.put("after", after);
        } else {
            return Optional.empty();
        }
        if (k.agreement() == Agreement.AGREES) {
            return Optional.empty();
        }
        String computed = Narrative.plain(k.computed().midpoint().setScale(percent.decimals() + 2, RoundingMode.HALF_UP));
        String msg = "情况说明称" + Narrative.quote(s.subject()) + (up ? "增长" : "下降") + Narrative.show(percent)
                + "，按" + basis + "计算为" + computed + "%"
                + (k.agreement() == Agreement.AGREES_ONLY_IF_TRUNCATED ? "，所称比率只有截尾（舍去尾数）才能得到。" : "，与所称不符。");
        Map<String, Amount> all = new LinkedHashMap<>();
        all.put(FindingFigure.STATED, percent);
        all.putAll(fig);
        all.put(FindingFigure.COMPUTED, Narrative.figure(k.computed().midpoint().setScale(percent.decimals() + 4, RoundingMode.HALF_UP), Unit.PERCENT));
        all.put(FindingFigure.DIFFERENCE, Narrative.figure(k.difference(), Unit.PERCENT));
        return Optional.of(new Finding(ID, severity(k), msg, all, ev));
    }

    /** The subject's current figure: stated in the same or the previous sentence, else in the tables. */
    private static Optional<Narrative.Source> currentFigure(Disclosure d, SubjectIndex index, Narrative.Stated s) {
        String subject = s.subject();
        if (subject.isBlank()) {
            return Optional.empty();
        }
        for (int i = s.index(); i >= Math.max(0, s.index() - 1); i--) {
            var st = d.statements().get(i);
            for (Claim c : st.claims()) {
                if (c.kind() == ClaimKind.AMOUNT && c.figure(FigureRole.AMOUNT) != null && Names.same(c.subject(), subject)
                        && !Narrative.otherYear(d, c)) {
                    return Optional.of(new Narrative.Source(c.figure(FigureRole.AMOUNT), new Narrative.Stated(st, i, c).evidence(), "情况说明"));
                }
            }
        }
        return Narrative.lookup(index, subject, Measure.of(s.claim().attributes().get(ClaimAttribute.MEASURE), d.document().type()));
    }

    private static boolean money(Amount... as) {
        for (Amount a : as) {
            if (!a.unit().isMonetary() || !Intervals.compatible(a.unit(), as[0].unit())) {
                return false;
            }
        }
        return true;
    }

    private static Severity severity(Check k) {
        return k.agreement() == Agreement.AGREES_ONLY_IF_TRUNCATED ? Severity.WARNING : Severity.ERROR;
    }

    /** As {@code Consistency}: rounded reading first, then truncated. */
    private static Check decide(Function<Reading, Interval> computed, Amount stated) {
        Interval cr = computed.apply(Reading.ROUNDED);
        Interval sr = Interval.of(stated, Reading.ROUNDED);
        BigDecimal diff = cr.midpoint().subtract(stated.value());
        if (cr.intersects(sr)) {
            return new Check(Agreement.AGREES, cr, sr, diff, Unit.PERCENT);
        }
        Interval ct = computed.apply(Reading.TRUNCATED);
        Interval st = Interval.of(stated, Reading.TRUNCATED);
        if (ct.intersects(st)) {
            return new Check(Agreement.AGREES_ONLY_IF_TRUNCATED, ct, st, diff, Unit.PERCENT);
        }
        return new Check(Agreement.DISAGREES, cr, sr, diff, Unit.PERCENT);
    }
}
