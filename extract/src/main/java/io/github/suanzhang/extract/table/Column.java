package io.github.suanzhang.extract.table;

import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.extract.table.ColumnMapper.Role;

/**
 * One lattice column's reading, filled by {@link HeaderColumns}: the block of columns it belongs to
 * (blocks printed side by side, or the 收入 | 支出 halves of a two-sided table), its side, its role, the
 * part (0 类, 1 款, 2 项) of a split code column, the canonical key of an amount column, its header label
 * (the header path joined by /) and its horizontal extent.
 */
final class Column {
    int block;
    TableKind.Side side;
    Role role;
    int part;
    String key;
    String label;
    double x0;
    double x1;
}
