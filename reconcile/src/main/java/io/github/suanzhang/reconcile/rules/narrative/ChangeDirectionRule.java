package io.github.suanzhang.reconcile.rules.narrative;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimAttribute;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Direction;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.FigureRole;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
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
 * The direction of one stated change against its own words and figures, where the previous year's figure is
 * not printed (so {@code narrative.direction} has no two figures to compare):
 * <ul>
 *   <li><b>two direction words of the one change disagree</b> — {@code 较上年减少247.70万元,增长5.0%}: the
 *       amount and the rate of one change go the same way (the DIRECTION claims read inside the CHANGE's own
 *       words, both comparisons);</li>
 *   <li><b>an increase larger than the figure it led to</b> — {@code 公务接待费0.00万元,比上年增加4.00万元}: the
 *       previous year's figure would be 0.00 − 4.00 &lt; 0, which no 收入 or 支出 is; only when the figure and
 *       the increase are stated in the same clause and their rounding intervals cannot overlap.</li>
 * </ul>
 * WARNING, as {@code narrative.direction}: the words contradict each other or the figures, and which word is
 * wrong is not known. Changes of nil (增加0万元) are not judged.
 */
@RuleMeta(id = "narrative.change-direction", severity = Severity.WARNING, summary = "同一增减的方向词彼此一致，且增加额不大于增加后的数")
public final class ChangeDirectionRule implements Rule {
    static final String ID = "narrative.change-direction";

    @Override
    public Stream<Finding> check(Disclosure d) {
        List<Finding> out = new ArrayList<>();
        Narrative.claims(d, ClaimKind.CHANGE).forEach(s -> {
            Optional<Finding> f = conflictingWords(s);
            if (f.isEmpty()) {
                f = increaseAboveResult(s);
            }
            f.ifPresent(out::add);
        });
        return out.stream();
    }

    /** The comparison words read inside the change's own words, when they go both ways. */
    private static Optional<Finding> conflictingWords(Narrative.Stated s) {
        Claim c = s.claim();
        if (c.text().isBlank() || nil(c)) {
            return Optional.empty();
        }
        String own = compact(c.text());
        List<Claim> words = new ArrayList<>();
        for (Claim w : s.statement().claims()) {
            if (w.kind() == ClaimKind.DIRECTION && "comparison".equals(w.attributes().get(ClaimAttribute.ROLE)) && !w.text().isBlank()
                    && own.contains(compact(w.text()))) {
                words.add(w);
            }
        }
        // exactly the amount's word and the rate's word of this one change (a claim whose words span several
        // changes — 购置费比上年增加0万元;运行维护费比上年减少4.62万元 — is not judged)
        if (words.size() != 2) {
            return Optional.empty();
        }
        Claim up = words.stream().filter(w -> w.direction() == Direction.UP).findFirst().orElse(null);
        Claim down = words.stream().filter(w -> w.direction() == Direction.DOWN).findFirst().orElse(null);
        if (up == null || down == null || nilFigure(up.text()) || nilFigure(down.text())) {
            return Optional.empty();
        }
        boolean upRate = compact(up.text()).endsWith("%");
        boolean downRate = compact(down.text()).endsWith("%");
        if (upRate == downRate || !AMOUNT_END.matcher(compact(upRate ? down.text() : up.text())).find()) {
            return Optional.empty();
        }
        String msg = "情况说明称" + Narrative.quote(s.subject()) + Narrative.quote(up.text()) + "，又称" + Narrative.quote(down.text())
                + "，同一增减的方向词彼此相反。";
        Map<String, Amount> fig = new LinkedHashMap<>();
        if (c.figure(FigureRole.CHANGE) != null) {
            fig.put(FigureRole.CHANGE, c.figure(FigureRole.CHANGE));
        }
        if (c.figure(FigureRole.PERCENT) != null) {
            fig.put(FigureRole.PERCENT, c.figure(FigureRole.PERCENT));
        }
        return Optional.of(new Finding(ID, Severity.WARNING, msg, fig, List.of(s.evidence())));
    }

    /** 增加 more than the figure after the increase: the base would be negative. */
    private static Optional<Finding> increaseAboveResult(Narrative.Stated s) {
        Claim c = s.claim();
        Amount after = c.figure(FigureRole.AFTER);
        Amount change = c.figure(FigureRole.CHANGE);
        if (c.direction() != Direction.UP || after == null || change == null || c.figure(FigureRole.BEFORE) != null || nil(c)
                || !after.unit().isMonetary() || !Intervals.compatible(after.unit(), change.unit())) {
            return Optional.empty();
        }
        Interval a = Intervals.of(after, after.unit(), Reading.ROUNDED);
        Interval ch = Intervals.of(change, after.unit(), Reading.ROUNDED);
        if (a.hi().compareTo(ch.lo()) >= 0) {
            return Optional.empty();
        }
        String msg = "情况说明称" + Narrative.quote(s.subject()) + "为" + Narrative.show(after) + "，比上年增加" + Narrative.show(change)
                + "；增加额大于增加后的数，上年数将为负（" + Narrative.plain(after.value().subtract(Intervals.convert(change, after.unit()).value()))
                + after.unit().label() + "），方向词与数字相反。";
        Map<String, Amount> fig = new LinkedHashMap<>();
        fig.put(FigureRole.AFTER, after);
        fig.put(FigureRole.CHANGE, change);
        fig.put(FigureRole.BEFORE, Narrative.figure(after.value().subtract(Intervals.convert(change, after.unit()).value()), after.unit()));
        return Optional.of(new Finding(ID, Severity.WARNING, msg, fig, List.of(s.evidence())));
    }

    private static final java.util.regex.Pattern AMOUNT_END = java.util.regex.Pattern.compile("[0-9](?:万元|亿元|千元|元)$");
    private static final java.util.regex.Pattern NIL = java.util.regex.Pattern.compile("(?:增加|减少|增长|下降|上升|降低)了?0(?:\\.0+)?(?:万元|亿元|千元|元|%)$");

    /** The word's own figure is nil: 增加0万元, 增长0%. */
    private static boolean nilFigure(String words) {
        return NIL.matcher(compact(words)).find();
    }

    /** A change of nil as printed (增加0万元, 增长0%): its words say nothing. */
    private static boolean nil(Claim c) {
        Amount ch = c.figure(FigureRole.CHANGE);
        Amount p = c.figure(FigureRole.PERCENT);
        return (ch != null && ch.value().signum() == 0) || (ch == null && p != null && p.value().signum() == 0);
    }

    private static String compact(String s) {
        return s.replaceAll("\\s", "");
    }
}
