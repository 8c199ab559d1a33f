package io.github.suanzhang.extract.table;

import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.number.NumberContext;
import io.github.suanzhang.core.number.NumberParser;
import io.github.suanzhang.core.number.ParseResult;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.ColumnDef;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.extract.typing.ColumnPrecision;
import io.github.suanzhang.extract.typing.RunningCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of a table being typed, across all its grids: the lines read so far ({@link BandReader}), the
 * amount texts waiting for their column's precision, the running 类 and 款 that complete a code printed
 * without them, and the problems met. {@link #rows} turns it into the table's rows once the columns are
 * known: every amount is parsed with the table's unit, a cell that fails is parsed again with its
 * column's most common precision (the one repair the parser allows), and what still fails becomes a text
 * cell and an {@code UNREADABLE_FIGURE} problem — unless it is words (a label standing in an amount cell),
 * which stay a text cell without a problem. A column whose header names a percentage ({@link PercentColumns})
 * is parsed as percentages, without the precision repair. Not thread-safe; one per table.
 */
final class Body {
    /**
     * A line read from the body, before its amounts are parsed.
     *
     * @param side   the side of a two-sided table, else null
     * @param lineNo the 行次 as printed, or null
     * @param code   the subject code, or null
     * @param label  the label as printed
     * @param fixed  the cells known already (code, label, 行次) by column key
     * @param place  page and box of the line
     */
    record Line(TableKind.Side side, String lineNo, SubjectCode code, String label, Map<String, Cell> fixed, Place place) {
    }

    /** An amount text waiting for its column's precision. */
    record Pending(int row, int col, String raw, Place place, boolean anyUnit) {
    }

    /** The last 类 and 款 seen, completing codes printed without them. */
    final RunningCode running = new RunningCode();
    final List<Line> lines = new ArrayList<>();
    final List<Map<String, Pending>> pendings = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    /** How many lines were read so far. */
    int size() {
        return lines.size();
    }

    void add(Line line, Map<String, Pending> amounts) {
        lines.add(line);
        pendings.add(amounts);
    }

    /** The typed rows over the columns {@code defs}, figures parsed in {@code unit}. */
    List<Row> rows(List<ColumnDef> defs, Unit unit, TableRegion region) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < defs.size(); i++) {
            index.put(defs.get(i).key(), i);
        }
        ColumnPrecision decimals = modalDecimals(pendings, unit);
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line o = lines.get(i);
            Cell[] cells = new Cell[defs.size()];
            for (Map.Entry<String, Cell> e : o.fixed().entrySet()) {
                Integer k = index.get(e.getKey());
                if (k != null) {
                    cells[k] = e.getValue();
                }
            }
            for (Map.Entry<String, Pending> e : pendings.get(i).entrySet()) {
                Integer k = index.get(e.getKey());
                if (k == null) {
                    continue;
                }
                boolean percent = PercentColumns.named(defs.get(k).label());
                cells[k] = parse(e.getValue(), percent ? Unit.PERCENT : unit, percent ? null : decimals.of(e.getKey()), region,
                        problems);
            }
            out.add(new Row(o.side(), o.lineNo(), o.code(), o.label(), Arrays.asList(cells), o.place()));
        }
        return out;
    }

    private static Cell parse(Pending p, Unit unit, Integer decimals, TableRegion region, List<Problem> problems) {
        NumberContext ctx = unit == Unit.PERCENT ? NumberContext.percent()
                : p.anyUnit() ? new NumberContext(NumberContext.Kind.ANY, unit, null) : NumberContext.amount(unit);
        ParseResult r = NumberParser.parse(p.raw(), ctx);
        if (r instanceof ParseResult.NotANumber && decimals != null) {
            r = NumberParser.parse(p.raw(), ctx.withDecimals(decimals));
        }
        if (r instanceof ParseResult.Parsed parsed) {
            return new Cell(p.raw(), parsed.amount(), p.place(), parsed.repaired());
        }
        // words in an amount cell (a row label standing there, a header's clipped overflow) are text, not an
        // unreadable figure
        if (r instanceof ParseResult.NotANumber nan && !p.anyUnit() && !ContinuedColumns.words(p.raw())) {
            problems.add(new Problem(ProblemKind.UNREADABLE_FIGURE, p.place().describe() + "表格“" + region.title()
                    + "”的单元格“" + p.raw() + "”不是数字: " + nan.reason(), p.place()));
        }
        return Cell.text(p.raw(), p.place());
    }

    private static ColumnPrecision modalDecimals(List<Map<String, Pending>> pendings, Unit unit) {
        ColumnPrecision out = new ColumnPrecision(unit);
        for (Map<String, Pending> m : pendings) {
            for (Map.Entry<String, Pending> e : m.entrySet()) {
                out.count(e.getKey(), e.getValue().raw());
            }
        }
        return out;
    }
}
