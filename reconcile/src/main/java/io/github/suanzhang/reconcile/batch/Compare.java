package io.github.suanzhang.reconcile.batch;

import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.FindingFigure;
import io.github.suanzhang.core.doc.Match;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.interval.Interval;
import io.github.suanzhang.core.interval.Reading;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/** Comparing one measure as two documents print it: interval arithmetic in 万元, places in both documents. */
final class Compare {
    /**
     * Of this many compared figures or more, when more than half disagree the two documents are probably not
     * what the link says (another entity, another template): the rule abstains.
     */
    static final int WHOLESALE_MIN = 4;

    private Compare() {
    }

    static Interval interval(Amount a) {
        return Interval.of(a.to(Unit.TEN_THOUSAND_YUAN), Reading.ROUNDED);
    }

    /** The interval of a fact: its derived range, else its printed amount's. */
    static Interval interval(Fact f) {
        return f.range() != null ? f.range() : interval(f.amount());
    }

    /** Whether no rounding of the two printings makes them one figure. */
    static boolean differ(Amount a, Amount b) {
        return !interval(a).intersects(interval(b));
    }

    /** Whether no rounding of the two facts (a derived one by its range) makes them one figure. */
    static boolean differ(Fact a, Fact b) {
        return !interval(a).intersects(interval(b));
    }

    static Amount difference(Amount a, Amount b) {
        BigDecimal d = a.to(Unit.TEN_THOUSAND_YUAN).value().subtract(b.to(Unit.TEN_THOUSAND_YUAN).value());
        return Amount.of(d.stripTrailingZeros().scale() < 0 ? d.setScale(0) : d.stripTrailingZeros(), Unit.TEN_THOUSAND_YUAN);
    }

    /** A finding of {@code from}'s fact against {@code to}'s, both places cited with their files. */
    static Finding pair(String rule, Severity severity, String message, String fromFile, Fact a, String aRole,
                        String toFile, Fact b, String bRole) {
        Map<String, Amount> fig = new LinkedHashMap<>();
        fig.put(aRole, a.amount());
        if (a.change() != null) {
            fig.put("stated_change", a.change());
        }
        fig.put(bRole, b.amount());
        fig.put(FindingFigure.DIFFERENCE, difference(a.amount(), b.amount()));
        List<Evidence> ev = List.of(a.evidence().in(fromFile), b.evidence().in(toFile));
        return new Finding(rule, severity, message, fig, ev);
    }

    /** The finding of one pair of facts of the same measure, or null when they agree. */
    @FunctionalInterface
    interface PairCheck {
        Finding check(Fact mine, Fact theirs);
    }

    /**
     * Each of {@code mine} against the fact of the same measure in {@code theirs} (skipping measures the other
     * document does not print, and pairs {@code comparable} refuses): the findings {@code check} makes, unless the
     * two documents disagree wholesale ({@link #unlessWholesale}).
     */
    static List<Finding> measures(String rule, Collection<Fact> mine, Map<String, Fact> theirs,
                                  BiPredicate<Fact, Fact> comparable, PairCheck check, String fromFile, String toFile) {
        List<Finding> found = new ArrayList<>();
        int compared = 0;
        for (Fact m : mine) {
            Fact t = theirs.get(m.measure());
            if (t == null || !comparable.test(m, t)) {
                continue;
            }
            compared++;
            Finding f = check.check(m, t);
            if (f != null) {
                found.add(f);
            }
        }
        return unlessWholesale(rule, found, compared, fromFile, toFile);
    }

    /** The findings of pairs, unless they disagree wholesale: then one INFO saying the link is doubtful. */
    static List<Finding> unlessWholesale(String rule, List<Finding> found, int compared, String fromFile, String toFile) {
        if (compared >= WHOLESALE_MIN && found.size() * 2 > compared) {
            List<Finding> one = new ArrayList<>();
            one.add(new Finding(rule, Severity.INFO, "未核对：两份文件的" + compared + "个可比数字中有" + found.size()
                    + "个不一致，两份文件可能并非所链接的关系（" + fromFile + " / " + toFile + "）", Map.of(),
                    List.of(Evidence.at(null, fromFile).in(fromFile), Evidence.at(null, toFile).in(toFile)),
                    new Match(null, null, null, null, null, "not-checkable:wholesale-disagreement")));
            return one;
        }
        return found;
    }
}
