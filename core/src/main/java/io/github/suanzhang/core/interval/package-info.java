/**
 * Interval arithmetic for printed figures, after XBRL Calculations 1.1: a figure printed with d
 * decimals stands for an interval ({@link io.github.suanzhang.core.interval.Interval#of}), and figures
 * are consistent when the intervals of what was computed and what was stated meet
 * ({@link io.github.suanzhang.core.interval.Consistency}). Exact {@link java.math.BigDecimal} throughout;
 * only division rounds, outward.
 */
package io.github.suanzhang.core.interval;
