package io.github.suanzhang.core.interval;

/** The outcome of comparing printed figures under the interval model, from best to worst. */
public enum Agreement {
    /** Consistent when every figure is read as rounded. */
    AGREES,
    /** Not consistent when rounded, consistent when every figure is read as truncated (toward zero). */
    AGREES_ONLY_IF_TRUNCATED,
    /**
     * Two printings of one fact with the same decimals whose values differ by exactly one unit in the
     * last digit (326.71 vs 326.72): a publisher's rounding adjustment, not a rounding artefact.
     */
    ONE_UNIT_APART,
    /** No reading of the printed precision explains the figures. */
    DISAGREES
}
