package io.github.suanzhang.extract.layout;

import io.github.suanzhang.extract.ExtractOptions;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.util.Matrix;

/**
 * Collects one page's rulings and image coverage. Stroked straight segments that are horizontal or
 * vertical become rulings; so do filled rectangles thinner than {@code maxThickness} (cell borders
 * drawn as fills), also when their ends are mitred (thin trapezoids). Curves end a straight run.
 * Clipping is ignored. Not a content-stream engine itself: {@link PageCollector} feeds it the path
 * construction and painting operators (points already transformed by the CTM, exactly as PDFBox's
 * {@code PDFGraphicsStreamEngine} passes them) in the same pass that collects the glyphs, so every
 * content stream is parsed once. One instance per page read; not reusable.
 */
final class RulingCollector {
    private final ExtractOptions.Rulings options;
    private final DisplaySpace space;
    private final List<Ruling> rulings = new ArrayList<>();
    /** subpaths of the current path, points in user space; a null element breaks a run (a curve) */
    private final List<List<Point2D.Float>> subpaths = new ArrayList<>();
    private List<Point2D.Float> current;
    private Point2D.Float currentPoint = new Point2D.Float();
    private int imageCount;
    private double imageArea;

    RulingCollector(PDPage page, ExtractOptions.Rulings options) {
        this.options = options;
        this.space = new DisplaySpace(page);
    }

    record Result(List<Ruling> rulings, int imageCount, double imageCoverage) {
    }

    /** What a page without content holds: nothing. */
    static final Result EMPTY = new Result(List.of(), 0, 0);

    /** The rulings and image coverage collected so far (the whole page once its content is processed). */
    Result result() {
        double area = space.displayedWidth() * space.displayedHeight();
        double coverage = area > 0 ? Math.min(1.0, imageArea / area) : 0;
        return new Result(rulings, imageCount, coverage);
    }

    static DisplaySpace spaceOf(PDPage page) {
        return new DisplaySpace(page);
    }

    // --- path construction (PDFBox passes points already transformed by the CTM)
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        List<Point2D.Float> r = new ArrayList<>(5);
        r.add(f(p0));
        r.add(f(p1));
        r.add(f(p2));
        r.add(f(p3));
        r.add(f(p0));
        subpaths.add(r);
        current = null;
        currentPoint = f(p0);
    }

    public void moveTo(float x, float y) {
        current = new ArrayList<>();
        current.add(new Point2D.Float(x, y));
        subpaths.add(current);
        currentPoint = new Point2D.Float(x, y);
    }

    public void lineTo(float x, float y) {
        if (current == null) {
            moveTo(currentPoint.x, currentPoint.y);
        }
        current.add(new Point2D.Float(x, y));
        currentPoint = new Point2D.Float(x, y);
    }

    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        if (current == null) {
            moveTo(currentPoint.x, currentPoint.y);
        }
        current.add(null);
        current.add(new Point2D.Float(x3, y3));
        currentPoint = new Point2D.Float(x3, y3);
    }

    public Point2D getCurrentPoint() {
        return currentPoint;
    }

    public void closePath() {
        if (current != null && !current.isEmpty()) {
            Point2D.Float first = current.get(0);
            current.add(new Point2D.Float(first.x, first.y));
        }
    }

    public void endPath() {
        subpaths.clear();
        current = null;
    }

    // --- painting
    public void strokePath() {
        for (List<Point2D.Float> sp : subpaths) {
            addStrokedSegments(sp);
        }
        endPath();
    }

    public void fillPath(int windingRule) {
        for (List<Point2D.Float> sp : subpaths) {
            addThinRectangle(sp);
        }
        endPath();
    }

    public void fillAndStrokePath(int windingRule) {
        for (List<Point2D.Float> sp : subpaths) {
            addStrokedSegments(sp);
        }
        endPath();
    }

    /** An image (XObject or inline) drawn with the current transformation {@code ctm}. */
    public void drawImage(Matrix ctm) {
        imageCount++;
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (float[] unit : new float[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
            Point2D.Float u = ctm.transformPoint(unit[0], unit[1]);
            Point2D.Double d = space.display(u.x, u.y);
            minX = Math.min(minX, d.x);
            minY = Math.min(minY, d.y);
            maxX = Math.max(maxX, d.x);
            maxY = Math.max(maxY, d.y);
        }
        double w = Math.min(maxX, space.displayedWidth()) - Math.max(minX, 0);
        double h = Math.min(maxY, space.displayedHeight()) - Math.max(minY, 0);
        if (w > 0 && h > 0) {
            imageArea += w * h;
        }
    }

    private void addStrokedSegments(List<Point2D.Float> sp) {
        for (int i = 1; i < sp.size(); i++) {
            Point2D.Float a = sp.get(i - 1);
            Point2D.Float b = sp.get(i);
            if (a == null || b == null) {
                continue;
            }
            Point2D.Double da = space.display(a.x, a.y);
            Point2D.Double db = space.display(b.x, b.y);
            addSegment(da, db);
        }
    }

    private void addSegment(Point2D.Double a, Point2D.Double b) {
        double dx = Math.abs(a.x - b.x);
        double dy = Math.abs(a.y - b.y);
        if (dy <= options.axisTolerance() && dx >= options.minLength()) {
            rulings.add(Ruling.horizontal((a.y + b.y) / 2, a.x, b.x));
        } else if (dx <= options.axisTolerance() && dy >= options.minLength()) {
            rulings.add(Ruling.vertical((a.x + b.x) / 2, a.y, b.y));
        }
    }

    /** A filled subpath that is an axis-aligned rectangle thinner than maxThickness becomes a ruling. */
    private void addThinRectangle(List<Point2D.Float> sp) {
        int n = sp.size();
        if (n > 0 && sp.get(n - 1) != null && sp.get(0) != null && sp.get(n - 1).equals(sp.get(0))) {
            n--; // closing point
        }
        if (n != 4) {
            return;
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        List<Point2D.Double> pts = new ArrayList<>(4);
        for (int i = 0; i < 4; i++) {
            Point2D.Float p = sp.get(i);
            if (p == null) {
                return;
            }
            Point2D.Double d = space.display(p.x, p.y);
            pts.add(d);
            minX = Math.min(minX, d.x);
            minY = Math.min(minY, d.y);
            maxX = Math.max(maxX, d.x);
            maxY = Math.max(maxY, d.y);
        }
        // axis-aligned: every edge is horizontal or vertical, except short mitred ends no longer than the
        // thickness (borders drawn as thin trapezoids whose corners meet at 45°, as some Excel exports do)
        double tol = options.axisTolerance();
        double thick = options.maxThickness();
        for (int i = 0; i < 4; i++) {
            Point2D.Double a = pts.get(i);
            Point2D.Double b = pts.get((i + 1) % 4);
            double dx = Math.abs(a.x - b.x);
            double dy = Math.abs(a.y - b.y);
            if (dx > tol && dy > tol && (dx > thick || dy > thick)) {
                return;
            }
        }
        double w = maxX - minX;
        double h = maxY - minY;
        if (h <= options.maxThickness() && w >= options.minLength() && w >= h) {
            rulings.add(Ruling.horizontal((minY + maxY) / 2, minX, maxX));
        } else if (w <= options.maxThickness() && h >= options.minLength()) {
            rulings.add(Ruling.vertical((minX + maxX) / 2, minY, maxY));
        }
    }

    private static Point2D.Float f(Point2D p) {
        return new Point2D.Float((float) p.getX(), (float) p.getY());
    }
}
