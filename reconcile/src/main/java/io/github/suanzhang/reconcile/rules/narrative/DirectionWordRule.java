package io.github.suanzhang.reconcile.rules.narrative;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Direction;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.FigureRole;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.FindingFigure;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.interval.Interval;
import io.github.suanzhang.core.interval.Intervals;
import io.github.suanzhang.core.interval.Reading;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Direction words (增加/减少, also in reason sentences: 增加主要原因是…) against the sign of the comparison
 * the sentence makes: actual − budget of a COMPLETION, after − before of a CHANGE. A sentence with a
 * direction but no comparison of its own borrows the previous sentence's. The sign counts only when the
 * figures' rounding intervals cannot overlap (5.95 against 8.57 is down whichever way it was rounded).
 *
 * <p>Severity WARNING, not ERROR: the figures themselves reconcile and the finding is that the words
 * contradict them; and which comparison a reason sentence explains is read from sentence structure, so
 * the rule only speaks when the sentence (or the one before) has exactly one comparison with a known sign.
 * 持平 and comparisons of equal figures are not judged.
 */
@RuleMeta(id = "narrative.direction", severity = Severity.WARNING, summary = "增加/减少等方向词与数字的增减方向一致")
public final class DirectionWordRule implements Rule {
    static final String ID = "narrative.direction";

    private record Comparison(Claim claim, String from, Amount a, String to, Amount b, int sign) {
    }

    @Override
    public Stream<Finding> check(Disclosure d) {
        if (!io.github.suanzhang.reconcile.rules.Applicability.departmental(d)) {
            return Stream.empty(); // government-level reports: see Applicability
        }
        List<Finding> out = new ArrayList<>();
        List<Statement> st = d.statements();
        for (int i = 0; i < st.size(); i++) {
            Statement s = st.get(i);
            List<Optional<Comparison>> own = comparisons(s);
            List<Optional<Comparison>> use = own;
            if (own.isEmpty() && i > 0 && s.claims().stream().allMatch(c -> c.kind() == ClaimKind.DIRECTION)) {
                use = comparisons(st.get(i - 1));
            }
            if (use.size() != 1 || use.get(0).isEmpty()) {
                continue;
            }
            Comparison cmp = use.get(0).get();
            if (cmp.sign() == 0) {
                continue;
            }
            for (Claim c : s.claims()) {
                boolean directional = c.kind() == ClaimKind.DIRECTION || (c == cmp.claim() && c.kind() == ClaimKind.CHANGE);
                if (!directional || c.direction() == null || c.direction() == Direction.FLAT) {
                    continue;
                }
                int said = c.direction() == Direction.UP ? 1 : -1;
                if (said != cmp.sign()) {
                    out.add(finding(new Narrative.Stated(s, i, c), cmp, own.isEmpty() ? st.get(i - 1) : null));
                }
            }
        }
        return out.stream();
    }

    /** The comparisons a sentence makes: empty Optional for one whose sign cannot be known. */
    private static List<Optional<Comparison>> comparisons(Statement s) {
        List<Optional<Comparison>> out = new ArrayList<>();
        for (Claim c : s.claims()) {
            if (c.kind() == ClaimKind.COMPLETION) {
                out.add(compare(c, "预算数", c.figure(FigureRole.BUDGET), "决算（执行）数", c.figure(FigureRole.ACTUAL)));
            } else if (c.kind() == ClaimKind.CHANGE) {
                out.add(compare(c, "比较基数", c.figure(FigureRole.BEFORE), "本期数", c.figure(FigureRole.AFTER)));
            }
        }
        return out;
    }

    private static Optional<Comparison> compare(Claim c, String fromName, Amount from, String toName, Amount to) {
        if (from == null || to == null || !from.unit().isMonetary() || !Intervals.compatible(from.unit(), to.unit())) {
            return Optional.empty();
        }
        Interval f = Intervals.of(from, from.unit(), Reading.ROUNDED);
        Interval t = Intervals.of(to, from.unit(), Reading.ROUNDED);
        int sign;
        if (Intervals.convert(to, from.unit()).value().compareTo(from.value()) == 0) {
            sign = 0;
        } else if (t.intersects(f)) {
            return Optional.empty();
        } else {
            sign = t.lo().compareTo(f.hi()) > 0 ? 1 : -1;
        }
        return Optional.of(new Comparison(c, fromName, from, toName, to, sign));
    }

    private static Finding finding(Narrative.Stated s, Comparison cmp, Statement borrowed) {
        String words = s.claim().kind() == ClaimKind.DIRECTION ? s.words() : s.claim().direction() == Direction.UP ? "增加" : "减少";
        String subject = s.subject().isBlank() ? Narrative.stated(cmp.claim()) : s.subject();
        String msg = "情况说明称" + Narrative.quote(subject) + cmp.from() + "为" + Narrative.show(cmp.a()) + "、"
                + cmp.to() + "为" + Narrative.show(cmp.b()) + "，" + cmp.to() + (cmp.sign() > 0 ? "大于" : "小于") + cmp.from()
                + "，却写作" + Narrative.quote(words) + "，方向与数字相反。";
        Map<String, Amount> fig = new LinkedHashMap<>();
        fig.put(cmp.claim().kind() == ClaimKind.COMPLETION ? FigureRole.BUDGET : FigureRole.BEFORE, cmp.a());
        fig.put(cmp.claim().kind() == ClaimKind.COMPLETION ? FigureRole.ACTUAL : FigureRole.AFTER, cmp.b());
        Amount diff = Narrative.figure(Intervals.convert(cmp.b(), cmp.a().unit()).value().subtract(cmp.a().value()), cmp.a().unit());
        fig.put(FindingFigure.DIFFERENCE, diff);
        List<io.github.suanzhang.core.doc.Evidence> ev = new ArrayList<>();
        ev.add(s.evidence());
        if (borrowed != null) {
            ev.add(io.github.suanzhang.core.doc.Evidence.at(borrowed.place(), borrowed.text()));
        }
        return new Finding(ID, Severity.WARNING, msg, fig, ev);
    }
}
