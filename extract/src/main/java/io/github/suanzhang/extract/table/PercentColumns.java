package io.github.suanzhang.extract.table;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Columns whose header names a percentage or a rate — {@code 增减(%)}, {@code 增长率}, {@code 增幅}, {@code 占比},
 * {@code 决算数为预算数的%}, {@code 完成预算%} — hold ratios, not amounts: they get no canonical amount key (a
 * {@code 增减(%)} under 公务接待费 is not the 公务接待费 column) and their figures are read as percentages, which
 * no sum rule adds up. A change column in money ({@code 增减额}, {@code 增减金额}) is an amount column. Stateless.
 */
final class PercentColumns {
    private PercentColumns() {
    }

    private static final Pattern PERCENT = Pattern.compile("[%％‰]|百分比|百分点|(增长|增减|减少|下降|变动|完成|执行|使用|支出|预算|占)率$|增幅|降幅|幅度|占比|比重|比例");

    /** Whether a header path (its texts top to bottom) names a percentage column: its leaf, or a parent over it. */
    static boolean named(List<String> path) {
        for (String x : path) {
            String c = Labels.compact(x);
            if (PERCENT.matcher(c).find() && !c.contains("金额") && !c.endsWith("额")) {
                return true;
            }
        }
        return false;
    }

    /** The same for a header label joined with '/'. */
    static boolean named(String label) {
        return label != null && named(List.of(label.split("/")));
    }
}
