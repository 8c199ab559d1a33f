package io.github.suanzhang.extract.table;

import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.number.NumberParser;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.ColumnDef;
import io.github.suanzhang.core.table.ColumnKey;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.extract.grid.Grid;
import io.github.suanzhang.extract.table.ColumnMapper.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Types a located table: finds the header rows of each grid, maps leaf columns to the kind's canonical
 * columns, and reads the body into rows with subject codes, labels and amounts.
 *
 * <ol>
 * <li><b>Bands.</b> A band is the smallest run of lattice rows that no cell of the columns considered
 *     crosses; a band is one printed line even where its label is wrapped or its amounts stand on another
 *     baseline.</li>
 * <li><b>Header.</b> The bands before the first data band (one with a figure, a subject code or an
 *     ordinal label 一、, or a body line whose figures are empty: {@link HeaderBands}); 栏次 bands (栏次/行次
 *     labels, or only the numbers 1, 2, 3 … with ****, 甲, 乙 in the label columns) are header and are left out
 *     of the labels. A blank margin column (no text at all) is not a figure column. Each lattice column's header path is the distinct texts of the header cells
 *     covering it, top to bottom; {@link ColumnMapper} gives its role and key.</li>
 * <li><b>Blocks.</b> Two-sided kinds split into 收入 | 支出 at the header cell naming 支出 (else at the
 *     second label column); other tables printed as blocks side by side (公开06表: code, name, amount
 *     three times) split where a code or label column follows an amount column. Each block's body is
 *     banded on its own columns.</li>
 * <li><b>Continuation.</b> A grid without header rows (a table continued on the next page) takes its
 *     columns from the previous grid's, by horizontal overlap.</li>
 * <li><b>Codes.</b> From whole or split 类/款/项 columns; a part left out is completed from the lines
 *     above; a 类 misprinted (not three digits) is completed only when the printed 款 continues the
 *     running 款 of the running 类 (the cell keeps what is printed and is marked repaired), else the line
 *     has no code and a problem says why.</li>
 * <li><b>Figures.</b> {@link NumberParser} with the table's unit; a cell that fails is parsed again
 *     with its column's most common precision (the one repair the parser allows); what still fails
 *     becomes a text cell and an {@code UNREADABLE_FIGURE} problem.</li>
 * </ol>
 * The steps are classes of their own: {@link TableClassifier} (the kind), {@link HeaderBands} (where
 * the header ends), {@link HeaderColumns} (columns, blocks, sides, keys), {@link BandReader} (lines),
 * {@link Body} (figures). Stateless.
 */
public final class TableTyper {
    private TableTyper() {
    }

    /**
     * A typed table, what went wrong while typing it, and the kind's classification.
     *
     * @param table          the typed table
     * @param problems       lines not understood, figures not read
     * @param classification the kind it was typed as, and on what evidence ({@link TableClassifier})
     */
    public record Result(Table table, List<Problem> problems, TableClassifier.Classification classification) {
        Result(Table table, List<Problem> problems) {
            this(table, problems, null);
        }
    }

    /** Types a located table as the kind {@link TableClassifier} decides. */
    public static Result type(String id, TableRegion region) {
        TableClassifier.Classification c = TableClassifier.classify(region);
        if (c.basis() == TableClassifier.Basis.PERFORMANCE_TARGET_FORM) {
            Result r = TargetForm.read(id, region, c.kind()); // 绩效目标表 printed as a form
            return new Result(r.table(), r.problems(), c);
        }
        Result r = typeAs(id, region, c.kind());
        TableClassifier.Classification after = TableClassifier.afterTyping(c, r.table());
        if (after != c) {
            Result g = typeAs(id, region, TableKind.GENERIC);
            List<Problem> ps = new ArrayList<>(g.problems());
            ps.add(TableClassifier.demotionProblem(region, c.kind()));
            return new Result(g.table(), ps, after);
        }
        return new Result(r.table(), r.problems(), c);
    }

    private static Result typeAs(String id, TableRegion region, TableKind kind) {
        Body body = new Body();
        LinkedHashMap<String, ColumnDef> columns = new LinkedHashMap<>();
        Map<String, String> unknownKeys = new HashMap<>();
        List<Column> prev = null;
        boolean hasCode = false;
        boolean hasLine = false;
        for (Grid grid : region.grids()) {
            Lattice g = new Lattice(grid);
            boolean[] skip = new boolean[g.nr];
            int headerEnd = g.nr;
            for (int[] band : g.bands(0, g.nc, 0)) {
                HeaderBands.Kind bk = HeaderBands.kind(g, band, 0, g.nc);
                if (bk == HeaderBands.Kind.DATA
                        || bk == HeaderBands.Kind.HEADER && HeaderBands.figurelessBodyLine(g, band, skip)) {
                    headerEnd = band[0];
                    break;
                }
                if (bk == HeaderBands.Kind.COLUMN_NUMBERS) {
                    for (int r = band[0]; r < band[1]; r++) {
                        skip[r] = true;
                    }
                }
            }
            List<Column> cols;
            boolean headerless = headerEnd == 0 || HeaderBands.allSkipped(skip, headerEnd) || !HeaderBands.looksLikeHeader(g, headerEnd, skip);
            boolean byContent = ContinuedColumns.applies(kind);
            if (!headerless && prev != null && byContent
                    && ContinuedColumns.labelsOnly(g, headerEnd, skip, HeaderColumns.amountColumns(g, prev))) {
                headerless = true; // the lines above the first figure are figureless body lines (小计, 上年结转), not a header
            }
            if (headerless && prev != null) {
                cols = HeaderColumns.byPosition(g, prev, byContent);
                headerEnd = HeaderBands.firstUnskipped(skip, headerEnd);
            } else {
                cols = HeaderColumns.fromHeader(g, headerEnd, skip, kind, unknownKeys, HeaderColumns.titleYear(region.title()));
            }
            prev = cols;
            for (Column c : cols) {
                if (c.role == Role.AMOUNT && c.key != null) {
                    columns.putIfAbsent(c.key, kind.column(c.key).orElse(new ColumnDef(c.key, c.label)));
                }
                hasCode |= c.role == Role.CODE || c.role == Role.CODE_PART;
                hasLine |= c.role == Role.LINE;
            }
            BandReader reader = new BandReader(g, cols, kind, region, body);
            int c0 = 0;
            while (c0 < g.nc) {
                int c1 = c0;
                while (c1 < g.nc && cols.get(c1).block == cols.get(c0).block) {
                    c1++;
                }
                boolean[] fine = new boolean[g.nc];
                boolean anyFine = false;
                for (int c = c0; c < c1; c++) {
                    fine[c] = cols.get(c).role == Role.AMOUNT || cols.get(c).role == Role.LINE;
                    anyFine |= fine[c];
                }
                if (!anyFine) {
                    java.util.Arrays.fill(fine, c0, c1, true);
                }
                for (int[] band : g.bands(c0, c1, headerEnd, fine)) {
                    if (HeaderBands.kind(g, band, c0, c1) == HeaderBands.Kind.COLUMN_NUMBERS) {
                        continue;
                    }
                    reader.read(band, headerEnd, c0, c1);
                }
                c0 = c1;
            }
        }
        // table columns: code, name/item, line, then amounts in the order first seen
        List<ColumnDef> defs = new ArrayList<>();
        boolean itemKind = kind.column(ColumnKey.ITEM).isPresent() || kind.column(ColumnKey.NAME).isEmpty();
        if (hasCode) {
            defs.add(kind.column(ColumnKey.CODE).orElse(new ColumnDef(ColumnKey.CODE, "科目编码")));
        }
        defs.add(itemKind ? kind.column(ColumnKey.ITEM).orElse(new ColumnDef(ColumnKey.ITEM, "项目")) : kind.column(ColumnKey.NAME).orElseThrow());
        if (hasLine) {
            defs.add(kind.column(ColumnKey.LINE).orElse(new ColumnDef(ColumnKey.LINE, "行次")));
        }
        defs.addAll(columns.values());
        Unit unit = region.unit() == null ? Unit.NONE : region.unit();
        List<Row> out = body.rows(defs, unit, region);
        String emptyNote = region.emptyNote();
        if (emptyNote != null && out.stream().anyMatch(r -> r.cells().stream().anyMatch(c -> c != null && c.hasAmount()))) {
            emptyNote = null; // a table with figures is not empty, whatever its note says
        }
        Table t = new Table(id, kind, region.number(), region.title(), region.unit(), region.pages(), defs, out,
                region.notes(), emptyNote, region.place(), region.grids().isEmpty() ? "text" : "lattice");
        return new Result(t, body.problems);
    }
}
