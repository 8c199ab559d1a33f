package io.github.suanzhang.extract.table;

import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.Box;
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
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.extract.grid.Grid;
import io.github.suanzhang.extract.grid.GridCell;
import io.github.suanzhang.extract.table.ColumnMapper.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
 * Stateless.
 */
public final class TableTyper {
    private TableTyper() {
    }

    /** A typed table and what went wrong while typing it. */
    public record Result(Table table, List<Problem> problems) {
    }

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    /** A label column naming the budget unit of each line (深圳 表9 预算单位), beside the line's own label. */
    private static final Pattern ENTITY_HEADER = Pattern.compile("(^|/)(预算单位|单位名称)$");
    /** A code column naming budget units (部门代码, 单位编码), not subjects: its codes are kept as text, never a {@link SubjectCode}. */
    private static final Pattern UNIT_CODE_HEADER = Pattern.compile("(^|/)(部门|单位|预算单位)(代码|编码)$");
    private static final Pattern CODE_IN_LABEL = Pattern.compile("^[\\[(]((?:2\\d\\d|3\\d\\d|5\\d\\d)(?:\\d\\d){0,2})[\\])](?=\\D)");

    /** One lattice column's reading. */
    private static final class Col {
        int block;
        TableKind.Side side;
        Role role;
        int part;
        String key;
        String label;
        double x0;
        double x1;
    }

    /** A cell waiting for its column's precision. */
    private record Pending(int row, int col, String raw, Place place, boolean anyUnit) {
    }

    public static Result type(String id, TableRegion region) {
        java.util.Optional<TableKind> form = TargetForm.kindOf(region);
        if (form.isPresent() && TargetForm.isForm(region)) {
            return TargetForm.read(id, region, form.get()); // 绩效目标表 printed as a form
        }
        Result r = typeAs(id, region, region.kind());
        if (region.kind() != TableKind.GENERIC && !r.table().rows().isEmpty() && !hasCanonicalAmount(r.table())) {
            Result g = typeAs(id, region, TableKind.GENERIC);
            List<Problem> ps = new ArrayList<>(g.problems());
            ps.add(new Problem(ProblemKind.TABLE_NOT_UNDERSTOOD, "第" + region.place().page() + "页表格“" + region.title()
                    + "”的列无法对应到" + region.kind().standardName() + "的标准列，按通用表格保留原始单元格", region.place()));
            return new Result(g.table(), ps);
        }
        return r;
    }

    private static boolean hasCanonicalAmount(Table t) {
        for (ColumnDef c : t.columns()) {
            if (!c.key().startsWith("col") && !Set.of("code", "name", "item", "line").contains(c.key())) {
                return true;
            }
        }
        return false;
    }

    private static Result typeAs(String id, TableRegion region, TableKind kind) {
        List<Problem> problems = new ArrayList<>();
        LinkedHashMap<String, ColumnDef> columns = new LinkedHashMap<>();
        Map<String, String> unknownKeys = new HashMap<>();
        List<Object[]> rows = new ArrayList<>(); // {side, line, code, label, Map<String, Cell> fixed, Place}
        List<Map<String, Pending>> pendings = new ArrayList<>();
        List<Col> prev = null;
        String[] running = new String[2]; // last 类, last 款
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
            List<Col> cols;
            boolean headerless = headerEnd == 0 || HeaderBands.allSkipped(skip, headerEnd) || !HeaderBands.looksLikeHeader(g, headerEnd, skip);
            boolean byContent = ContinuedColumns.applies(kind);
            if (!headerless && prev != null && byContent && ContinuedColumns.labelsOnly(g, headerEnd, skip, amountColumns(g, prev))) {
                headerless = true; // the lines above the first figure are figureless body lines (小计, 上年结转), not a header
            }
            if (headerless && prev != null) {
                cols = byPosition(g, prev, byContent);
                headerEnd = HeaderBands.firstUnskipped(skip, headerEnd);
            } else {
                cols = fromHeader(g, headerEnd, skip, kind, unknownKeys, titleYear(region.title()));
            }
            prev = cols;
            for (Col c : cols) {
                if (c.role == Role.AMOUNT && c.key != null) {
                    columns.putIfAbsent(c.key, kind.column(c.key).orElse(new ColumnDef(c.key, c.label)));
                }
                hasCode |= c.role == Role.CODE || c.role == Role.CODE_PART;
                hasLine |= c.role == Role.LINE;
            }
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
                    readBand(g, band, headerEnd, c0, c1, cols, kind, region, running, rows, pendings, problems);
                }
                c0 = c1;
            }
        }
        // table columns: code, name/item, line, then amounts in the order first seen
        List<ColumnDef> defs = new ArrayList<>();
        boolean itemKind = kind.column("item").isPresent() || kind.column("name").isEmpty();
        if (hasCode) {
            defs.add(kind.column("code").orElse(new ColumnDef("code", "科目编码")));
        }
        defs.add(itemKind ? kind.column("item").orElse(new ColumnDef("item", "项目")) : kind.column("name").orElseThrow());
        if (hasLine) {
            defs.add(kind.column("line").orElse(new ColumnDef("line", "行次")));
        }
        defs.addAll(columns.values());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < defs.size(); i++) {
            index.put(defs.get(i).key(), i);
        }
        Unit unit = region.unit() == null ? Unit.NONE : region.unit();
        Map<String, Integer> decimals = modalDecimals(pendings, unit);
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Object[] o = rows.get(i);
            Cell[] cells = new Cell[defs.size()];
            @SuppressWarnings("unchecked")
            Map<String, Cell> fixed = (Map<String, Cell>) o[4];
            for (Map.Entry<String, Cell> e : fixed.entrySet()) {
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
                cells[k] = parse(e.getValue(), percent ? Unit.PERCENT : unit, percent ? null : decimals.get(e.getKey()), region, problems);
            }
            out.add(new Row((TableKind.Side) o[0], (String) o[1], (SubjectCode) o[2], (String) o[3], java.util.Arrays.asList(cells),
                    (Place) o[5]));
        }
        String emptyNote = region.emptyNote();
        if (emptyNote != null && out.stream().anyMatch(r -> r.cells().stream().anyMatch(c -> c != null && c.hasAmount()))) {
            emptyNote = null; // a table with figures is not empty, whatever its note says
        }
        Table t = new Table(id, kind, region.number(), region.title(), region.unit(), region.pages(), defs, out,
                region.notes(), emptyNote, region.place(), region.grids().isEmpty() ? "text" : "lattice");
        return new Result(t, problems);
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

    private static Map<String, Integer> modalDecimals(List<Map<String, Pending>> pendings, Unit unit) {
        Map<String, Map<Integer, Integer>> counts = new HashMap<>();
        for (Map<String, Pending> m : pendings) {
            for (Map.Entry<String, Pending> e : m.entrySet()) {
                if (NumberParser.parse(e.getValue().raw(), NumberContext.amount(unit)) instanceof ParseResult.Parsed p) {
                    counts.computeIfAbsent(e.getKey(), k -> new HashMap<>()).merge(p.amount().decimals(), 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> out = new HashMap<>();
        counts.forEach((k, c) -> out.put(k, c.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
        return out;
    }

    // ---- header ----

    private static List<Col> fromHeader(Lattice g, int headerEnd, boolean[] skip, TableKind kind, Map<String, String> unknownKeys,
                                        Integer titleYear) {
        List<List<String>> paths = new ArrayList<>();
        List<GridCell> leafCells = new ArrayList<>();
        for (int c = 0; c < g.nc; c++) {
            List<String> path = new ArrayList<>();
            GridCell last = null;
            GridCell leaf = null;
            for (int r = 0; r < headerEnd; r++) {
                GridCell cell = g.at(r, c);
                if (cell == null || cell == last || skip[r]) {
                    continue;
                }
                last = cell;
                String t = Labels.compact(String.join("", cell.lines()));
                if (!t.isEmpty()) {
                    path.add(t);
                    leaf = cell;
                }
            }
            paths.add(path);
            leafCells.add(leaf);
        }
        List<Col> cols = new ArrayList<>();
        for (int c = 0; c < g.nc; c++) {
            Col col = new Col();
            col.role = ColumnMapper.role(paths.get(c));
            col.x0 = g.grid.cols().get(c);
            col.x1 = g.grid.cols().get(c + 1);
            col.label = String.join("/", paths.get(c));
            if (col.role == Role.CODE_PART) {
                col.part = ColumnMapper.partIndex(paths.get(c).get(paths.get(c).size() - 1));
            }
            if (paths.get(c).isEmpty() && g.emptyColumn(c)) {
                col.role = Role.LABEL; // a blank margin column (北京 报表): no figure column, no key
            }
            cols.add(col);
        }
        // one 科目编码 header cell over several columns without 类/款/项 beneath: the columns are its parts
        for (int c = 0; c < g.nc; c++) {
            if (cols.get(c).role != Role.CODE || leafCells.get(c) == null) {
                continue;
            }
            int e = c;
            while (e + 1 < g.nc && cols.get(e + 1).role == Role.CODE && leafCells.get(e + 1) == leafCells.get(c)) {
                e++;
            }
            if (e > c) {
                for (int k = c; k <= e; k++) {
                    cols.get(k).role = Role.CODE_PART;
                    cols.get(k).part = Math.min(2, k - c);
                }
            }
            c = e;
        }
        // a column under the same header cell as a label column (项目名称 over two columns) is a label column too
        for (int c = 1; c < g.nc; c++) {
            // (or with no header at all beside a label column: 江苏 公开02表 prints 项目名称 over the group column only)
            if (cols.get(c).role == Role.AMOUNT && cols.get(c - 1).role == Role.LABEL
                    && (leafCells.get(c) == null || leafCells.get(c) == leafCells.get(c - 1))) {
                cols.get(c).role = Role.LABEL;
            }
        }
        // blocks: 收入 | 支出 for two-sided kinds; within a side (or a one-sided table) a new block starts
        // where a code or label column follows an amount column (blocks printed side by side)
        int split = kind.isTwoSided() ? sideSplit(g, headerEnd, cols) : Integer.MAX_VALUE;
        int block = 0;
        boolean seenAmount = false;
        for (int c = 0; c < g.nc; c++) {
            Col col = cols.get(c);
            if (c == split) {
                block++;
                seenAmount = false;
            }
            if (col.role == Role.AMOUNT) {
                seenAmount = true;
            } else if (seenAmount && col.role != Role.LINE) {
                block++;
                seenAmount = false;
            }
            col.block = block;
            if (kind.isTwoSided()) {
                col.side = c < split ? TableKind.Side.INCOME : TableKind.Side.EXPENDITURE;
            }
        }
        // a column headed by another year than the table's (2025年预算数 in a 2026 table, 重庆) is not the table's
        // figure: it keeps its printed header and no canonical key. Without a year in the title, the latest
        // year printed in the header is the table's.
        Integer year = titleYear;
        if (year == null) {
            for (List<String> path : paths) {
                for (String x : path) {
                    Integer y = leadingYear(x);
                    if (y != null && (year == null || y > year)) {
                        year = y;
                    }
                }
            }
        }
        // keys
        Map<Integer, Set<String>> used = new HashMap<>();
        for (int c = 0; c < g.nc; c++) {
            Col col = cols.get(c);
            if (col.role != Role.AMOUNT) {
                continue;
            }
            List<ColumnDef> candidates = col.side != null ? kind.columns(col.side) : kind.columns();
            String key = otherYear(paths.get(c), year) || PercentColumns.named(paths.get(c)) ? null
                    : ColumnMapper.key(paths.get(c), candidates);
            Set<String> u = used.computeIfAbsent(col.block, b -> new HashSet<>());
            if (key == null && u.isEmpty() && onlyTotal(candidates)) {
                key = "total"; // one amount column in a kind that has only 合计: 机关运行经费支出, 金额
            }
            if (key != null && !u.add(key)) {
                key = null;
            }
            if (key == null) {
                String label = col.label.isEmpty() ? "第" + (c + 1) + "列" : col.label;
                key = unknownKeys.computeIfAbsent(label, l -> "col" + (unknownKeys.size() + 1));
                col.label = label;
            }
            col.key = key;
        }
        return cols;
    }

    private static final Pattern LEADING_YEAR = Pattern.compile("^((?:19|20)\\d{2})年");

    /** The year a title or header text starts with or contains first (2026年一般公共预算…), or null. */
    static Integer titleYear(String title) {
        java.util.regex.Matcher m = Pattern.compile("((?:19|20)\\d{2})年").matcher(title == null ? "" : Labels.compact(title));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static Integer leadingYear(String header) {
        java.util.regex.Matcher m = LEADING_YEAR.matcher(header);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** Whether a header path names a year other than the table's (2025年预算数 above a 2026 table's columns). */
    static boolean otherYear(List<String> path, Integer year) {
        if (year == null) {
            return false;
        }
        for (String x : path) {
            Integer y = leadingYear(x);
            if (y != null && !y.equals(year)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyTotal(List<ColumnDef> candidates) {
        long amounts = candidates.stream().filter(d -> !Set.of("code", "name", "item", "line").contains(d.key())).count();
        return amounts == 1 && candidates.stream().anyMatch(d -> d.key().equals("total"));
    }

    /** The first lattice column of the 支出 side. */
    private static int sideSplit(Lattice g, int headerEnd, List<Col> cols) {
        for (int r = 0; r < Math.min(headerEnd, 4); r++) {
            GridCell income = null;
            GridCell expenditure = null;
            for (int c = 0; c < g.nc; c++) {
                GridCell cell = g.at(r, c);
                if (cell == null) {
                    continue;
                }
                String t = Labels.compact(String.join("", cell.lines()));
                if (t.length() <= 6 && t.contains("收入") && !t.contains("支出") && income == null) {
                    income = cell;
                } else if (t.length() <= 6 && t.contains("支出") && !t.contains("收入") && income != null && expenditure == null) {
                    expenditure = cell;
                }
            }
            if (income != null && expenditure != null && expenditure.col() > income.col()) {
                return expenditure.col();
            }
        }
        int labels = 0;
        for (int c = 0; c < cols.size(); c++) {
            if (cols.get(c).role == Role.LABEL && (c == 0 || cols.get(c - 1).role != Role.LABEL)) {
                labels++;
                if (labels == 2) {
                    return c;
                }
            }
        }
        return (cols.size() + 1) / 2;
    }

    /** Per lattice column of {@code g}: whether the previous grid's column it overlaps most is an amount column. */
    private static boolean[] amountColumns(Lattice g, List<Col> prev) {
        boolean[] out = new boolean[g.nc];
        for (int c = 0; c < g.nc; c++) {
            double x0 = g.grid.cols().get(c);
            double x1 = g.grid.cols().get(c + 1);
            double best = 0;
            for (Col p : prev) {
                double o = Math.min(x1, p.x1) - Math.max(x0, p.x0);
                if (o > best) {
                    best = o;
                    out[c] = p.role == Role.AMOUNT;
                }
            }
        }
        return out;
    }

    private static List<Col> byPosition(Lattice g, List<Col> prev, boolean byContent) {
        List<Col> out = new ArrayList<>();
        Set<Col> taken = new HashSet<>();
        ContinuedColumns.Content[] content = ContinuedColumns.content(g);
        for (int c = 0; c < g.nc; c++) {
            double x0 = g.grid.cols().get(c);
            double x1 = g.grid.cols().get(c + 1);
            Col best = null;
            double bestOverlap = 0;
            for (Col p : prev) {
                double o = Math.min(x1, p.x1) - Math.max(x0, p.x0);
                if (o > bestOverlap) {
                    bestOverlap = o;
                    best = p;
                }
            }
            // a column of words only (收入合计, 支出合计) takes the label column it overlaps, one of figures the
            // amount column it overlaps, when the column it overlaps most has the other role (a grid drawn with
            // other column edges on the next page)
            Col agreeing = null;
            double agreeingOverlap = 0;
            for (Col p : prev) {
                double o = Math.min(x1, p.x1) - Math.max(x0, p.x0);
                if (o > agreeingOverlap && !taken.contains(p) && ContinuedColumns.agrees(content[c], p.role == Role.AMOUNT)) {
                    agreeingOverlap = o;
                    agreeing = p;
                }
            }
            if (byContent && best != null && agreeing != null && !ContinuedColumns.agrees(content[c], best.role == Role.AMOUNT)) {
                best = agreeing;
            }
            Col col = new Col();
            col.x0 = x0;
            col.x1 = x1;
            if (best != null && taken.add(best)) {
                col.block = best.block;
                col.side = best.side;
                col.role = best.role;
                col.part = best.part;
                col.key = best.key;
                col.label = best.label;
            } else {
                col.block = best == null ? 0 : best.block;
                col.side = best == null ? null : best.side;
                col.role = Role.LABEL; // a sliver of a previous column: its text joins the label, never a figure
                col.label = "";
            }
            out.add(col);
        }
        return out;
    }

    // ---- rows ----

    /** A piece of a band's text in one column: text and the box of its glyphs. */
    private record Piece(String text, Box box) {
    }

    private static void readBand(Lattice g, int[] band, int bodyStart, int c0, int c1, List<Col> cols, TableKind kind, TableRegion region,
                                 String[] running, List<Object[]> rows, List<Map<String, Pending>> pendings,
                                 List<Problem> problems) {
        Map<Integer, Piece> pieces = new LinkedHashMap<>();
        Map<Integer, List<GridCell>> cellsOf = new LinkedHashMap<>();
        for (int c = c0; c < c1; c++) {
            List<GridCell> cs = g.cellsAssignedTo(band, c, c0);
            cellsOf.put(c, cs);
            StringBuilder raw = new StringBuilder();
            Box box = null;
            for (GridCell cell : cs) {
                if (cell.isEmpty()) {
                    continue;
                }
                if (raw.length() > 0) {
                    raw.append('\n');
                }
                raw.append(cell.text());
                for (Box b : cell.glyphBoxes()) {
                    box = box == null ? b : box.union(b);
                }
            }
            if (!raw.toString().isBlank()) {
                pieces.put(c, new Piece(raw.toString(), box));
            }
        }
        // a label cell standing beside every line of the body (深圳 表9 预算单位) names the table's unit, not a group
        long labelCols = pieces.keySet().stream().filter(c -> cols.get(c).role == Role.LABEL).count();
        if (labelCols > 1) {
            for (int c = c0; c < c1; c++) {
                List<GridCell> cs = cellsOf.get(c);
                boolean wholeBody = cs.size() == 1 && cs.get(0).row() <= bodyStart
                        && cs.get(0).row() + cs.get(0).rowSpan() >= g.nr && cs.get(0).rowSpan() > 1;
                boolean unitColumn = ENTITY_HEADER.matcher(cols.get(c).label == null ? "" : cols.get(c).label).find();
                if (cols.get(c).role == Role.LABEL && (wholeBody || unitColumn)) {
                    pieces.remove(c);
                }
            }
        }
        // a line whose label cell runs on into the next block and which has no figure here belongs to that block
        // (江苏 公开01表: 当年支出小计 spans the 功能分类 and 支出用途 blocks, its figure stands in the second)
        boolean runsOn = false;
        boolean figureHere = false;
        for (Map.Entry<Integer, Piece> e : pieces.entrySet()) {
            Role role = cols.get(e.getKey()).role;
            if (role == Role.AMOUNT) {
                figureHere = true;
            }
            for (GridCell cell : cellsOf.get(e.getKey())) {
                if (role != Role.AMOUNT && cell.col() + cell.colSpan() > c1) {
                    runsOn = true;
                }
            }
        }
        if (runsOn && !figureHere && c1 < g.nc) {
            return;
        }
        List<Map<Integer, Piece>> split = splitFusedLines(cellsOf, pieces, cols);
        for (Map<Integer, Piece> p : split) {
            readPieces(g, p, c0, c1, cols, kind, region, running, rows, pendings, problems);
        }
    }

    /**
     * Where a missing ruling fused several printed lines into one cell (each line of an amount cell is a
     * figure, the whole is not), the band is split into one row per line of that cell: every line of every
     * cell goes to the row whose line is nearest vertically.
     */
    private static List<Map<Integer, Piece>> splitFusedLines(Map<Integer, List<GridCell>> cellsOf, Map<Integer, Piece> pieces,
                                                             List<Col> cols) {
        List<Double> anchors = null;
        for (Map.Entry<Integer, Piece> e : pieces.entrySet()) {
            if (cols.get(e.getKey()).role != Role.AMOUNT) {
                continue;
            }
            List<GridCell> cs = cellsOf.get(e.getKey());
            if (cs.size() != 1 || cs.get(0).lines().size() < 2) {
                continue;
            }
            GridCell cell = cs.get(0);
            if (NumberParser.parse(cell.text(), NumberContext.ANY) instanceof ParseResult.Parsed) {
                continue;
            }
            boolean each = true;
            for (String l : cell.lines()) {
                each &= NumberParser.parse(l, NumberContext.ANY) instanceof ParseResult.Parsed;
            }
            if (each) {
                List<Double> ys = lineCentres(cell);
                if (ys != null && (anchors == null || ys.size() > anchors.size())) {
                    anchors = ys;
                }
            }
        }
        if (anchors == null) {
            return List.of(pieces);
        }
        List<Map<Integer, Piece>> out = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            out.add(new LinkedHashMap<>());
        }
        for (Map.Entry<Integer, List<GridCell>> e : cellsOf.entrySet()) {
            for (GridCell cell : e.getValue()) {
                List<Double> ys = lineCentres(cell);
                if (ys == null) {
                    continue;
                }
                List<Box> boxes = lineBoxes(cell);
                for (int k = 0; k < cell.lines().size(); k++) {
                    int best = 0;
                    for (int a = 1; a < anchors.size(); a++) {
                        if (Math.abs(anchors.get(a) - ys.get(k)) < Math.abs(anchors.get(best) - ys.get(k))) {
                            best = a;
                        }
                    }
                    Piece old = out.get(best).get(e.getKey());
                    String t = cell.lines().get(k);
                    Box b = boxes.get(k);
                    out.get(best).put(e.getKey(), old == null ? new Piece(t, b)
                            : new Piece(old.text() + "\n" + t, old.box() == null ? b : old.box().union(b)));
                }
            }
        }
        out.removeIf(Map::isEmpty);
        return out;
    }

    /** The box of each text line of a cell (glyph boxes are in line order; one per non-space character). */
    private static List<Box> lineBoxes(GridCell cell) {
        List<Box> out = new ArrayList<>();
        int i = 0;
        for (String line : cell.lines()) {
            Box box = null;
            for (int k = 0; k < line.length(); k++) {
                if (line.charAt(k) == ' ' || i >= cell.glyphBoxes().size()) {
                    continue;
                }
                Box b = cell.glyphBoxes().get(i++);
                box = box == null ? b : box.union(b);
            }
            out.add(box);
        }
        return out;
    }

    private static List<Double> lineCentres(GridCell cell) {
        List<Double> out = new ArrayList<>();
        for (Box b : lineBoxes(cell)) {
            if (b == null) {
                return null;
            }
            out.add((b.y0() + b.y1()) / 2);
        }
        return out;
    }

    private static void readPieces(Lattice g, Map<Integer, Piece> pieces, int c0, int c1, List<Col> cols, TableKind kind,
                                   TableRegion region, String[] running, List<Object[]> rows,
                                   List<Map<String, Pending>> pendings, List<Problem> problems) {
        String[] parts = new String[3];
        String whole = null;
        StringBuilder label = new StringBuilder();
        String line = null;
        Map<String, Pending> amounts = new LinkedHashMap<>();
        Map<String, Cell> fixed = new LinkedHashMap<>();
        Box rowBox = null;
        Box codeBox = null;
        List<String> codeRaw = new ArrayList<>();
        Box labelBox = null;
        String unitCode = null;
        Box unitCodeBox = null;
        TableKind.Side side = cols.get(c0).side;
        boolean anyText = false;
        int lastLabelCol = -1;
        for (Map.Entry<Integer, Piece> pe : pieces.entrySet()) {
            int c = pe.getKey();
            String text = pe.getValue().text();
            Box box = pe.getValue().box();
            anyText = true;
            rowBox = rowBox == null ? box : rowBox.union(box);
            Col col = cols.get(c);
            String compact = Labels.compact(text);
            if (compact.matches("[类款项]+") && col.role != Role.AMOUNT) {
                continue; // the 类/款/项 header line banded with the 合计 line whose figures span both
            }
            if (compact.startsWith("类款项") || compact.startsWith("类款")) {
                text = text.replaceFirst("^\\s*类\\s*款\\s*(项)?\\s*", "");
            }
            switch (col.role) {
                case CODE_PART -> {
                    if (DIGITS.matcher(compact).matches()) {
                        parts[col.part] = compact;
                        codeRaw.add(text.strip());
                        codeBox = codeBox == null ? box : codeBox.union(box);
                    } else {
                        label.append(text);
                        labelBox = labelBox == null ? box : labelBox.union(box);
                    }
                }
                case CODE -> {
                    if (col.label != null && UNIT_CODE_HEADER.matcher(col.label).find() && DIGITS.matcher(compact).matches()) {
                        // 部门代码 024 / 024001 (苏州): the budget unit's code, kept as printed, not a subject code
                        unitCode = unitCode == null ? text.strip() : unitCode + " " + text.strip();
                        unitCodeBox = unitCodeBox == null ? box : unitCodeBox.union(box);
                    } else if (DIGITS.matcher(compact).matches()) {
                        whole = compact;
                        codeRaw.add(text.strip());
                        codeBox = codeBox == null ? box : codeBox.union(box);
                    } else {
                        label.append(text);
                        labelBox = labelBox == null ? box : labelBox.union(box);
                    }
                }
                case LABEL -> {
                    if (whole == null && parts[0] == null && compact.matches("\\d{3}|\\d{5}|\\d{7}")) {
                        whole = compact;
                        codeRaw.add(text.strip());
                        codeBox = codeBox == null ? box : codeBox.union(box);
                    } else {
                        if (label.length() > 0 && lastLabelCol >= 0 && lastLabelCol != c) {
                            label.append('/'); // a group label beside its items: 一般公共预算资金/小计
                        }
                        lastLabelCol = c;
                        label.append(text);
                        labelBox = labelBox == null ? box : labelBox.union(box);
                    }
                }
                case LINE -> {
                    line = compact;
                    fixed.put("line", Cell.text(text, Place.onPage(g.grid.page(), box)));
                }
                case AMOUNT -> {
                    if (col.key != null) {
                        amounts.merge(col.key, new Pending(rows.size(), c, text, Place.onPage(g.grid.page(), box),
                                        col.key.startsWith("col")),
                                (a, b) -> a.raw().isBlank() ? b : a);
                    }
                }
            }
        }
        if (!anyText) {
            return;
        }
        String lab = Labels.label(label.toString());
        if (codeRaw.isEmpty()) {
            // a code printed inside the label: [2080501]行政单位离退休 (广州), 2080501 行政单位离退休
            java.util.regex.Matcher m = CODE_IN_LABEL.matcher(lab);
            if (m.find()) {
                whole = m.group(1);
                codeRaw.add(m.group().strip());
                codeBox = labelBox;
                lab = lab.substring(m.end());
            }
        }
        SubjectCode code = null;
        boolean repaired = false;
        if (!codeRaw.isEmpty()) {
            SubjectCodes.Result cr = SubjectCodes.assemble(parts, whole, running);
            code = cr.code();
            repaired = cr.repaired();
            if (cr.problem() != null) {
                Place p = Place.onPage(g.grid.page(), codeBox);
                problems.add(new Problem(ProblemKind.UNREADABLE_FIGURE, p.describe() + "表格“" + region.title() + "”的科目编码“"
                        + String.join(" ", codeRaw) + "”" + cr.problem(), p));
            }
            fixed.put("code", new Cell(String.join(" ", codeRaw), null, Place.onPage(g.grid.page(), codeBox), repaired));
        } else if (unitCode != null) {
            fixed.put("code", Cell.text(unitCode, Place.onPage(g.grid.page(), unitCodeBox)));
        }
        if (!lab.isEmpty()) {
            String key = kind.column("item").isPresent() || kind.column("name").isEmpty() ? "item" : "name";
            fixed.put(key, Cell.text(lab, Place.onPage(g.grid.page(), labelBox)));
        }
        rows.add(new Object[] {side, line, code, lab, fixed, Place.onPage(g.grid.page(), rowBox)});
        pendings.add(amounts);
    }

}
