package io.github.suanzhang.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A simple random sample without replacement: every element of the population has the same chance to be drawn,
 * whatever document it comes from (a document with forty findings does not weigh more per finding than one with
 * two, and not less either).
 *
 * <p>Deterministic: the population is first put in a canonical order (so the order in which folders or files were
 * read does not matter), then the first {@code n} places of a Fisher–Yates shuffle driven by
 * {@link Random}{@code (mix(seed))} are taken. {@code java.util.Random}'s generator is specified in its Javadoc, so a
 * seed gives the same sample on every JVM. The seed is first scrambled ({@link #mix}): {@code Random}'s first
 * outputs for neighbouring seeds (1, 2, 3 … or 20261202, 20261203) are strongly correlated, so unscrambled
 * neighbouring seeds would draw nearly the same first findings.
 */
final class Sampler {
    private Sampler() {
    }

    /**
     * The first {@code n} elements (all of them when {@code n} is larger) of a seeded shuffle of {@code population}
     * sorted by {@code order}, in draw order.
     */
    static <T> List<T> draw(List<T> population, Comparator<? super T> order, long seed, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("sample size must be 0 or more: " + n);
        }
        List<T> pool = new ArrayList<>(population);
        pool.sort(order);
        Random rnd = new Random(mix(seed));
        int k = Math.min(n, pool.size());
        for (int i = 0; i < k; i++) {
            int j = i + rnd.nextInt(pool.size() - i);
            T t = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, t);
        }
        return List.copyOf(pool.subList(0, k));
    }

    /** The SplitMix64 finaliser (Steele, Lea, Flood 2014): neighbouring seeds give unrelated generator states. */
    static long mix(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
