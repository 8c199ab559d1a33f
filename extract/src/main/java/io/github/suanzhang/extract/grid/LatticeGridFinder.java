package io.github.suanzhang.extract.grid;

import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.ExtractionException;
import io.github.suanzhang.extract.layout.Glyph;
import io.github.suanzhang.extract.layout.PageScan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds ruled tables on a page and builds span-aware grids:
 * <ol>
 * <li>merge collinear rulings into lines ({@link Lines#merge}); </li>
 * <li>group lines that touch into table regions (union-find over horizontal × vertical);</li>
 * <li>the region's horizontal line positions are the lattice's row edges, the vertical ones its column
 *     edges;</li>
 * <li>two neighbouring lattice cells are one merged cell when the boundary between them is ruled over
 *     less than {@code minBoundaryCoverage} of its length; merged groups are closed to rectangles;</li>
 * <li>each glyph goes to the cell holding its centre; a cell's glyphs become lines (sorted by baseline then
 *     x on exact values, then split where the baseline jumps by more than {@code lineBreakRatio} glyph
 *     heights).</li>
 * </ol>
 * Stateless.
 */
public final class LatticeGridFinder {
    private LatticeGridFinder() {
    }

    public static List<Grid> find(PageScan scan, ExtractOptions.GridOptions o) throws ExtractionException {
        try {
            return findUnchecked(scan, o);
        } catch (RuntimeException e) {
            throw new ExtractionException(ProblemKind.TABLE_NOT_UNDERSTOOD, scan.pageNumber(),
                    "第" + scan.pageNumber() + "页表格线无法构成网格: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    static List<Grid> findUnchecked(PageScan scan, ExtractOptions.GridOptions o) {
        List<Lines.Line> hs = Lines.merge(scan.rulings(), true, o.snapTolerance(), o.joinGap());
        List<Lines.Line> vs = Lines.merge(scan.rulings(), false, o.snapTolerance(), o.joinGap());
        int n = hs.size() + vs.size();
        UnionFind uf = new UnionFind(n);
        double tol = o.touchTolerance();
        for (int i = 0; i < hs.size(); i++) {
            Lines.Line h = hs.get(i);
            for (int j = 0; j < vs.size(); j++) {
                Lines.Line v = vs.get(j);
                if (h.reaches(v.position(), tol) && v.reaches(h.position(), tol)) {
                    uf.union(i, hs.size() + j);
                }
            }
        }
        List<List<Integer>> groups = uf.groups();
        List<Grid> grids = new ArrayList<>();
        for (List<Integer> g : groups) {
            List<Lines.Line> gh = new ArrayList<>();
            List<Lines.Line> gv = new ArrayList<>();
            for (int idx : g) {
                if (idx < hs.size()) {
                    gh.add(hs.get(idx));
                } else {
                    gv.add(vs.get(idx - hs.size()));
                }
            }
            Grid grid = build(scan, gh, gv, o);
            if (grid != null) {
                grids.add(grid);
            }
        }
        grids.sort(Comparator.comparingDouble((Grid gr) -> gr.box().y0()).thenComparingDouble(gr -> gr.box().x0()));
        return grids;
    }

    private static Grid build(PageScan scan, List<Lines.Line> hs, List<Lines.Line> vs, ExtractOptions.GridOptions o) {
        double[] rows = edges(hs, o.snapTolerance());
        double[] cols = edges(vs, o.snapTolerance());
        int nr = rows.length - 1;
        int nc = cols.length - 1;
        if (nr < o.minRows() || nc < o.minCols()) {
            return null;
        }
        // lattice cells joined across boundaries that are not ruled
        UnionFind uf = new UnionFind(nr * nc);
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c + 1 < nc; c++) {
                if (!ruled(vs, cols[c + 1], rows[r], rows[r + 1], o)) {
                    uf.union(r * nc + c, r * nc + c + 1);
                }
            }
        }
        for (int r = 0; r + 1 < nr; r++) {
            for (int c = 0; c < nc; c++) {
                if (!ruled(hs, rows[r + 1], cols[c], cols[c + 1], o)) {
                    uf.union(r * nc + c, (r + 1) * nc + c);
                }
            }
        }
        closeToRectangles(uf, nr, nc);
        // owner index per lattice position, and the rectangle of each owner
        int[] owner = new int[nr * nc];
        for (int k = 0; k < nr * nc; k++) {
            owner[k] = uf.find(k);
        }
        int[][] rect = rectangles(uf, nr, nc);
        Box box = new Box(cols[0], rows[0], cols[nc], rows[nr]);
        List<List<Glyph>> byOwner = new ArrayList<>(nr * nc);
        for (int k = 0; k < nr * nc; k++) {
            byOwner.add(null);
        }
        for (Glyph g : scan.glyphs()) {
            double cx = g.centerX();
            double cy = g.centerY();
            if (cx < box.x0() || cx > box.x1() || cy < box.y0() || cy > box.y1()) {
                continue;
            }
            int r = slot(rows, cy);
            int c = slot(cols, cx);
            int root = owner[r * nc + c];
            if (byOwner.get(root) == null) {
                byOwner.set(root, new ArrayList<>());
            }
            byOwner.get(root).add(g);
        }
        List<GridCell> cells = new ArrayList<>();
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                int root = owner[r * nc + c];
                int[] b = rect[root];
                if (b[0] != r || b[1] != c) {
                    continue; // not the top-left of its cell
                }
                List<Glyph> glyphs = byOwner.get(root) == null ? List.of() : byOwner.get(root);
                CellText text = CellText.of(glyphs, o);
                cells.add(new GridCell(r, c, b[2] - r + 1, b[3] - c + 1,
                        new Box(cols[c], rows[r], cols[b[3] + 1], rows[b[2] + 1]), text.lines(), text.boxes()));
            }
        }
        List<Double> rowList = Arrays.stream(rows).boxed().toList();
        List<Double> colList = Arrays.stream(cols).boxed().toList();
        return WrappedFigures.join(new Grid(scan.pageNumber(), box, rowList, colList, cells), o);
    }

    /** Distinct line positions, ascending; positions closer than snap (different runs of one line) collapse. */
    private static double[] edges(List<Lines.Line> lines, double snap) {
        TreeSet<Double> exact = new TreeSet<>();
        for (Lines.Line l : lines) {
            exact.add(l.position());
        }
        List<Double> out = new ArrayList<>();
        for (double p : exact) {
            if (out.isEmpty() || p - out.get(out.size() - 1) > snap) {
                out.add(p);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Whether lines at {@code position} cover at least minBoundaryCoverage of [a, b]. */
    private static boolean ruled(List<Lines.Line> lines, double position, double a, double b, ExtractOptions.GridOptions o) {
        double covered = 0;
        for (Lines.Line l : lines) {
            if (Math.abs(l.position() - position) <= o.snapTolerance()) {
                covered += l.covered(a, b);
            }
        }
        return covered >= o.minBoundaryCoverage() * (b - a);
    }

    /**
     * The bounding rectangle {@code {top, left, bottom, right}} of each merged group, indexed by its root
     * (null for positions that are not a root).
     */
    private static int[][] rectangles(UnionFind uf, int nr, int nc) {
        int[][] rect = new int[nr * nc][];
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                int root = uf.find(r * nc + c);
                int[] b = rect[root];
                if (b == null) {
                    rect[root] = new int[] {r, c, r, c};
                } else {
                    b[0] = Math.min(b[0], r);
                    b[1] = Math.min(b[1], c);
                    b[2] = Math.max(b[2], r);
                    b[3] = Math.max(b[3], c);
                }
            }
        }
        return rect;
    }

    /** Merged groups that are not rectangles (an L of missing rulings) absorb what their bounding box holds. */
    private static void closeToRectangles(UnionFind uf, int nr, int nc) {
        boolean changed = true;
        while (changed) {
            changed = false;
            int[][] rect = rectangles(uf, nr, nc);
            for (int k = 0; k < nr * nc; k++) {
                int[] b = rect[k];
                if (b == null) {
                    continue;
                }
                for (int r = b[0]; r <= b[2]; r++) {
                    for (int c = b[1]; c <= b[3]; c++) {
                        if (uf.find(r * nc + c) != uf.find(k)) {
                            uf.union(r * nc + c, k);
                            changed = true;
                        }
                    }
                }
            }
        }
    }

    /** Index i with edges[i] ≤ t < edges[i+1], clamped to the lattice. */
    private static int slot(double[] edges, double t) {
        int i = Arrays.binarySearch(edges, t);
        if (i < 0) {
            i = -i - 2;
        }
        return Math.max(0, Math.min(edges.length - 2, i));
    }

    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                // keep the smaller index as root: stable, deterministic
                if (ra < rb) {
                    parent[rb] = ra;
                } else {
                    parent[ra] = rb;
                }
            }
        }

        List<List<Integer>> groups() {
            List<List<Integer>> byRoot = new ArrayList<>();
            for (int i = 0; i < parent.length; i++) {
                byRoot.add(null);
            }
            List<List<Integer>> out = new ArrayList<>();
            for (int i = 0; i < parent.length; i++) {
                int r = find(i);
                if (byRoot.get(r) == null) {
                    byRoot.set(r, new ArrayList<>());
                    out.add(byRoot.get(r));
                }
                byRoot.get(r).add(i);
            }
            return out;
        }
    }
}
