package io.github.suanzhang.extract.typing;

import io.github.suanzhang.core.number.NumberContext;
import io.github.suanzhang.core.number.NumberParser;
import io.github.suanzhang.core.number.ParseResult;
import io.github.suanzhang.core.number.Unit;
import java.util.HashMap;
import java.util.Map;

/**
 * The printed precision of a table's columns: the decimals most of a column's figures are printed with,
 * counted over the figures read as amounts in the table's unit before any cell is typed. Both readers use
 * it for the one repair {@link NumberParser} allows, a figure the layout split ({@code 1, 553, 51} in a
 * column of two decimals is 1553.51). Ties go to more decimals. Not thread-safe; one per table.
 */
public final class ColumnPrecision {
    private final Unit unit;
    private final Map<String, Map<Integer, Integer>> counts = new HashMap<>();
    private final Map<Integer, Integer> all = new HashMap<>();

    /** Counts figures read in {@code unit} (null: no unit). */
    public ColumnPrecision(Unit unit) {
        this.unit = unit;
    }

    /** Counts the text printed in column {@code key} when it reads as an amount; anything else is not counted. */
    public void count(String key, String raw) {
        if (NumberParser.parse(raw, NumberContext.amount(unit)) instanceof ParseResult.Parsed p) {
            int decimals = p.amount().decimals();
            counts.computeIfAbsent(key, k -> new HashMap<>()).merge(decimals, 1, Integer::sum);
            all.merge(decimals, 1, Integer::sum);
        }
    }

    /** The most frequent decimals of column {@code key}, or null when no figure of it was counted. */
    public Integer of(String key) {
        return mode(counts.getOrDefault(key, Map.of()));
    }

    /** The most frequent decimals over all columns, or null when no figure was counted. */
    public Integer overall() {
        return mode(all);
    }

    private static Integer mode(Map<Integer, Integer> counts) {
        Integer best = null;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && best != null && e.getKey() > best)) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
