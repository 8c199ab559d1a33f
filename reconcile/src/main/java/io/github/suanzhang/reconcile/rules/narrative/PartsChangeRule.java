package io.github.suanzhang.reconcile.rules.narrative;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Direction;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.FigureRole;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.FindingFigure;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.interval.Agreement;
import io.github.suanzhang.core.interval.Check;
import io.github.suanzhang.core.interval.Consistency;
import io.github.suanzhang.core.interval.Intervals;
import io.github.suanzhang.core.interval.Term;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import io.github.suanzhang.reconcile.rules.Applicability;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The changes of an exhaustive list of parts add up to the change of their whole. The narrative states a whole
 * with its current figure and its change ({@code "三公"经费预算100.00万元,比上年减少10.00万元}) and, in the same or
 * the next sentences, its parts, each with its current figure and change ({@code 因公出国(境)费40.00万元,比上年增加
 * 5.00万元;公务接待费20.00万元,比上年减少3.00万元;公务用车购置及运行费40.00万元,比上年减少12.00万元}). When the parts'
 * current figures add up to the whole's (under the interval model, so the list is exhaustive, not partial), their
 * previous-year figures must too, so their changes, each signed by its direction word, add up to the whole's.
 * A sum that does not: ERROR; WARNING when exactly one direction word read the other way would make it add up
 * (that word contradicts the figures) or only truncation explains it.
 *
 * <p>Abstains: a part without a stated change amount (or 持平), another comparison base (上年预算 against 上年执行数),
 * fewer than two non-zero parts, several list lengths that add up and do not all disagree, a whole printed as 0, two
 * or more parts printed as 0 of which one changed (a 0 may be the whole of the 0s after it: the nesting is unknown).
 */
@RuleMeta(id = "narrative.parts-change", severity = Severity.ERROR, summary = "分项增减额之和等于总数的增减额（分项本年数相加等于总数时）")
public final class PartsChangeRule implements Rule {
    static final String ID = "narrative.parts-change";
    /** Parts are read from the whole's sentence and the next few ones. */
    private static final int WINDOW = 3;
    private static final int MAX_PARTS = 10;

    /** A subject with its current figure and (if stated) its change claim, in reading order. */
    private record Fact(Statement statement, int index, Claim claim, String subject, Amount current, Claim change) {
        Fact withChange(Claim c) {
            return new Fact(statement, index, claim, subject, current, c);
        }

        /** A change that can be summed: UP/DOWN with a monetary amount, or 持平 (FLAT, no amount). */
        boolean usable() {
            if (change == null) {
                return false;
            }
            Amount a = change.figure(FigureRole.CHANGE);
            if (change.direction() == Direction.FLAT) {
                return a == null || a.value().signum() == 0;
            }
            return (change.direction() == Direction.UP || change.direction() == Direction.DOWN) && a != null && a.unit().isMonetary();
        }

        String base() {
            return change == null ? null : change.attributes().get("base");
        }

        Evidence evidence() {
            return new Narrative.Stated(statement, index, change != null ? change : claim).evidence();
        }
    }

    @Override
    public Stream<Finding> check(Disclosure d) {
        if (!Applicability.departmental(d)) {
            return Stream.empty();
        }
        List<Fact> facts = facts(d);
        List<Finding> out = new ArrayList<>();
        for (int h = 0; h < facts.size(); h++) {
            Fact head = facts.get(h);
            if (!head.usable() || head.change().direction() == Direction.FLAT || head.current().value().signum() <= 0) {
                continue;
            }
            check(facts, h).ifPresent(out::add);
        }
        return out.stream();
    }

    private static java.util.Optional<Finding> check(List<Fact> facts, int h) {
        Fact head = facts.get(h);
        List<List<Fact>> lists = new ArrayList<>();
        List<Fact> run = new ArrayList<>();
        for (int j = h + 1; j < facts.size() && run.size() < MAX_PARTS; j++) {
            Fact f = facts.get(j);
            if (f.index() > head.index() + WINDOW || !Intervals.compatible(f.current().unit(), head.current().unit())) {
                break;
            }
            run.add(f);
            if (run.size() >= 2 && Consistency.sum(run.stream().map(Fact::current).toList(), head.current()).agreement() == Agreement.AGREES) {
                lists.add(List.copyOf(run));
            }
        }
        if (lists.isEmpty()) {
            return java.util.Optional.empty();
        }
        Check first = null;
        for (List<Fact> parts : lists) {
            if (parts.stream().filter(p -> p.current().value().signum() != 0).count() < 2) {
                return java.util.Optional.empty();
            }
            // parts printed as 0 hide how the list nests: a 0 that changed may be the whole of other 0s after it
            // (公务用车购置及运行费0万元,比上年减少388.88万元(购置费0万元,减少70万元;运行费0万元,减少318.88万元)).
            long zeros = parts.stream().filter(p -> p.current().value().signum() == 0).count();
            boolean zeroChanged = parts.stream().anyMatch(p -> p.current().value().signum() == 0 && p.usable()
                    && p.change().figure(FigureRole.CHANGE) != null && p.change().figure(FigureRole.CHANGE).value().signum() != 0);
            if (zeros >= 2 && zeroChanged) {
                return java.util.Optional.empty();
            }
            for (Fact p : parts) {
                if (!p.usable() || !Objects.equals(p.base(), head.base())
                        || (p.change().figure(FigureRole.CHANGE) != null
                        && !Intervals.compatible(p.change().figure(FigureRole.CHANGE).unit(), head.change().figure(FigureRole.CHANGE).unit()))) {
                    return java.util.Optional.empty();
                }
            }
            Check k = adds(head, parts, -1);
            if (k.agreement() == Agreement.AGREES) {
                return java.util.Optional.empty();
            }
            if (first == null) {
                first = k;
            }
        }
        List<Fact> parts = lists.get(0);
        // which one word, read the other way, makes the list add up (parts.size(): the whole's)
        List<Integer> fixes = new ArrayList<>();
        for (int k = 0; k <= parts.size(); k++) {
            if (adds(head, parts, k).agreement() == Agreement.AGREES) {
                fixes.add(k);
            }
        }
        boolean oneSentence = parts.stream().allMatch(p -> p.index() == head.index());
        if (oneSentence && fixes.size() == 1) {
            return java.util.Optional.empty(); // narrative.change-breakdown's: one sentence, one word read the other way
        }
        Amount stated = head.change().figure(FigureRole.CHANGE);
        String word = head.change().direction() == Direction.UP ? "增加" : "减少";
        StringBuilder list = new StringBuilder();
        Map<String, Amount> fig = new LinkedHashMap<>();
        fig.put(FindingFigure.STATED, stated);
        fig.put("current", head.current());
        for (int j = 0; j < parts.size(); j++) {
            Fact p = parts.get(j);
            list.append(list.length() == 0 ? "" : "、").append(Narrative.quote(p.change().text().isBlank() ? p.subject() : p.change().text()));
            fig.put("part" + (j + 1), p.change().figure(FigureRole.CHANGE) != null ? p.change().figure(FigureRole.CHANGE) : p.current());
        }
        fig.put(FindingFigure.COMPUTED, Narrative.figure(first.computed().midpoint(), stated.unit()));
        fig.put(FindingFigure.DIFFERENCE, Narrative.figure(first.difference(), stated.unit()));
        String msg = "情况说明称" + Narrative.quote(head.change().text()) + "；其分项" + list + "的本年数之和等于"
                + Narrative.show(head.current()) + "，按各自方向相加的增减额为" + Narrative.plain(first.computed().midpoint())
                + stated.unit().label() + "，与所称" + word + Narrative.show(stated) + "不符";
        Severity sev = Severity.ERROR;
        if (fixes.size() == 1) {
            int k = fixes.get(0);
            Claim wrong = k == parts.size() ? head.change() : parts.get(k).change();
            msg += "；只有把" + Narrative.quote(wrong.text()) + "中的“" + (wrong.direction() == Direction.UP ? "增加" : "减少")
                    + "”读作相反方向才相符，方向词与数字相反。";
            sev = Severity.WARNING;
        } else if (first.agreement() == Agreement.AGREES_ONLY_IF_TRUNCATED) {
            msg += "（只有截尾才相符）。";
            sev = Severity.WARNING;
        } else {
            msg += "。";
        }
        List<Evidence> ev = new ArrayList<>();
        ev.add(head.evidence());
        for (Fact p : parts) {
            Evidence e = p.evidence();
            if (!ev.contains(e)) {
                ev.add(e);
            }
        }
        return java.util.Optional.of(new Finding(ID, sev, msg, fig, ev));
    }

    /** Σ parts' changes (signed by their words) against the whole's, with the word of part {@code flip} (or the whole's) reversed. */
    private static Check adds(Fact head, List<Fact> parts, int flip) {
        boolean headUp = (head.change().direction() == Direction.UP) != (flip == parts.size());
        List<Term> terms = new ArrayList<>();
        Amount total = head.change().figure(FigureRole.CHANGE);
        for (int j = 0; j < parts.size(); j++) {
            Claim c = parts.get(j).change();
            Amount a = c.figure(FigureRole.CHANGE);
            if (a == null) {
                a = new Amount(java.math.BigDecimal.ZERO, 0, total.unit(), null); // 持平
            }
            boolean up = (c.direction() == Direction.UP) != (j == flip);
            terms.add(up == headUp ? Term.plus(a) : Term.minus(a));
        }
        return Consistency.combination(terms, total);
    }

    /** The subjects stated with a current figure, in reading order, each with the change claim of the same subject and figure. */
    private static List<Fact> facts(Disclosure d) {
        List<Fact> out = new ArrayList<>();
        for (int i = 0; i < d.statements().size(); i++) {
            Statement s = d.statements().get(i);
            List<Fact> here = new ArrayList<>();
            for (Claim c : s.claims()) {
                Amount a = c.figure(FigureRole.AMOUNT);
                if (c.kind() == ClaimKind.AMOUNT && a != null && a.unit().isMonetary() && !Narrative.otherYear(d, c)) {
                    here.add(new Fact(s, i, c, c.subject() == null ? "" : c.subject(), a, null));
                }
            }
            for (Claim c : s.claims()) {
                Amount after = c.figure(FigureRole.AFTER);
                if (c.kind() != ClaimKind.CHANGE || after == null || !after.unit().isMonetary()) {
                    continue;
                }
                String subject = c.subject() == null ? "" : c.subject();
                int at = -1;
                for (int j = 0; j < here.size() && at < 0; j++) {
                    Fact f = here.get(j);
                    if (f.change() == null && f.current().unit() == after.unit() && f.current().value().compareTo(after.value()) == 0
                            && (f.subject().equals(subject) || Names.same(f.subject(), subject))) {
                        at = j;
                    }
                }
                if (at >= 0) {
                    here.set(at, here.get(at).withChange(c));
                } else {
                    here.add(new Fact(s, i, c, subject, after, c));
                }
            }
            out.addAll(here);
        }
        return out;
    }
}
