package io.github.suanzhang.extract.table;

import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.number.NumberContext;
import io.github.suanzhang.core.number.NumberParser;
import io.github.suanzhang.core.number.ParseResult;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.ColumnKey;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.extract.grid.GridCell;
import io.github.suanzhang.extract.table.ColumnMapper.Role;
import io.github.suanzhang.extract.typing.SubjectCodes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The typer's body step: reads the bands of one grid's body into {@link Body.Line}s, given the grid's
 * {@link Column}s. A band is one printed line: its label (wrapped lines joined, a group label beside its
 * items as 组/项), its subject code (from whole or split 类/款/项 columns, or printed inside the label,
 * completed from the lines above by {@link SubjectCodes}), its 行次, and its amount texts, which wait in
 * the {@link Body} for their column's precision. A band whose amount cell holds several printed lines
 * (a ruling missing) is split into one line per figure. One reader per grid; not thread-safe.
 */
final class BandReader {
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    /** A label column naming the budget unit of each line (深圳 表9 预算单位), beside the line's own label. */
    private static final Pattern ENTITY_HEADER = Pattern.compile("(^|/)(预算单位|单位名称)$");
    /** A code column naming budget units (部门代码, 单位编码), not subjects: its codes are kept as text, never a {@link SubjectCode}. */
    private static final Pattern UNIT_CODE_HEADER = Pattern.compile("(^|/)(部门|单位|预算单位)(代码|编码)$");
    private static final Pattern CODE_IN_LABEL = Pattern.compile("^[\\[(]((?:2\\d\\d|3\\d\\d|5\\d\\d)(?:\\d\\d){0,2})[\\])](?=\\D)");

    private final Lattice g;
    private final List<Column> cols;
    private final TableKind kind;
    private final TableRegion region;
    private final Body body;

    BandReader(Lattice g, List<Column> cols, TableKind kind, TableRegion region, Body body) {
        this.g = g;
        this.cols = cols;
        this.kind = kind;
        this.region = region;
        this.body = body;
    }

    /** A piece of a band's text in one column: text and the box of its glyphs. */
    private record Piece(String text, Box box) {
    }

    /** Reads one band over the block [c0, c1) of the body starting at lattice row {@code bodyStart}. */
    void read(int[] band, int bodyStart, int c0, int c1) {
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
            readPieces(p, c0, c1);
        }
    }

    /**
     * Where a missing ruling fused several printed lines into one cell (each line of an amount cell is a
     * figure, the whole is not), the band is split into one row per line of that cell: every line of every
     * cell goes to the row whose line is nearest vertically.
     */
    private static List<Map<Integer, Piece>> splitFusedLines(Map<Integer, List<GridCell>> cellsOf, Map<Integer, Piece> pieces,
                                                             List<Column> cols) {
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
                List<Box> boxes = cell.lineBoxes();
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

    private static List<Double> lineCentres(GridCell cell) {
        List<Double> out = new ArrayList<>();
        for (Box b : cell.lineBoxes()) {
            if (b == null) {
                return null;
            }
            out.add((b.y0() + b.y1()) / 2);
        }
        return out;
    }

    private void readPieces(Map<Integer, Piece> pieces, int c0, int c1) {
        String[] parts = new String[3];
        String whole = null;
        StringBuilder label = new StringBuilder();
        String line = null;
        Map<String, Body.Pending> amounts = new LinkedHashMap<>();
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
            Column col = cols.get(c);
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
                    fixed.put(ColumnKey.LINE, Cell.text(text, Place.onPage(g.grid.page(), box)));
                }
                case AMOUNT -> {
                    if (col.key != null) {
                        amounts.merge(col.key, new Body.Pending(body.size(), c, text, Place.onPage(g.grid.page(), box),
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
            SubjectCodes.Result cr = whole != null ? SubjectCodes.whole(whole, body.running)
                    : SubjectCodes.columns(parts, body.running);
            code = cr.code();
            repaired = cr.repaired();
            if (cr.problem() != null) {
                Place p = Place.onPage(g.grid.page(), codeBox);
                body.problems.add(new Problem(ProblemKind.UNREADABLE_FIGURE, p.describe() + "表格“" + region.title() + "”的科目编码“"
                        + String.join(" ", codeRaw) + "”" + cr.problem(), p));
            }
            fixed.put(ColumnKey.CODE, new Cell(String.join(" ", codeRaw), null, Place.onPage(g.grid.page(), codeBox), repaired));
        } else if (unitCode != null) {
            fixed.put(ColumnKey.CODE, Cell.text(unitCode, Place.onPage(g.grid.page(), unitCodeBox)));
        }
        if (!lab.isEmpty()) {
            String key = kind.column(ColumnKey.ITEM).isPresent() || kind.column(ColumnKey.NAME).isEmpty() ? ColumnKey.ITEM : ColumnKey.NAME;
            fixed.put(key, Cell.text(lab, Place.onPage(g.grid.page(), labelBox)));
        }
        body.add(new Body.Line(side, line, code, lab, fixed, Place.onPage(g.grid.page(), rowBox)), amounts);
    }
}
