package io.github.suanzhang.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Precision of judged findings: the share judged true among those judged true or false ({@code unclear} and
 * unjudged rows are counted but left out of the share), with a Wilson score interval.
 *
 * <p>Statistics, not amounts: plain doubles are right here (the amounts the project checks use BigDecimal).
 */
final class Precision {
    /** The normal quantile of a two-sided 95% interval. */
    static final double Z95 = 1.959963984540054;

    private Precision() {
    }

    /**
     * One group's counts.
     *
     * @param group    e.g. {@code all}, {@code ERROR}, {@code fresh ERROR}, {@code narrative.share ERROR}
     * @param trues    judged true
     * @param falses   judged false
     * @param unclear  judged unclear
     * @param unjudged not judged yet
     */
    record Tally(String group, int trues, int falses, int unclear, int unjudged) {
        int judged() {
            return trues + falses;
        }

        /** trues / (trues + falses), NaN when nothing was judged true or false. */
        double precision() {
            return judged() == 0 ? Double.NaN : (double) trues / judged();
        }

        double[] interval() {
            return wilson(trues, judged(), Z95);
        }
    }

    /**
     * The Wilson score interval of {@code k} successes in {@code n} trials: (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) /
     * (1 + z²/n), clipped to [0, 1]; {NaN, NaN} for n = 0.
     */
    static double[] wilson(int k, int n, double z) {
        if (k < 0 || n < 0 || k > n) {
            throw new IllegalArgumentException("need 0 <= k <= n: k=" + k + ", n=" + n);
        }
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double p = (double) k / n;
        double z2 = z * z;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denom;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denom;
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    static Tally tally(String group, List<LedgerRow> rows) {
        int t = 0;
        int f = 0;
        int u = 0;
        int none = 0;
        for (LedgerRow r : rows) {
            LedgerRow.Verdict v = r.judged();
            if (v == null) {
                none++;
            } else if (v == LedgerRow.Verdict.TRUE) {
                t++;
            } else if (v == LedgerRow.Verdict.FALSE) {
                f++;
            } else {
                u++;
            }
        }
        return new Tally(group, t, f, u, none);
    }

    /** Tallies per value of {@code key}, in the key's order. */
    static List<Tally> by(List<LedgerRow> rows, Function<LedgerRow, String> key) {
        Map<String, List<LedgerRow>> groups = new TreeMap<>();
        for (LedgerRow r : rows) {
            groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
        }
        List<Tally> out = new ArrayList<>();
        groups.forEach((k, v) -> out.add(tally(k, v)));
        return out;
    }

    /** The causes written for false findings, most frequent first: cause → count. */
    static Map<String, Integer> causes(List<LedgerRow> rows) {
        Map<String, Integer> m = new TreeMap<>();
        for (LedgerRow r : rows) {
            if (r.judged() == LedgerRow.Verdict.FALSE) {
                m.merge(r.cause().isBlank() ? "(no cause written)" : r.cause().trim(), 1, Integer::sum);
            }
        }
        return m;
    }

    /** A Markdown report: overall, per severity, per corpus and severity, per rule and severity, causes. */
    static String report(List<LedgerRow> rows) {
        StringBuilder b = new StringBuilder();
        section(b, "Overall", List.of(tally("all", rows)));
        section(b, "Per severity", by(rows, LedgerRow::severity));
        section(b, "Per corpus", by(rows, LedgerRow::corpus));
        section(b, "Per corpus and severity", by(rows, r -> r.corpus() + " " + r.severity()));
        section(b, "Per rule and severity", by(rows, r -> r.rule() + " " + r.severity()));
        b.append("\n### Causes of false findings\n\n| cause | findings |\n|---|---|\n");
        causes(rows).entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue() != 0 ? y.getValue() - x.getValue()
                : x.getKey().compareTo(y.getKey()))
                .forEach(e -> b.append("| ").append(e.getKey().replace("|", "\\|")).append(" | ").append(e.getValue())
                        .append(" |\n"));
        return b.toString();
    }

    private static void section(StringBuilder b, String title, List<Tally> tallies) {
        b.append("\n### ").append(title).append("\n\n")
                .append("| group | true | false | unclear | unjudged | precision | Wilson 95% |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (Tally t : tallies) {
            double[] ci = t.interval();
            b.append("| ").append(t.group()).append(" | ").append(t.trues()).append(" | ").append(t.falses())
                    .append(" | ").append(t.unclear()).append(" | ").append(t.unjudged()).append(" | ")
                    .append(pct(t.precision())).append(" | ")
                    .append(Double.isNaN(ci[0]) ? "–" : pct(ci[0]) + "–" + pct(ci[1])).append(" |\n");
        }
    }

    static String pct(double x) {
        return Double.isNaN(x) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * x);
    }
}
