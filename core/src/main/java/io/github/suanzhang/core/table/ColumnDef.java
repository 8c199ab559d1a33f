package io.github.suanzhang.core.table;

import java.util.Objects;

/**
 * One column of a typed table.
 *
 * @param key   a stable identifier, ASCII, e.g. {@code total}, {@code basic}, {@code project}; the same
 *              key means the same thing in every table of one kind
 * @param label the Chinese header as the standard template prints it, e.g. 合计, 基本支出, 项目支出
 */
public record ColumnDef(String key, String label) {
    /** Requires the key and the label. */
    public ColumnDef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
    }
}
