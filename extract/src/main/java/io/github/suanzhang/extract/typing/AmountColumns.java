package io.github.suanzhang.extract.typing;

import io.github.suanzhang.core.table.ColumnDef;
import io.github.suanzhang.core.table.ColumnKey;
import java.util.List;
import java.util.Set;

/**
 * Which of a kind's canonical columns hold figures, and which keys a table's printed amount columns get when
 * the header does not name them, for both readers. The PDF path maps each header to a key first
 * ({@code extract.table.ColumnMapper}) and falls back on {@link #onlyTotal}; the text-export path, whose
 * headers are not kept as cells, maps the printed amount columns by their count ({@link #printed}). Stateless.
 */
public final class AmountColumns {
    private AmountColumns() {
    }

    /** The keys of the row-label columns (科目编码, 科目名称, 项目, 行次), which hold no figure. */
    public static final Set<String> LABEL_KEYS = Set.of(ColumnKey.CODE, ColumnKey.NAME, ColumnKey.ITEM, ColumnKey.LINE);

    /** The keys of every column that holds text, not figures: the labels and the indicator and 品目 columns. */
    public static final Set<String> TEXT_KEYS = Set.of(ColumnKey.CODE, ColumnKey.NAME, ColumnKey.ITEM, ColumnKey.LINE,
            ColumnKey.LEVEL1, ColumnKey.LEVEL2, ColumnKey.INDICATOR, ColumnKey.CATEGORY);

    /** The keys of the amount columns among {@code columns} (a kind's, or one side's), in their order. */
    public static List<String> keys(List<ColumnDef> columns) {
        return columns.stream().map(ColumnDef::key).filter(k -> !TEXT_KEYS.contains(k)).toList();
    }

    /** Whether {@code columns} have one amount column, 合计: then a lone unnamed amount column is it (机关运行经费支出, 金额). */
    public static boolean onlyTotal(List<ColumnDef> columns) {
        return keys(columns).equals(List.of(ColumnKey.TOTAL));
    }

    /** The keys of {@code printed} amount columns, and whether they fit the kind's (false: the first ones are taken). */
    public record Printed(List<String> keys, boolean fits) {
    }

    /**
     * The keys of the printed amount columns by their count: the kind's amount columns when as many are printed
     * (or the count is unknown, 0); the known subset of the templates otherwise (the 2023 公开08表 prints
     * 合计/基本支出/项目支出 of the 政府性基金 column set); else the first {@code printed} of them, not fitting.
     */
    public static Printed printed(List<ColumnDef> columns, int printed) {
        List<String> canon = keys(columns);
        if (printed == 0 || printed == canon.size()) {
            return new Printed(canon, true);
        }
        List<String> basicAndProject = List.of(ColumnKey.TOTAL, ColumnKey.BASIC, ColumnKey.PROJECT);
        if (printed == 3 && canon.containsAll(basicAndProject)) {
            return new Printed(basicAndProject, true);
        }
        return new Printed(canon.subList(0, Math.min(printed, canon.size())), false);
    }
}
