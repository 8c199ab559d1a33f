package io.github.suanzhang.extract.table;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a 绩效目标表 (performance-target table) printed as a form rather than as a column table (重庆 2026
 * 表十 / 表十一 / 表十二): label cells and their values side by side (项目名称 | 市商务发展专项, 当年预算 | 46,794.00,
 * 市级支出 | 40,624.00), a goal text under or beside 当年(整体)绩效目标, and a block of indicator lines under a
 * header row (指标名称 or 三级指标 | 指标性质 | 指标值 | 计量单位 | 指标权重(%) …), often inside a label cell
 * (绩效指标) merged over all of them; a project-list variant prints 项目名称 | 预算金额 | 当年绩效目标 merged
 * over the indicator lines of each project.
 *
 * <p>The table it returns has one row per budget figure (label = the printed label, or the project's
 * name; column {@code budget}), one per goal text (column {@code goal}), and one per indicator line (label =
 * the indicator's name; {@code target} = 指标值, {@code weight} = 权重 or 分值, {@code level1}/{@code level2}
 * where printed, and the printed 指标性质 (≥, =, ≤) and 计量单位 as text in {@code direction} and
 * {@code measure}, without which a target cannot be read). Budget figures are in the table's unit;
 * targets and weights are read as plain figures (their unit is the line's 计量单位, or %).
 *
 * <p>A grid continued on the next page without the header row takes the previous grid's columns by
 * horizontal overlap. Stateless.
 */
final class TargetForm {
    private TargetForm() {
    }

    private static final Pattern GOAL_LABEL = Pattern.compile("^(当年|年度)?(整体)?(绩效)?目标$|绩效目标$");

    /** What an indicator-block column holds. */
    enum Role {
        INDICATOR, LEVEL1, LEVEL2, TARGET, WEIGHT, DIRECTION, MEASURE, PROJECT, BUDGET, GOAL
    }

    private static final Map<Role, ColumnDef> DEFS = new EnumMap<>(Role.class);

    static {
        DEFS.put(Role.BUDGET, col("budget", "预算金额"));
        DEFS.put(Role.GOAL, col("goal", "绩效目标"));
        DEFS.put(Role.LEVEL1, col("level1", "一级指标"));
        DEFS.put(Role.LEVEL2, col("level2", "二级指标"));
        DEFS.put(Role.TARGET, col("target", "指标值"));
        DEFS.put(Role.WEIGHT, col("weight", "指标权重"));
        DEFS.put(Role.DIRECTION, new ColumnDef("direction", "指标性质"));
        DEFS.put(Role.MEASURE, new ColumnDef("measure", "计量单位"));
    }

    private static ColumnDef col(String key, String fallbackLabel) {
        return TableKind.BUDGET_PERFORMANCE_TARGETS_PROJECT.column(key).orElse(new ColumnDef(key, fallbackLabel));
    }

    /** Whether some grid of the region holds an indicator header row (指标名称 or 三级指标). */
    static boolean isForm(TableRegion region) {
        for (Grid g : region.grids()) {
            if (headerRow(g) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final class Line {
        final String label;
        final Map<Role, Cell> cells = new EnumMap<>(Role.class);
        Place place;

        Line(String label, Place place) {
            this.label = label;
            this.place = place;
        }
    }

    /** Reads the region as a form of kind {@code kind}. */
    static TableTyper.Result read(String id, TableRegion region, TableKind kind) {
        List<Problem> problems = new ArrayList<>();
        Unit unit = region.unit() == null ? Unit.NONE : region.unit();
        List<Line> lines = new ArrayList<>();
        Map<Role, int[]> prevCols = null; // role → [x0, x1] of the previous grid's header cells
        for (Grid g : region.grids()) {
            int header = headerRow(g);
            Map<Role, int[]> cols;
            if (header >= 0) {
                cols = columns(g, header);
            } else if (prevCols != null) {
                cols = byPosition(g, prevCols, region.grids().get(region.grids().indexOf(g) - 1));
            } else {
                cols = Map.of();
            }
            keyValues(g, header < 0 ? (cols.isEmpty() ? g.rowCount() : 0) : header, unit, lines, region, problems);
            if (!cols.isEmpty()) {
                indicators(g, header + 1, cols, unit, lines, region, problems);
                prevCols = cols;
            }
        }
        // columns: item, then those any line uses, in a fixed order
        Set<Role> used = new HashSet<>();
        for (Line l : lines) {
            used.addAll(l.cells.keySet());
        }
        List<ColumnDef> defs = new ArrayList<>();
        defs.add(kind.column("item").orElse(new ColumnDef("item", "项目")));
        List<Role> order = new ArrayList<>();
        for (Role r : List.of(Role.BUDGET, Role.GOAL, Role.LEVEL1, Role.LEVEL2, Role.DIRECTION, Role.TARGET, Role.MEASURE, Role.WEIGHT)) {
            if (used.contains(r)) {
                order.add(r);
                defs.add(DEFS.get(r));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Line l : lines) {
            Cell[] cells = new Cell[defs.size()];
            cells[0] = Cell.text(l.label, l.place);
            for (int i = 0; i < order.size(); i++) {
                cells[i + 1] = l.cells.get(order.get(i));
            }
            rows.add(new Row(null, null, null, l.label, Arrays.asList(cells), l.place));
        }
        String emptyNote = region.emptyNote();
        if (emptyNote != null && rows.stream().anyMatch(r -> r.cells().stream().anyMatch(c -> c != null && c.hasAmount()))) {
            emptyNote = null;
        }
        Table t = new Table(id, kind, region.number(), region.title(), region.unit(), region.pages(), defs, rows,
                region.notes(), emptyNote, region.place(), "lattice");
        return new TableTyper.Result(t, problems);
    }

    /** The first lattice row with a cell reading 指标名称 or 三级指标, or −1. */
    static int headerRow(Grid g) {
        for (GridCell c : g.cells()) {
            String s = Labels.compact(c.text());
            if (s.equals("指标名称") || s.equals("三级指标")) {
                return c.row();
            }
        }
        return -1;
    }

    static Role role(String header) {
        String s = Labels.compact(header);
        if (s.equals("指标名称") || s.equals("三级指标")) {
            return Role.INDICATOR;
        }
        if (s.equals("一级指标")) {
            return Role.LEVEL1;
        }
        if (s.equals("二级指标")) {
            return Role.LEVEL2;
        }
        if (s.contains("指标值")) {
            return Role.TARGET;
        }
        if (s.contains("权重") || s.equals("分值")) {
            return Role.WEIGHT;
        }
        if (s.contains("指标性质")) {
            return Role.DIRECTION;
        }
        if (s.contains("计量单位")) {
            return Role.MEASURE;
        }
        if (s.equals("项目名称")) {
            return Role.PROJECT;
        }
        if (s.contains("预算") && (s.contains("金额") || s.endsWith("数"))) {
            return Role.BUDGET;
        }
        if (GOAL_LABEL.matcher(s).find()) {
            return Role.GOAL;
        }
        return null;
    }

    /** Role → lattice column range [c0, c1) of the header cells in row {@code header}. */
    private static Map<Role, int[]> columns(Grid g, int header) {
        Map<Role, int[]> out = new LinkedHashMap<>();
        for (GridCell c : g.cells()) {
            if (c.row() <= header && c.row() + c.rowSpan() > header) {
                Role r = role(c.text());
                if (r != null && !out.containsKey(r)) {
                    out.put(r, new int[] {c.col(), c.col() + c.colSpan()});
                }
            }
        }
        return out.containsKey(Role.INDICATOR) ? out : Map.of();
    }

    /** The previous grid's header columns mapped on this grid's lattice by the x of their centres. */
    private static Map<Role, int[]> byPosition(Grid g, Map<Role, int[]> prev, Grid prevGrid) {
        Map<Role, int[]> out = new LinkedHashMap<>();
        for (Map.Entry<Role, int[]> e : prev.entrySet()) {
            double x = (prevGrid.cols().get(e.getValue()[0]) + prevGrid.cols().get(e.getValue()[1])) / 2;
            for (int c = 0; c < g.colCount(); c++) {
                if (g.cols().get(c) <= x && x < g.cols().get(c + 1)) {
                    out.put(e.getKey(), new int[] {c, c + 1});
                    break;
                }
            }
        }
        return out.containsKey(Role.INDICATOR) ? out : Map.of();
    }

    /**
     * Label | value pairs in the lattice rows before {@code end}: a label cell followed on its right by a figure
     * is a budget line (当年预算 | 46,794.00); a goal label (当年绩效目标) followed on its right, or a full-width
     * goal label followed below, by text is a goal line.
     */
    private static void keyValues(Grid g, int end, Unit unit, List<Line> lines, TableRegion region, List<Problem> problems) {
        Set<GridCell> done = new HashSet<>();
        for (int r = 0; r < end; r++) {
            List<GridCell> row = new ArrayList<>();
            for (int c = 0; c < g.colCount(); c++) {
                GridCell cell = g.cellAt(r, c).orElse(null);
                if (cell != null && (row.isEmpty() || row.get(row.size() - 1) != cell)) {
                    row.add(cell);
                }
            }
            for (int i = 0; i + 1 < row.size(); i++) {
                GridCell key = row.get(i);
                GridCell value = row.get(i + 1);
                String k = Labels.compact(key.text());
                if (k.isEmpty() || done.contains(value) || figure(k) != null) {
                    continue;
                }
                Place at = Place.onPage(g.page(), value.box());
                if (GOAL_LABEL.matcher(k).find() && !value.isEmpty()) {
                    Line l = new Line(Labels.label(key.text()), Place.onPage(g.page(), key.box().union(value.box())));
                    l.cells.put(Role.GOAL, Cell.text(value.text(), at));
                    lines.add(l);
                    done.add(value);
                    continue;
                }
                ParseResult p = NumberParser.parse(value.text(), NumberContext.amount(unit));
                if (p instanceof ParseResult.Parsed parsed) {
                    Line l = new Line(Labels.label(key.text()), Place.onPage(g.page(), key.box().union(value.box())));
                    l.cells.put(Role.BUDGET, new Cell(value.text(), parsed.amount(), at, parsed.repaired()));
                    lines.add(l);
                    done.add(value);
                }
            }
            // a goal label over the whole width, its text in the cell below (当年整体绩效目标)
            if (row.size() == 1 && GOAL_LABEL.matcher(Labels.compact(row.get(0).text())).find()) {
                GridCell key = row.get(0);
                int below = key.row() + key.rowSpan();
                if (below < g.rowCount()) {
                    GridCell value = g.cellAt(below, key.col()).orElse(null);
                    if (value != null && !value.isEmpty() && value.colSpan() == key.colSpan() && done.add(value)) {
                        Line l = new Line(Labels.label(key.text()), Place.onPage(g.page(), key.box().union(value.box())));
                        l.cells.put(Role.GOAL, Cell.text(value.text(), Place.onPage(g.page(), value.box())));
                        lines.add(l);
                    }
                }
            }
        }
    }

    /** The indicator lines from lattice row {@code start} on; a new project cell (项目名称) first gives its own line. */
    private static void indicators(Grid g, int start, Map<Role, int[]> cols, Unit unit, List<Line> lines, TableRegion region,
                                   List<Problem> problems) {
        int[] ind = cols.get(Role.INDICATOR);
        GridCell lastIndicator = null;
        GridCell lastProject = null;
        for (int r = Math.max(0, start); r < g.rowCount(); r++) {
            if (cols.containsKey(Role.PROJECT)) {
                GridCell p = g.cellAt(r, cols.get(Role.PROJECT)[0]).orElse(null);
                if (p != null && p != lastProject && !p.isEmpty()) {
                    lastProject = p;
                    Line l = new Line(Labels.label(p.text()), Place.onPage(g.page(), p.box()));
                    if (cols.containsKey(Role.BUDGET)) {
                        GridCell b = g.cellAt(r, cols.get(Role.BUDGET)[0]).orElse(null);
                        if (b != null && !b.isEmpty()) {
                            l.cells.put(Role.BUDGET, figureCell(b, g.page(), NumberContext.amount(unit), region, problems));
                        }
                    }
                    if (cols.containsKey(Role.GOAL)) {
                        GridCell b = g.cellAt(r, cols.get(Role.GOAL)[0]).orElse(null);
                        if (b != null && !b.isEmpty()) {
                            l.cells.put(Role.GOAL, Cell.text(b.text(), Place.onPage(g.page(), b.box())));
                        }
                    }
                    lines.add(l);
                }
            }
            GridCell name = g.cellAt(r, ind[0]).orElse(null);
            if (name == null || name == lastIndicator) {
                continue;
            }
            lastIndicator = name;
            String label = Labels.label(name.text());
            if (label.isEmpty() || role(label) == Role.INDICATOR) {
                continue; // an empty line of an empty form, or the header repeated
            }
            Line l = new Line(label, Place.onPage(g.page(), rowBox(g, name)));
            for (Map.Entry<Role, int[]> e : cols.entrySet()) {
                Role role = e.getKey();
                if (role == Role.INDICATOR || role == Role.PROJECT || role == Role.BUDGET || role == Role.GOAL) {
                    continue;
                }
                GridCell c = g.cellAt(r, e.getValue()[0]).orElse(null);
                if (c == null || c.isEmpty()) {
                    continue;
                }
                Place at = Place.onPage(g.page(), c.box());
                if (role == Role.TARGET || role == Role.WEIGHT) {
                    l.cells.put(role, figureCell(c, g.page(), NumberContext.ANY, null, problems));
                } else {
                    l.cells.put(role, Cell.text(Labels.label(c.text()), at));
                }
            }
            lines.add(l);
        }
    }

    private static Box rowBox(Grid g, GridCell name) {
        return new Box(g.box().x0(), name.box().y0(), g.box().x1(), name.box().y1());
    }

    /**
     * A figure cell; a text that is not a figure stays text (a target such as 逐步提升 is not a number). For a
     * budget amount ({@code region} given) a text that is not a figure is reported.
     */
    private static Cell figureCell(GridCell c, int page, NumberContext ctx, TableRegion region, List<Problem> problems) {
        Place at = Place.onPage(page, c.box());
        ParseResult p = NumberParser.parse(c.text(), ctx);
        if (p instanceof ParseResult.Parsed parsed) {
            return new Cell(c.text(), parsed.amount(), at, parsed.repaired());
        }
        if (region != null && p instanceof ParseResult.NotANumber nan) {
            problems.add(new Problem(ProblemKind.UNREADABLE_FIGURE, at.describe() + "表格“" + region.title() + "”的单元格“"
                    + c.text() + "”不是数字: " + nan.reason(), at));
        }
        return Cell.text(c.text(), at);
    }

    private static ParseResult.Parsed figure(String s) {
        return NumberParser.parse(s, NumberContext.ANY) instanceof ParseResult.Parsed p ? p : null;
    }
}
