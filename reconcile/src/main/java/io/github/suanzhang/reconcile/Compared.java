package io.github.suanzhang.reconcile;

import io.github.suanzhang.core.doc.CellCoverage;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.ColumnDef;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.reconcile.rules.Figures;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The recorder of the table cells the rules compared while auditing one document: the truthful half of
 * {@link CellCoverage}. {@link Reconciler} opens a recording on its own thread for the time of one audit
 * ({@link #during}); the shared checks ({@code FigureChecks.check}, {@code FigureChecks.samefact}) note the cells
 * of every identity they evaluate ({@link #cell}). Outside a recording {@link #cell} does nothing, so rules stay
 * usable alone. A cell counts once it entered an evaluated identity, whatever the outcome.
 */
public final class Compared {
    private static final ThreadLocal<Set<Key>> CURRENT = new ThreadLocal<>();

    private Compared() {
    }

    private record Key(String table, int row, String column) {
    }

    /** Notes that a rule compared the cell this evidence points at (nothing for a place that is not a cell). */
    public static void cell(Evidence e) {
        Set<Key> s = CURRENT.get();
        if (s != null && e != null && e.table() != null && e.row() != null && e.column() != null && e.document() == null) {
            s.add(new Key(e.table(), e.row(), e.column()));
        }
    }

    /** Runs {@code audit} while recording; the cells compared are passed to {@code into}. */
    static <T> T during(Supplier<T> audit, Set<Object> into) {
        Set<Key> previous = CURRENT.get();
        Set<Key> s = new HashSet<>();
        CURRENT.set(s);
        try {
            return audit.get();
        } finally {
            into.addAll(s);
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** The coverage of the document's standard-table figures by the recorded cells. */
    static CellCoverage coverage(Disclosure d, Set<Object> recorded) {
        int figures = 0;
        int covered = 0;
        Map<String, int[]> kinds = new TreeMap<>();
        List<CellCoverage.Uncovered> uncovered = new ArrayList<>();
        for (Table t : d.tables()) {
            if (!t.kind().isStandardFigures()) {
                continue;
            }
            int[] k = kinds.computeIfAbsent(t.kind().name(), x -> new int[2]);
            for (int r = 0; r < t.rows().size(); r++) {
                Row row = t.rows().get(r);
                for (int c = 0; c < t.columns().size(); c++) {
                    ColumnDef col = t.columns().get(c);
                    Cell cell = row.cell(c);
                    if (!Figures.isAmountColumn(col) || cell == null || !cell.hasAmount()) {
                        continue;
                    }
                    figures++;
                    k[0]++;
                    if (recorded.contains(new Key(t.id(), r, col.key()))) {
                        covered++;
                        k[1]++;
                    } else {
                        Place p = cell.place() != Place.UNKNOWN ? cell.place() : row.place();
                        uncovered.add(new CellCoverage.Uncovered(t.id(), t.kind().name(), r, col.key(), label(row),
                                p.page(), p.line()));
                    }
                }
            }
        }
        Map<String, CellCoverage.Counts> byKind = new TreeMap<>();
        kinds.forEach((name, k) -> {
            if (k[0] > 0) {
                byKind.put(name, new CellCoverage.Counts(k[0], k[1]));
            }
        });
        return new CellCoverage(figures, covered, byKind, uncovered);
    }

    private static String label(Row row) {
        String code = row.code() == null ? "" : row.code().digits() + " ";
        return (code + (row.label() == null ? "" : row.label())).strip();
    }
}
