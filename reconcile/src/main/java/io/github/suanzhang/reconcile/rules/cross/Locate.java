package io.github.suanzhang.reconcile.rules.cross;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.reconcile.rules.Figures;
import io.github.suanzhang.reconcile.rules.Figures.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Finding lines and cells across tables by kind, side and label. Stateless; static methods only. */
final class Locate {

    private Locate() {
    }

    /** One cell of one table. */
    record Loc(Table table, int row, int col) {
        Optional<Figure> figure() {
            return Figures.figure(table, row, col);
        }

        /** E.g. {@code 收入支出决算总表中“本年支出合计”行} or with the column label when the table has several. */
        String name() {
            return Figures.tableName(table) + "中" + Figures.rowName(table.rows().get(row)) + Figures.columnName(table, col);
        }

        Row rowObject() {
            return table.rows().get(row);
        }
    }

    /** The one table of a kind that has figures; empty when there is none or more than one. */
    static Optional<Table> table(Disclosure d, TableKind kind) {
        List<Table> ts = d.tables(kind).stream().filter(t -> !t.withoutFigures()).toList();
        return ts.size() == 1 ? Optional.of(ts.get(0)) : Optional.empty();
    }

    /** Whether the disclosure has no figures of this kind (absent or printed empty). */
    static boolean noFigures(Disclosure d, TableKind kind) {
        return d.tables(kind).stream().allMatch(Table::withoutFigures);
    }

    /** The one line on {@code side} (null: any) whose normalised label satisfies {@code label}. */
    static Optional<Integer> line(Table t, TableKind.Side side, Predicate<String> label) {
        Integer found = null;
        for (int i = 0; i < t.rows().size(); i++) {
            Row r = t.rows().get(i);
            if (side != null && r.side() != null && side != r.side()) {
                continue;
            }
            if (side != null && r.side() == null && t.kind().isTwoSided()) {
                continue;
            }
            if (label.test(Figures.norm(r.label()))) {
                if (found != null) {
                    return Optional.empty();
                }
                found = i;
            }
        }
        return Optional.ofNullable(found);
    }

    /** All lines on {@code side} whose label satisfies the predicate, in order. */
    static List<Integer> lines(Table t, TableKind.Side side, Predicate<String> label) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) {
            Row r = t.rows().get(i);
            if (side != null && side != r.side()) {
                continue;
            }
            if (label.test(Figures.norm(r.label()))) {
                out.add(i);
            }
        }
        return out;
    }

    /** A cell by line and column key; empty when the table lacks the column. */
    static Optional<Loc> cell(Table t, Optional<Integer> row, String key) {
        int c = t.columnIndex(key);
        if (c < 0 || row.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Loc(t, row.get(), c));
    }

    /** The label without an ordinal prefix (八、) and a trailing (类): 社会保障和就业支出. */
    static String className(String label) {
        return Figures.norm(label).replaceFirst("^[一二三四五六七八九十百零〇]+[、.]", "")
                .replaceFirst("\\(类\\)$", "");
    }

    static boolean isTotal(String s) {
        return s.equals("总计") || s.equals("合计");
    }
}
