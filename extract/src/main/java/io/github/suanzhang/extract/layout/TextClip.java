package io.github.suanzhang.extract.layout;

import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Clipping for a text-only stream engine ({@link org.apache.pdfbox.text.PDFTextStripper} processes no path
 * operators, so PDFBox's graphics state never learns a {@code re W n} clip). Registers the path
 * construction, clipping and path-ending operators on the engine; each path is kept as the bounding box of
 * its points in default user space (the CTM applied), and {@code W}/{@code W*} followed by {@code n} or a
 * painting operator intersects that box with the state's clip, so that {@code q}/{@code Q} restore it.
 * {@link #visible} then tells whether a glyph's centre lies within every clip's bounds (PDFBox starts each
 * page with the crop box as the clip, so text drawn off the page is dropped too).
 *
 * <p>Seen in 上海普陀财政局 2025 (pp. 7–8): the narrative is drawn on both pages, each clipped to its text area,
 * so that p7 shows items 1–8 and p8 items 9–11; without clipping both pages read 7–11. Bounds, not shapes: a
 * glyph inside a clip's bounding box is kept. One instance per engine; not thread-safe.
 */
final class TextClip {
    /** Slack (pt, default user space) around a clip's bounds before a glyph centre counts as clipped away. */
    static final double TOLERANCE = 2.0;

    /** Height (share of the font size) above the baseline taken as a glyph's centre. */
    static final double CENTRE_RISE = 0.35;

    private final PDFStreamEngine engine;
    private Rectangle2D path;
    private boolean clipPending;
    /** the crop box's lower-left corner: TextPosition's matrix is translated by its negative, the clips are not */
    private double cropX;
    private double cropY;
    /** the last clipping path asked about and its bounds */
    private Path2D boundsPath;
    private Rectangle2D bounds;

    private TextClip(PDFStreamEngine engine) {
        this.engine = engine;
    }

    /** Registers the operators on {@code engine} through its {@code addOperator}. */
    static TextClip install(PDFStreamEngine engine, java.util.function.Consumer<OperatorProcessor> addOperator) {
        TextClip c = new TextClip(engine);
        addOperator.accept(c.op("re", ops -> {
            if (ops.size() >= 4) {
                float x = num(ops, 0);
                float y = num(ops, 1);
                float w = num(ops, 2);
                float h = num(ops, 3);
                c.add(x, y);
                c.add(x + w, y);
                c.add(x, y + h);
                c.add(x + w, y + h);
            }
        }));
        for (String name : List.of("m", "l", "c", "v", "y")) {
            addOperator.accept(c.op(name, ops -> {
                for (int i = 0; i + 1 < ops.size(); i += 2) {
                    c.add(num(ops, i), num(ops, i + 1));
                }
            }));
        }
        addOperator.accept(c.op("h", ops -> {
        }));
        addOperator.accept(c.op("W", ops -> c.clipPending = true));
        addOperator.accept(c.op("W*", ops -> c.clipPending = true));
        for (String name : List.of("n", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*")) {
            addOperator.accept(c.op(name, ops -> c.endPath()));
        }
        return c;
    }

    /** Starts a page: forgets any open path and notes the page's crop box. */
    void startPage(PDRectangle cropBox) {
        path = null;
        clipPending = false;
        cropX = cropBox == null ? 0 : cropBox.getLowerLeftX();
        cropY = cropBox == null ? 0 : cropBox.getLowerLeftY();
    }

    /** Whether the glyph's centre is within the bounds of every current clipping path, widened by {@link #TOLERANCE}. */
    boolean visible(TextPosition text) {
        PDGraphicsState state = engine.getGraphicsState();
        if (state == null) {
            return true;
        }
        // the glyph's centre: half its advance along the baseline, CENTRE_RISE of the font size above it
        Matrix m = text.getTextMatrix();
        double ax = m.getValue(0, 0);
        double ay = m.getValue(0, 1);
        double along = Math.hypot(ax, ay);
        double half = along == 0 ? 0 : text.getWidth() / 2 / along;
        double x = cropX + m.getTranslateX() + ax * half + m.getValue(1, 0) * CENTRE_RISE;
        double y = cropY + m.getTranslateY() + ay * half + m.getValue(1, 1) * CENTRE_RISE;
        for (Path2D p : state.getCurrentClippingPaths()) {
            Rectangle2D b = boundsOf(p);
            if (b.isEmpty()) {
                continue; // a degenerate clip: keep the text rather than lose it
            }
            if (x < b.getMinX() - TOLERANCE || x > b.getMaxX() + TOLERANCE || y < b.getMinY() - TOLERANCE
                    || y > b.getMaxY() + TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    /** A clip's bounds, computed once per clipping path rather than once per glyph (the paths are immutable). */
    private Rectangle2D boundsOf(Path2D p) {
        if (p != boundsPath) {
            boundsPath = p;
            bounds = p.getBounds2D();
        }
        return bounds;
    }

    private void add(float x, float y) {
        PDGraphicsState state = engine.getGraphicsState();
        if (state == null) {
            return;
        }
        Point2D.Float p = state.getCurrentTransformationMatrix().transformPoint(x, y);
        if (!Float.isFinite(p.x) || !Float.isFinite(p.y)) {
            return;
        }
        if (path == null) {
            path = new Rectangle2D.Double(p.x, p.y, 0, 0);
        } else {
            path.add(p.x, p.y);
        }
    }

    private void endPath() {
        PDGraphicsState state = engine.getGraphicsState();
        if (clipPending && path != null && state != null) {
            state.intersectClippingPath(new Area(path));
        }
        clipPending = false;
        path = null;
    }

    private static float num(List<COSBase> ops, int i) {
        return ops.get(i) instanceof COSNumber n ? n.floatValue() : Float.NaN;
    }

    private interface Action {
        void apply(List<COSBase> operands);
    }

    private OperatorProcessor op(String name, Action action) {
        return new OperatorProcessor(engine) {
            @Override
            public void process(Operator operator, List<COSBase> operands) {
                action.apply(operands);
            }

            @Override
            public String getName() {
                return name;
            }
        };
    }
}
