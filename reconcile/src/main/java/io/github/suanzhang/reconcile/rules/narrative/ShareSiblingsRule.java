package io.github.suanzhang.reconcile.rules.narrative;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimAttribute;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.FigureRole;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.FindingFigure;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.interval.Interval;
import io.github.suanzhang.core.interval.Intervals;
import io.github.suanzhang.core.interval.Reading;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import io.github.suanzhang.reconcile.rules.Applicability;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The shares of one list, each stated with its amount ({@code 人员支出4,944.99万元,占72.3%;日常公用支出626.67万元,
 * 占9.2%;项目支出1,266.75万元,占18.5%}), measured against the list's own total Σ amounts. When every share but one
 * equals its amount over that total (under the interval model: the list is exhaustive, its whole is that sum), the
 * one that does not is wrong: ERROR (three or more items), WARNING (two items, where one agreeing share is weaker
 * evidence that the list is whole; or when only truncation or a one-unit 尾数调整 explains it). This checks shares
 * whose whole is named by no table line or by the head of the list, where {@code narrative.share} abstains.
 *
 * <p>A list is the run of SHARE claims with an amount, in one sentence or in sentences at most one apart, with the
 * same {@code of} (or none); a sentence stating another amount (a new head) ends it. Abstains: two or more shares
 * off (another whole, a partial list), a share with its own stated whole, another year's figures, a share
 * {@code narrative.share} or {@code narrative.breakdown} already reports.
 */
@RuleMeta(id = "narrative.share-siblings", severity = Severity.ERROR, summary = "同一列表中各项占比与各项金额之和相符")
public final class ShareSiblingsRule implements Rule {
    static final String ID = "narrative.share-siblings";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private record Item(Narrative.Stated stated, Amount amount, Amount percent) {
    }

    @Override
    public Stream<Finding> check(Disclosure d) {
        if (!Applicability.departmental(d)) {
            return Stream.empty();
        }
        Set<Evidence> reported = new HashSet<>();
        // one discrepancy, one finding: a share narrative.share or narrative.breakdown already reports is theirs
        Stream.concat(new NarrativeShareRule().check(d), new BreakdownRule().check(d).filter(ShareSiblingsRule::aboutShare))
                .filter(f -> f.severity() != Severity.INFO && !f.evidence().isEmpty())
                .forEach(f -> reported.add(f.evidence().get(0)));
        List<Finding> out = new ArrayList<>();
        for (List<Item> list : lists(d)) {
            check(list, reported).ifPresent(out::add);
        }
        return out.stream();
    }

    /** A breakdown finding about a stated share (its stated figure is a percentage), not about a sum of amounts. */
    private static boolean aboutShare(Finding f) {
        Amount stated = f.figures().get(FindingFigure.STATED);
        return stated != null && stated.unit() == Unit.PERCENT;
    }

    private static java.util.Optional<Finding> check(List<Item> list, Set<Evidence> reported) {
        if (list.size() < 2) {
            return java.util.Optional.empty();
        }
        Unit u = list.get(0).amount().unit();
        if (total(list, u, Reading.ROUNDED).touchesZero() || total(list, u, Reading.TRUNCATED).touchesZero()) {
            return java.util.Optional.empty();
        }
        List<Integer> off = new ArrayList<>();
        for (int j = 0; j < list.size(); j++) {
            if (!agrees(list, j, u, Reading.ROUNDED, 0)) {
                off.add(j);
            }
        }
        if (off.size() != 1) {
            return java.util.Optional.empty();
        }
        int k = off.get(0);
        Item item = list.get(k);
        if (reported.contains(item.stated().evidence())) {
            return java.util.Optional.empty();
        }
        Severity sev = list.size() >= 3 ? Severity.ERROR : Severity.WARNING;
        String why = "";
        if (agrees(list, k, u, Reading.TRUNCATED, 0)) {
            sev = Severity.WARNING;
            why = "；只有截尾（舍去尾数）才相符";
        } else if (agrees(list, k, u, Reading.ROUNDED, 1)) {
            sev = Severity.WARNING;
            why = "，相差末位一个单位：可能是为使各项占比合计为100%所作的尾数调整，请核对";
        }
        Interval total = total(list, u, Reading.ROUNDED);
        Interval ratio = ratio(list, k, u, Reading.ROUNDED);
        BigDecimal computed = ratio.midpoint();
        Amount p = item.percent();
        StringBuilder names = new StringBuilder();
        for (Item i : list) {
            names.append(names.length() == 0 ? "" : "、").append(Narrative.quote(i.stated().subject())).append(Narrative.show(i.amount()));
        }
        String msg = "情况说明列出" + names + "，各自占比；其余各项的占比都与各项金额之和（" + Narrative.plain(total.midpoint()) + u.label()
                + "）相符，而" + Narrative.quote(item.stated().subject()) + "所称占" + Narrative.show(p) + "，按金额计算为"
                + Narrative.plain(computed.setScale(p.decimals() + 2, RoundingMode.HALF_UP)) + "%" + (why.isEmpty() ? "，与所称不符。" : why + "。");
        Map<String, Amount> fig = new LinkedHashMap<>();
        fig.put(FindingFigure.STATED, p);
        fig.put("part", item.amount());
        fig.put("base", Narrative.figure(total.midpoint(), u));
        fig.put(FindingFigure.COMPUTED, Narrative.figure(computed.setScale(p.decimals() + 4, RoundingMode.HALF_UP), Unit.PERCENT));
        fig.put(FindingFigure.DIFFERENCE, Narrative.figure(computed.subtract(p.value()).setScale(p.decimals() + 4, RoundingMode.HALF_UP), Unit.PERCENT));
        List<Evidence> ev = new ArrayList<>();
        ev.add(item.stated().evidence());
        for (Item i : list) {
            if (!ev.contains(i.stated().evidence())) {
                ev.add(i.stated().evidence());
            }
        }
        return java.util.Optional.of(new Finding(ID, sev, msg, fig, ev));
    }

    /** Item {@code j}'s share against its amount over Σ amounts, the stated percent widened by {@code units} of its last digit. */
    private static boolean agrees(List<Item> list, int j, Unit u, Reading r, int units) {
        Interval stated = Interval.of(list.get(j).percent(), r);
        if (units > 0) {
            BigDecimal step = BigDecimal.ONE.movePointLeft(list.get(j).percent().decimals()).multiply(BigDecimal.valueOf(units));
            stated = Interval.closed(stated.lo().subtract(step), stated.hi().add(step));
        }
        return ratio(list, j, u, r).intersects(stated);
    }

    private static Interval ratio(List<Item> list, int j, Unit u, Reading r) {
        return Intervals.of(list.get(j).amount(), u, r).dividedBy(total(list, u, r)).times(HUNDRED);
    }

    private static Interval total(List<Item> list, Unit u, Reading r) {
        Interval t = null;
        for (Item i : list) {
            Interval x = Intervals.of(i.amount(), u, r);
            t = t == null ? x : t.plus(x);
        }
        return t;
    }

    /** Runs of shares with amounts of one list, in reading order. */
    private static List<List<Item>> lists(Disclosure d) {
        List<List<Item>> out = new ArrayList<>();
        List<Item> run = new ArrayList<>();
        int last = -10;
        String of = null;
        for (int i = 0; i < d.statements().size(); i++) {
            Statement s = d.statements().get(i);
            List<Item> here = new ArrayList<>();
            for (Claim c : s.claims()) {
                Amount a = c.figure(FigureRole.AMOUNT);
                Amount p = c.figure(FigureRole.PERCENT) != null ? c.figure(FigureRole.PERCENT) : c.figure("share");
                if (c.kind() == ClaimKind.SHARE && a != null && a.unit().isMonetary() && a.value().signum() >= 0 && p != null
                        && p.unit() == Unit.PERCENT && c.figure(FigureRole.WHOLE) == null && !Narrative.otherYear(d, c)) {
                    here.add(new Item(new Narrative.Stated(s, i, c), a, p));
                }
            }
            boolean head = false;
            for (Claim c : s.claims()) {
                Amount a = c.figure(FigureRole.AMOUNT);
                if (c.kind() == ClaimKind.AMOUNT && a != null && a.unit().isMonetary()
                        && here.stream().noneMatch(h -> h.amount().value().compareTo(a.value()) == 0 && h.amount().unit() == a.unit())) {
                    head = true;
                }
            }
            if (head || (here.isEmpty() && i > last + 1)) {
                close(run, out);
                run = new ArrayList<>();
            }
            for (Item it : here) {
                String o = it.stated().claim().attributes().get(ClaimAttribute.OF);
                if (!run.isEmpty() && (!Objects.equals(o, of) || !Intervals.compatible(it.amount().unit(), run.get(0).amount().unit()))) {
                    close(run, out);
                    run = new ArrayList<>();
                }
                run.add(it);
                of = o;
                last = i;
            }
        }
        close(run, out);
        return out;
    }

    private static void close(List<Item> run, List<List<Item>> out) {
        if (run.size() >= 2) {
            out.add(List.copyOf(run));
        }
    }
}
