package io.github.suanzhang.core.interval;

/**
 * How a printed figure was shortened from the value it stands for. With {@code u = 10^-decimals}:
 * <ul>
 *   <li>{@link #ROUNDED}: v stands for [v − u/2, v + u/2] (both ends closed, so half-up and
 *       half-even rounding are both covered);</li>
 *   <li>{@link #TRUNCATED}: cut toward zero; [v, v + u) for v &gt; 0, (v − u, v] for v &lt; 0,
 *       (−u, u) for v = 0.</li>
 * </ul>
 * The same model as XBRL Calculations 1.1 (Arelle {@code ValidateXbrlCalcs.rangeValue}).
 */
public enum Reading {
    /** rounded to the printed decimals */
    ROUNDED,
    /** cut toward zero at the printed decimals */
    TRUNCATED
}
