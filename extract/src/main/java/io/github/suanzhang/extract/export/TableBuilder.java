package io.github.suanzhang.extract.export;

import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.NumberContext;
import io.github.suanzhang.core.number.NumberParser;
import io.github.suanzhang.core.number.ParseResult;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.ColumnDef;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.extract.typing.AmountColumns;
import io.github.suanzhang.extract.typing.ColumnPrecision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects a table's lines as printed text and types them in one go, so that a column's printed
 * precision can be inferred from its other cells before any cell is read: a column whose figures
 * are printed with two decimals gives {@link NumberContext#decimals()} 2, which is what lets
 * {@link NumberParser} read {@code 1, 553, 51} as 1553.51 (and nothing else does).
 *
 * <p>Text columns ({@code code}, {@code name}, {@code item}, {@code line}, the self-evaluation's
 * {@code level1}/{@code level2}/{@code indicator}) get {@link Cell#text}. Value columns get a parsed
 * figure, or the raw text with no figure and an {@link ProblemKind#UNREADABLE_FIGURE} problem. A figure
 * that ends its line and has fewer decimals than its column ({@code 105. 3} in a 2-decimal column)
 * is taken as cut off by the export: kept raw, {@linkplain Cell#unreadable unreadable} (no figure), and a
 * problem — never completed. A line the parser found damaged ({@link Draft#unreadable}) gets an
 * unreadable cell in each of its printed value columns, blank or not, and one problem. Blank cells are
 * null.
 */
final class TableBuilder {

    /** Keys whose cells hold text, never figures. */
    /** One printed line of the table (or one side of a two-sided line) before typing. */
    static final class Draft {
        final TableKind.Side side;
        final String lineNo;
        final SubjectCode code;
        final String label;
        final int line;
        /** column key → raw text, in insertion order */
        final Map<String, String> raw = new LinkedHashMap<>();
        /** column keys whose text ends the printed line */
        final java.util.Set<String> endsLine = new java.util.HashSet<>();
        /** column keys whose value is kept as printed with the number inside it (10,000, 600份, 98.5%以上) */
        final java.util.Set<String> embedded = new java.util.HashSet<>();
        /** column keys with a figure given directly (already read), not from text */
        final Map<String, Cell> given = new HashMap<>();
        /**
         * Why the line's figures cannot be placed in columns (it lost a figure), or null. Set, every
         * cell under {@link #unreadableKeys} is {@link Cell#unreadable}: its amount is not asserted.
         */
        String unreadable;
        final java.util.List<String> unreadableKeys = new java.util.ArrayList<>();

        Draft(TableKind.Side side, String lineNo, SubjectCode code, String label, int line) {
            this.side = side;
            this.lineNo = lineNo;
            this.code = code;
            this.label = label == null ? "" : label;
            this.line = line;
        }

        Draft put(String key, String text) {
            if (text != null) {
                raw.put(key, text);
            }
            return this;
        }

        boolean hasAnyValue() {
            for (Map.Entry<String, String> e : raw.entrySet()) {
                if (!AmountColumns.TEXT_KEYS.contains(e.getKey()) && !e.getValue().isBlank()) {
                    return true;
                }
            }
            return !given.isEmpty();
        }
    }

    private final String id;
    private final TableKind kind;
    private final List<ColumnDef> columns;
    final List<Draft> drafts = new ArrayList<>();

    TableBuilder(String id, TableKind kind, List<ColumnDef> columns) {
        this.id = id;
        this.kind = kind;
        this.columns = columns;
    }

    Draft add(TableKind.Side side, String lineNo, SubjectCode code, String label, int line) {
        Draft d = new Draft(side, lineNo, code, label, line);
        drafts.add(d);
        return d;
    }

    /**
     * The precision of each value column ({@link ColumnPrecision}, shared with the PDF path): the most frequent
     * printed decimals among its figures, leaving out figures that end their line (maybe cut off); a column
     * without figures gets the table's.
     */
    Map<String, Integer> precisions(Unit unit) {
        ColumnPrecision counted = new ColumnPrecision(unit);
        for (Draft d : drafts) {
            for (Map.Entry<String, String> e : d.raw.entrySet()) {
                String key = e.getKey();
                if (!AmountColumns.TEXT_KEYS.contains(key) && !d.embedded.contains(key) && !d.endsLine.contains(key)) {
                    counted.count(key, e.getValue());
                }
            }
        }
        Map<String, Integer> out = new HashMap<>();
        Integer fallback = counted.overall();
        for (ColumnDef c : columns) {
            Integer m = counted.of(c.key());
            out.put(c.key(), m != null ? m : fallback);
        }
        return out;
    }

    Table build(String number, String title, Unit unit, List<String> notes, String emptyNote, Place place,
                List<Problem> problems) {
        Map<String, Integer> precision = precisions(unit);
        List<Row> rows = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.unreadable != null) {
                problems.add(new Problem(ProblemKind.UNREADABLE_FIGURE, title + " " + d.label + ": " + d.unreadable
                        + "；该行数字未读取", Place.atLine(d.line)));
            }
            List<Cell> cells = new ArrayList<>(columns.size());
            for (ColumnDef c : columns) {
                cells.add(cell(d, c.key(), unit, precision.get(c.key()), title, problems));
            }
            rows.add(new Row(d.side, d.lineNo, d.code, d.label, cells, Place.atLine(d.line)));
        }
        return new Table(id, kind, number, title, unit, List.of(), columns, rows, notes, emptyNote, place, "text");
    }

    private Cell cell(Draft d, String key, Unit unit, Integer decimals, String title, List<Problem> problems) {
        if (d.given.containsKey(key)) {
            return d.given.get(key);
        }
        String raw = d.raw.get(key);
        Place place = Place.atLine(d.line);
        if (d.unreadable != null && d.unreadableKeys.contains(key)) {
            return Cell.unreadable(raw == null ? "" : raw, place);
        }
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (AmountColumns.TEXT_KEYS.contains(key)) {
            return Cell.text(raw, place);
        }
        if (d.embedded.contains(key)) {
            return embeddedCell(raw, place);
        }
        ParseResult r = NumberParser.parse(raw, new NumberContext(NumberContext.Kind.AMOUNT, unit, decimals));
        if (r instanceof ParseResult.Parsed p) {
            if (decimals != null && d.endsLine.contains(key) && p.amount().decimals() < decimals
                    && p.amount().decimals() > 0) {
                problems.add(new Problem(ProblemKind.UNREADABLE_FIGURE, title + " " + d.label + "：行末的“" + raw
                        + "”只有 " + p.amount().decimals() + " 位小数，而该列印 " + decimals
                        + " 位；可能被导出截断，按原样保留，不作为数字", place));
                return Cell.unreadable(raw, place);
            }
            return new Cell(raw, p.amount(), place, p.repaired());
        }
        if (r instanceof ParseResult.NotANumber n) {
            problems.add(new Problem(ProblemKind.UNREADABLE_FIGURE, title + " " + d.label + ": '" + raw
                    + "' is not a figure (" + n.reason() + ")", place));
        }
        return Cell.text(raw, place);
    }

    private static final java.util.regex.Pattern EMBEDDED_NUMBER = java.util.regex.Pattern.compile(
            "[-+]?\\d{1,3}(?:\\s*,\\s*\\d{3})+(?:\\s*\\.\\s*\\d+)?\\s*%?|[-+]?\\d+(?:\\s*\\.\\s*\\d+)?\\s*%?");

    /**
     * A value cell that may hold words around its number ({@code 全年超 过6,000 份}, {@code 98.5%以上},
     * {@code 300人次}, {@code 无}): the raw text kept, the first number in it read in {@link Unit#NONE}
     * (or {@link Unit#PERCENT} when followed by {@code %}); no figure when there is no number.
     */
    static Cell embeddedCell(String raw, Place place) {
        java.util.regex.Matcher m = EMBEDDED_NUMBER.matcher(raw);
        if (!m.find()) {
            return Cell.text(raw, place);
        }
        ParseResult r = NumberParser.parse(m.group(), NumberContext.ANY);
        if (r instanceof ParseResult.Parsed p) {
            Amount a = p.amount();
            return new Cell(raw, new Amount(a.value(), a.decimals(), a.unit(), raw), place, p.repaired());
        }
        return Cell.text(raw, place);
    }
}
