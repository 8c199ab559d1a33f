package io.github.suanzhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SamplerTest {
    private static final Comparator<String> ORDER = Comparator.naturalOrder();

    private static List<String> population(int n) {
        return IntStream.range(0, n).mapToObj(i -> String.format("f%03d", i)).toList();
    }

    @Test
    void sameSeedSameSampleWhateverTheInputOrder() {
        List<String> pop = population(50);
        List<String> shuffled = new ArrayList<>(pop);
        Collections.shuffle(shuffled, new Random(1));
        List<String> a = Sampler.draw(pop, ORDER, 20261202L, 12);
        assertEquals(a, Sampler.draw(pop, ORDER, 20261202L, 12));
        assertEquals(a, Sampler.draw(shuffled, ORDER, 20261202L, 12));
        assertNotEquals(a, Sampler.draw(pop, ORDER, 20261203L, 12));
    }

    @Test
    void aLargerSampleStartsWithTheSmallerOne() {
        // the draw order is a prefix of one shuffle: asking for more never changes the first ones drawn
        List<String> pop = population(30);
        assertEquals(Sampler.draw(pop, ORDER, 5, 7), Sampler.draw(pop, ORDER, 5, 20).subList(0, 7));
    }

    @Test
    void withoutReplacementAndAllWhenTooFew() {
        List<String> pop = population(10);
        List<String> s = Sampler.draw(pop, ORDER, 3, 6);
        assertEquals(6, new HashSet<>(s).size());
        List<String> all = Sampler.draw(pop, ORDER, 3, 99);
        assertEquals(10, all.size());
        assertEquals(new HashSet<>(pop), new HashSet<>(all));
        assertEquals(List.of(), Sampler.draw(List.of(), ORDER, 3, 5));
        assertThrows(IllegalArgumentException.class, () -> Sampler.draw(pop, ORDER, 3, -1));
    }

    @Test
    void everyFindingHasTheSameChanceWhateverItsDocument() {
        // document A has 90 findings, B has 10: per finding the chance must be the same (n/N), so B's findings
        // make about a tenth of the samples, not a half as a per-document draw would give
        List<String> pop = new ArrayList<>();
        IntStream.range(0, 90).forEach(i -> pop.add(String.format("A%02d", i)));
        IntStream.range(0, 10).forEach(i -> pop.add(String.format("B%02d", i)));
        int seeds = 20000;
        int n = 10;
        int[] hits = new int[pop.size()];
        long fromB = 0;
        List<String> sorted = new ArrayList<>(pop);
        sorted.sort(ORDER);
        for (int seed = 0; seed < seeds; seed++) {
            for (String s : Sampler.draw(pop, ORDER, seed, n)) {
                hits[sorted.indexOf(s)]++;
                if (s.startsWith("B")) {
                    fromB++;
                }
            }
        }
        double expected = (double) seeds * n / pop.size(); // 2000 per finding
        for (int h : hits) {
            // binomial sd = sqrt(20000 * 0.1 * 0.9) ≈ 42; 5 sd
            assertTrue(Math.abs(h - expected) < 5 * 42.5, "inclusion count " + h + " vs " + expected);
        }
        double shareB = (double) fromB / (seeds * n);
        assertTrue(Math.abs(shareB - 0.10) < 0.01, "share of B " + shareB);
    }

    @Test
    void theFirstDrawIsUniform() {
        List<String> pop = population(4);
        int[] first = new int[4];
        for (int seed = 0; seed < 8000; seed++) {
            first[pop.indexOf(Sampler.draw(pop, ORDER, seed, 1).get(0))]++;
        }
        double chi2 = 0;
        for (int f : first) {
            chi2 += Math.pow(f - 2000, 2) / 2000;
        }
        assertTrue(chi2 < 16.27, "chi-square with 3 df at 0.001: " + chi2); // 16.27 = the 0.999 quantile
    }
}
