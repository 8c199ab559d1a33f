package io.github.suanzhang.extract.table;

import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.core.table.TableTitleClassifier;
import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.ExtractionException;
import io.github.suanzhang.extract.grid.Grid;
import io.github.suanzhang.extract.grid.LatticeGridFinder;
import io.github.suanzhang.extract.layout.Glyph;
import io.github.suanzhang.extract.layout.PageScan;
import io.github.suanzhang.extract.layout.Ruling;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the tables of a document: per page the ruled grids and the text lines above each (title, unit
 * line, entity line), tables continued on the next page, and tables printed as a title and a note only.
 *
 * <ul>
 * <li>A grid's <b>title</b> is the last line between the previous grid (or the page top) and the grid
 *     that {@link TableTitleClassifier} takes for a table title; the unit (单位：万元, 金额单位：元) and
 *     entity (编制单位：, 部门：, 单位名称：, 预算单位：) lines are looked for among the same lines.</li>
 * <li>A grid under the same title as the previous table's, first on its page, the previous table's last
 *     grid on the previous page, continues it (深圳 repeats the title on every page).</li>
 * <li>A grid with no title above it that is the first grid of its page continues the previous table when
 *     that table's last grid is on the previous page and has the same column structure (at least
 *     {@link ExtractOptions.Tables#edgeMatchShare} of the inner column edges of the narrower one within
 *     {@link ExtractOptions.Tables#edgeTolerance} pt of the other's); a repeated header is recognised later by
 *     the typer.</li>
 * <li>A grid whose first lattice rows hold only its title, number and unit line (北京 预算NN表 drawn inside the
 *     frame) loses those rows to the text above it ({@link TitleBand}).</li>
 * <li>A ruled box of one lattice row at the top of a page, with text, no title above it and the column edges of
 *     the open table's last grid on the previous page, is that table's last line (a page break left it alone).</li>
 * <li>A title with no grid below it (before the next title) is a table printed without figures when a
 *     note follows it (本单位无…, 为空表, 故本表无数据).</li>
 * <li>A standard title followed by its unit or entity line but by no grid and no note is a table printed
 *     without rulings: it is returned in {@link Located#unruled()} for the caller to report (there is no
 *     stream reading yet). When it stands at the foot of the page, below every grid, it is the title of the
 *     next page's first grid if that grid has no title of its own.</li>
 * <li>Lines under a grid that begin with 注/说明/备注 are its notes; one that says the table is empty is
 *     its empty note.</li>
 * </ul>
 * Stateless.
 */
public final class TableLocator {
    private TableLocator() {
    }


    private static final TableTitleClassifier TITLES = new TableTitleClassifier();
    private static final Pattern UNIT = Pattern.compile("单位:?(万元|千元|亿元|元)");
    private static final Pattern ENTITY = Pattern.compile("(编制单位|编制部门|单位名称|部门名称|预算单位|预算部门|部门|单位):(.+)");
    private static final Pattern ENTITY_LABEL_ONLY = Pattern.compile("^(编制单位|编制部门|单位名称|部门名称|预算单位|预算部门|部门|单位):$");
    private static final Pattern NUMBER_ONLY = Pattern.compile("^(公开\\d{1,2}(-\\d+)?表|公开表[一二三四五六七八九十]+|表[一二三四五六七八九十]+|表\\d+(-\\d+)?|预算\\d{1,2}(-\\d+)?表|附表\\d+(-\\d+)?)$");
    private static final Pattern NOTE = Pattern.compile("^(注|说明|备注)[:：0-9一二三四五六七八九十、.]");

    /**
     * One page's layout: its grids and the text lines outside them.
     *
     * @param page  1-based page
     * @param grids its ruled grids, top to bottom
     * @param lines its text lines outside the grids, top to bottom
     * @param stubs ruled boxes of one lattice row (fewer rows than a table needs), top to bottom; their text is
     *              among {@code lines}. The topmost may be the last line of a table continued from the previous
     *              page (the locator decides); the others are not tables.
     */
    public record PageLayout(int page, double width, double height, List<Grid> grids, List<TextLine> lines, List<Grid> stubs) {
        public PageLayout {
            grids = List.copyOf(grids);
            lines = List.copyOf(lines);
            stubs = List.copyOf(stubs);
        }

        public PageLayout(int page, double width, double height, List<Grid> grids, List<TextLine> lines) {
            this(page, width, height, grids, lines, List.of());
        }
    }

    /** Reads a page's grids and the text lines outside them; text drawn outside the page is not shown, and left out. */
    public static PageLayout layout(PageScan scan, ExtractOptions options) throws ExtractionException {
        ExtractOptions.GridOptions o = options.grid();
        ExtractOptions.GridOptions one = o.withMinRows(Math.min(1, o.minRows()));
        List<Grid> grids = new ArrayList<>();
        List<Grid> stubs = new ArrayList<>();
        for (Grid g : LatticeGridFinder.find(scan, one)) {
            if (g.rowCount() >= o.minRows()) {
                grids.add(TitleBand.peel(g, o.minRows()));
            } else {
                stubs.add(g);
            }
        }
        List<Box> frames = new ArrayList<>();
        for (Grid grid : grids) {
            frames.add(withOpenColumns(grid.box(), scan.rulings(), options.tables().edgeTolerance()));
        }
        List<Glyph> outside = new ArrayList<>();
        for (Glyph g : scan.glyphs()) {
            if (g.centerX() < 0 || g.centerX() > scan.width() || g.centerY() < 0 || g.centerY() > scan.height()) {
                continue; // drawn outside the page (江苏人大 2017 p11: a second table's text below the crop box)
            }
            boolean in = false;
            for (Box b : frames) {
                if (g.centerX() >= b.x0() - 1 && g.centerX() <= b.x1() + 1 && g.centerY() >= b.y0() - 1 && g.centerY() <= b.y1() + 1) {
                    in = true;
                    break;
                }
            }
            if (!in) {
                outside.add(g);
            }
        }
        List<TextLine> lines = TextLine.of(scan.pageNumber(), outside, options.grid().lineBreakRatio(),
                options.grid().wordGapRatio(), options.tables().runGapRatio());
        return new PageLayout(scan.pageNumber(), scan.width(), scan.height(), grids, lines, stubs);
    }

    /**
     * A grid's box widened over its open columns: a table row taller than the page, broken at both page edges,
     * leaves the columns that hold only that row with side rulings and no top or bottom ruling, so the lattice
     * finder makes no cells there and the grid holds only the columns ruled into rows (北京 项目绩效目标表: the
     * project, its amounts and its goal on the left, the ruled indicators on the right). A vertical ruling beside the
     * grid whose ends are the grid's top and bottom (within {@code tolerance} pt) bounds such a column; the
     * outermost one on each side is the table's edge there, and text between it and the grid is the table's, not
     * narrative. A vertical ruling of another height (a frame, a rule beside a paragraph) widens nothing.
     */
    static Box withOpenColumns(Box grid, List<Ruling> rulings, double tolerance) {
        double x0 = grid.x0();
        double x1 = grid.x1();
        for (Ruling r : rulings) {
            if (r.horizontal() || Math.abs(r.start() - grid.y0()) > tolerance || Math.abs(r.end() - grid.y1()) > tolerance) {
                continue;
            }
            x0 = Math.min(x0, r.position());
            x1 = Math.max(x1, r.position());
        }
        return new Box(x0, grid.y0(), x1, grid.y1());
    }

    /** The located tables and the lines that belong to them (titles, units, notes), which are not narrative. */
    public record Located(List<TableRegion> regions, Set<TextLine> tableLines, List<TableRegion> unruled) {
    }

    private static final class Builder {
        TableKind kind = TableKind.GENERIC;
        String number;
        String title = "";
        Unit unit;
        String entity;
        Place place;
        final List<Grid> grids = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        String emptyNote;

        TableRegion build() {
            return new TableRegion(kind, number, title, unit, entity, place, grids, notes, emptyNote);
        }
    }

    /** {@link #locate(List, ExtractOptions.Tables)} with the default options. */
    public static Located locate(List<PageLayout> pages) {
        return locate(pages, ExtractOptions.Tables.DEFAULTS);
    }

    /** The tables of a document from its pages' layouts, in reading order (see the class comment). */
    public static Located locate(List<PageLayout> pages, ExtractOptions.Tables o) {
        List<Builder> all = new ArrayList<>();
        List<TableRegion> unruled = new ArrayList<>();
        Set<TextLine> used = new HashSet<>();
        Builder open = null;
        Builder pending = null; // a title at the foot of the previous page whose grid starts on this page
        for (PageLayout p : pages) {
            List<TextLine> lines = p.lines();
            List<Optional<TableTitleClassifier.Match>> matches = new ArrayList<>();
            for (TextLine l : lines) {
                matches.add(TITLES.match(l.text()));
            }
            Set<Integer> usedTitles = new HashSet<>();
            double prevBottom = -1;
            boolean first = true;
            Grid stub = continuationStub(p, open, pending, matches, o);
            if (stub != null) {
                open.grids.add(stub);
                for (TextLine l : lines) {
                    if (inside(l.box(), stub.box())) {
                        used.add(l);
                    }
                }
                prevBottom = stub.box().y1();
                first = false;
            }
            for (Grid grid : p.grids()) {
                double top = grid.box().y0();
                int title = -1;
                List<Integer> above = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    Box b = lines.get(i).box();
                    if (b.y1() <= top + 2 && b.y0() >= prevBottom - 1) {
                        above.add(i);
                        if (matches.get(i).isPresent() && matches.get(i).get().kind() != null) {
                            title = i;
                        }
                    }
                }
                if (pending != null && first && title < 0) {
                    pending.grids.add(grid);
                    all.add(pending);
                    open = pending;
                    pending = null;
                    for (int i : above) {
                        if (UNIT.matcher(Labels.compact(lines.get(i).text())).find()) {
                            used.add(lines.get(i));
                        }
                    }
                } else if (title >= 0 && open != null && first && !open.grids.isEmpty()
                        && open.grids.get(open.grids.size() - 1).page() == p.page() - 1
                        && open.title.equals(Labels.label(lines.get(title).text()))) {
                    // the title repeated on the next page (深圳): the same table continued
                    open.grids.add(grid);
                    usedTitles.add(title);
                    for (int i : above) {
                        String c = Labels.compact(lines.get(i).text());
                        if (i == title || UNIT.matcher(c).find() || ENTITY.matcher(c).find() || NUMBER_ONLY.matcher(c).matches()) {
                            used.add(lines.get(i));
                        }
                    }
                } else if (title >= 0) {
                    Builder b = new Builder();
                    TextLine tl = lines.get(title);
                    TableTitleClassifier.Match m = matches.get(title).orElseThrow();
                    b.kind = m.kind();
                    b.number = m.number();
                    b.title = Labels.label(tl.text());
                    b.place = Place.onPage(p.page(), tl.box());
                    usedTitles.add(title);
                    used.add(tl);
                    for (int i : above) {
                        headerLine(b, lines, i, used, o);
                    }
                    if (b.number == null) {
                        b.number = numberNear(lines, title, used);
                    }
                    b.grids.add(grid);
                    all.add(b);
                    open = b;
                } else if (open != null && continues(open, grid, p.page(), first, o)) {
                    open.grids.add(grid);
                    for (int i : above) {
                        if (UNIT.matcher(Labels.compact(lines.get(i).text())).find()) {
                            used.add(lines.get(i));
                        }
                    }
                } else {
                    Builder b = new Builder();
                    b.place = Place.onPage(p.page(), grid.box());
                    for (int i : above) {
                        headerLine(b, lines, i, used, o);
                    }
                    b.grids.add(grid);
                    all.add(b);
                    open = b;
                }
                // notes under the grid, until the next grid
                double nextTop = Double.MAX_VALUE;
                for (Grid other : p.grids()) {
                    if (other.box().y0() > grid.box().y1() - 1 && other != grid) {
                        nextTop = Math.min(nextTop, other.box().y0());
                    }
                }
                boolean inNote = false;
                for (int i = 0; i < lines.size(); i++) {
                    TextLine l = lines.get(i);
                    if (l.box().y0() < grid.box().y1() - 1 || l.box().y1() > nextTop + 1) {
                        continue;
                    }
                    if (matches.get(i).isPresent()) {
                        break;
                    }
                    String c = Labels.compact(l.text());
                    if (NOTE.matcher(c).find() || isEmptyNote(c, o)) {
                        inNote = true;
                        open.notes.add(c);
                        used.add(l);
                        if (isEmptyNote(c, o) && open.emptyNote == null) {
                            open.emptyNote = c;
                        }
                    } else if (inNote && l.box().y0() - grid.box().y1() < o.noteReach()) {
                        // a note wrapped over lines
                        int n = open.notes.size() - 1;
                        open.notes.set(n, open.notes.get(n) + c);
                        used.add(l);
                        if (open.emptyNote != null && open.emptyNote.equals(open.notes.get(n).substring(0, open.notes.get(n).length() - c.length()))) {
                            open.emptyNote = open.notes.get(n);
                        }
                    } else {
                        break;
                    }
                }
                prevBottom = grid.box().y1();
                first = false;
            }
            if (pending != null) {
                unruled.add(pending.build()); // its grid did not follow on this page
                pending = null;
            }
            double lowestGrid = p.grids().stream().mapToDouble(gr -> gr.box().y1()).max().orElse(-1);
            // titles without a grid, with a note saying the table is empty
            for (int i = 0; i < lines.size(); i++) {
                if (usedTitles.contains(i) || matches.get(i).isEmpty() || used.contains(lines.get(i))) {
                    continue;
                }
                String note = null;
                List<TextLine> own = new ArrayList<>();
                for (int j = i + 1; j < lines.size() && j <= i + 8; j++) {
                    if (matches.get(j).isPresent()) {
                        break;
                    }
                    String c = Labels.compact(lines.get(j).text());
                    own.add(lines.get(j));
                    if (isEmptyNote(c, o)) {
                        note = c;
                        break;
                    }
                }
                if (note == null) {
                    // a title followed by its unit or entity line but no grid: a table printed without rulings
                    Builder u = new Builder();
                    for (int j = i + 1; j <= i + Math.min(4, own.size()); j++) {
                        headerLine(u, lines, j, new HashSet<>(), o);
                    }
                    if ((u.unit != null || u.entity != null) && matches.get(i).get().kind() != TableKind.GENERIC) {
                        TableTitleClassifier.Match m = matches.get(i).get();
                        u.kind = m.kind();
                        u.number = m.number();
                        u.title = Labels.label(lines.get(i).text());
                        u.place = Place.onPage(p.page(), lines.get(i).box());
                        used.add(lines.get(i));
                        if (lines.get(i).box().y0() > lowestGrid && isLastTitle(matches, i)) {
                            pending = u; // title and header lines at the foot of the page, the grid on the next
                        } else {
                            unruled.add(u.build());
                        }
                    }
                    continue;
                }
                TextLine tl = lines.get(i);
                TableTitleClassifier.Match m = matches.get(i).orElseThrow();
                Builder b = new Builder();
                b.kind = m.kind();
                b.number = m.number();
                b.title = Labels.label(tl.text());
                b.place = Place.onPage(p.page(), tl.box());
                b.emptyNote = note;
                b.notes.add(note);
                used.add(tl);
                for (TextLine l : own) {
                    headerLine(b, l, used);
                    if (isEmptyNote(Labels.compact(l.text()), o)) {
                        used.add(l);
                    }
                }
                if (b.number == null) {
                    b.number = numberNear(lines, i, used);
                }
                insertInOrder(all, b);
                open = null;
            }
        }
        if (pending != null) {
            unruled.add(pending.build());
        }
        List<TableRegion> out = new ArrayList<>();
        for (Builder b : all) {
            out.add(b.build());
        }
        return new Located(out, used, unruled);
    }

    /**
     * A one-row ruled box at the top of a page that continues the open table (its last grid on the previous
     * page, the same column edges, no title above it): the last line of that table, which a page break left
     * alone on the page (无锡 公开03表: 2210203 购房补贴 by itself on the next page). An empty box is not taken.
     */
    private static Grid continuationStub(PageLayout p, Builder open, Builder pending,
                                         List<Optional<TableTitleClassifier.Match>> matches, ExtractOptions.Tables o) {
        if (p.stubs().isEmpty() || open == null || pending != null) {
            return null;
        }
        Grid stub = p.stubs().get(0);
        if (stub.cells().stream().allMatch(c -> c.isEmpty())) {
            return null; // an empty ruled strip (a table's closing border drawn on the next page) carries nothing
        }
        for (Grid g : p.grids()) {
            if (g.box().y0() < stub.box().y1()) {
                return null;
            }
        }
        for (int i = 0; i < p.lines().size(); i++) {
            if (p.lines().get(i).box().y1() <= stub.box().y0() + o.titleAboveStub() && matches.get(i).isPresent()) {
                return null;
            }
        }
        return continues(open, stub, p.page(), true, o) ? stub : null;
    }

    private static boolean inside(Box line, Box box) {
        double cx = (line.x0() + line.x1()) / 2;
        double cy = (line.y0() + line.y1()) / 2;
        return cx >= box.x0() - 1 && cx <= box.x1() + 1 && cy >= box.y0() - 1 && cy <= box.y1() + 1;
    }

    private static boolean isLastTitle(List<Optional<TableTitleClassifier.Match>> matches, int i) {
        for (int j = i + 1; j < matches.size(); j++) {
            if (matches.get(j).isPresent()) {
                return false;
            }
        }
        return true;
    }

    private static void insertInOrder(List<Builder> all, Builder b) {
        int page = b.place.page();
        double y = b.place.box() == null ? 0 : b.place.box().y0();
        int at = all.size();
        for (int k = 0; k < all.size(); k++) {
            Place q = all.get(k).place;
            if (q.page() > page || (q.page() == page && q.box() != null && q.box().y0() > y)) {
                at = k;
                break;
            }
        }
        all.add(at, b);
    }

    /** 本单位无…, 为空表, 故本表无数据 … */
    static boolean isEmptyNote(String c, ExtractOptions.Tables o) {
        int span = o.emptyNoteSpan();
        return c.contains("空表") || c.contains("本表无") || c.contains("故本表") || c.contains("无数据")
                || c.matches("^(注|说明)?[:：]?(本单位|本部门|本级|我单位|我部门|本年度)?.{0," + span + "}(没有|无)[^。]{0," + span
                        + "}(支出|收入|经费|安排|预算|决算)[。，,]?.*")
                        && c.length() < o.maxEmptyNoteLength() && (c.startsWith("注") || c.startsWith("说明") || c.startsWith("本"));
    }

    /**
     * {@link #headerLine(Builder, TextLine, Set)} for line {@code i}; an entity label standing alone (部门： with the
     * name far to its right, so that it is a run of its own: 江苏人大 2019) takes the next run on its baseline.
     */
    private static void headerLine(Builder b, List<TextLine> lines, int i, Set<TextLine> used, ExtractOptions.Tables o) {
        TextLine l = lines.get(i);
        if (b.entity == null && ENTITY_LABEL_ONLY.matcher(Labels.compact(l.text())).matches()) {
            TextLine v = nextOnBaseline(lines, i, o.baselineShare());
            String name = v == null ? "" : Labels.compact(v.text());
            if (!name.isEmpty() && !UNIT.matcher(name).find() && !ENTITY.matcher(name).find() && Unit.ofLabel(name).isEmpty()) {
                b.entity = Labels.label(v.text());
                used.add(l);
                used.add(v);
            }
            return;
        }
        headerLine(b, l, used);
    }

    /**
     * The nearest line right of line {@code i} whose vertical extent overlaps it by {@code share} of the lower
     * one's height, or null.
     */
    private static TextLine nextOnBaseline(List<TextLine> lines, int i, double share) {
        Box a = lines.get(i).box();
        TextLine best = null;
        for (TextLine t : lines) {
            Box b = t.box();
            double overlap = Math.min(a.y1(), b.y1()) - Math.max(a.y0(), b.y0());
            if (t.page() == lines.get(i).page() && b.x0() >= a.x1() && overlap >= share * Math.min(a.height(), b.height())
                    && (best == null || b.x0() < best.box().x0())) {
                best = t;
            }
        }
        return best;
    }

    private static void headerLine(Builder b, TextLine l, Set<TextLine> used) {
        String c = Labels.compact(l.text());
        Matcher u = UNIT.matcher(c);
        if (u.find() && b.unit == null) {
            b.unit = Unit.ofLabel(u.group(1)).orElse(null);
            used.add(l);
        }
        Matcher e = ENTITY.matcher(c);
        if (e.find() && b.entity == null) {
            String v = e.group(2);
            int cut = v.indexOf("单位:");
            if (cut < 0) {
                cut = v.indexOf("金额单位");
            }
            if (cut >= 0) {
                v = v.substring(0, cut);
            }
            if (!v.isEmpty() && Unit.ofLabel(v).isEmpty()) {
                b.entity = v;
                used.add(l);
            }
        }
    }

    private static String numberNear(List<TextLine> lines, int title, Set<TextLine> used) {
        for (int j = Math.max(0, title - 1); j <= Math.min(lines.size() - 1, title + 1); j++) {
            String c = Labels.compact(lines.get(j).text());
            if (j != title && NUMBER_ONLY.matcher(c).matches()) {
                used.add(lines.get(j));
                return c;
            }
        }
        return null;
    }

    private static boolean continues(Builder open, Grid grid, int page, boolean firstOnPage, ExtractOptions.Tables o) {
        if (open.grids.isEmpty()) {
            return false;
        }
        Grid last = open.grids.get(open.grids.size() - 1);
        if (!firstOnPage || last.page() != page - 1) {
            return false;
        }
        if (Math.abs(last.box().x0() - grid.box().x0()) > 2 * o.edgeTolerance()
                || Math.abs(last.box().x1() - grid.box().x1()) > 2 * o.edgeTolerance()) {
            return false;
        }
        List<Double> a = last.cols();
        List<Double> b = grid.cols();
        List<Double> fewer = a.size() <= b.size() ? a : b;
        List<Double> more = a.size() <= b.size() ? b : a;
        int inner = fewer.size() - 2;
        if (inner <= 0) {
            return true;
        }
        int matched = 0;
        for (int i = 1; i < fewer.size() - 1; i++) {
            double x = fewer.get(i);
            for (double y : more) {
                if (Math.abs(x - y) <= o.edgeTolerance()) {
                    matched++;
                    break;
                }
            }
        }
        return matched >= o.edgeMatchShare() * inner;
    }
}
