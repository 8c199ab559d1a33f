package io.github.suanzhang.extract.grid;

import io.github.suanzhang.extract.layout.Ruling;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collinear rulings merged into lines. Sorting is on exact coordinates; tolerances are applied only in the
 * clustering pass that follows (a comparator with a tolerance is not transitive).
 */
final class Lines {
    private Lines() {
    }

    /** One ruled line: a position (y of a horizontal, x of a vertical) and disjoint covered intervals. */
    record Line(boolean horizontal, double position, List<double[]> spans) {
        double start() {
            return spans.get(0)[0];
        }

        double end() {
            return spans.get(spans.size() - 1)[1];
        }

        /** Length of [a, b] covered by this line's spans. */
        double covered(double a, double b) {
            double sum = 0;
            for (double[] s : spans) {
                double lo = Math.max(a, s[0]);
                double hi = Math.min(b, s[1]);
                if (hi > lo) {
                    sum += hi - lo;
                }
            }
            return sum;
        }

        /** Whether some span reaches coordinate t, within tol. */
        boolean reaches(double t, double tol) {
            for (double[] s : spans) {
                if (t >= s[0] - tol && t <= s[1] + tol) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Merges rulings of one orientation: positions within {@code snap} of their neighbour (single linkage
     * over sorted positions) become one line at their length-weighted mean position; along a line, spans
     * whose gap is at most {@code joinGap} become one span. Each segment is split into its own connected
     * runs, so two separate tables at one y stay two lines.
     */
    static List<Line> merge(List<Ruling> rulings, boolean horizontal, double snap, double joinGap) {
        List<Ruling> sorted = new ArrayList<>();
        for (Ruling r : rulings) {
            if (r.horizontal() == horizontal) {
                sorted.add(r);
            }
        }
        sorted.sort(Comparator.comparingDouble(Ruling::position).thenComparingDouble(Ruling::start)
                .thenComparingDouble(Ruling::end));
        List<Line> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i + 1;
            while (j < sorted.size() && sorted.get(j).position() - sorted.get(j - 1).position() <= snap) {
                j++;
            }
            List<Ruling> cluster = new ArrayList<>(sorted.subList(i, j));
            double weight = 0;
            double sum = 0;
            for (Ruling r : cluster) {
                double w = Math.max(r.length(), 1e-9);
                weight += w;
                sum += w * r.position();
            }
            double position = sum / weight;
            cluster.sort(Comparator.comparingDouble(Ruling::start).thenComparingDouble(Ruling::end));
            List<double[]> spans = new ArrayList<>();
            double[] cur = null;
            for (Ruling r : cluster) {
                if (cur != null && r.start() <= cur[1] + joinGap) {
                    cur[1] = Math.max(cur[1], r.end());
                } else {
                    if (cur != null) {
                        spans.add(cur);
                    }
                    cur = new double[] {r.start(), r.end()};
                }
            }
            spans.add(cur);
            // one Line per connected run, so that separate tables side by side stay apart
            for (double[] s : spans) {
                out.add(new Line(horizontal, position, List.<double[]>of(s)));
            }
            i = j;
        }
        return out;
    }
}
