package io.github.suanzhang.extract.layout;

import io.github.suanzhang.extract.ExtractOptions;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.MissingOperandException;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDInlineImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs, rulings and image coverage of pages in ONE pass over each content stream.
 *
 * <p>Glyphs: overrides only {@link #writeString(String, List)}; PDFBox's own loop, duplicate-overlap
 * suppression (fake bold) and diacritic merging stay as they are. Coordinates are TextPosition's
 * page-rotation-adjusted {@code getX()/getY()} (top-left origin of the displayed page, y = baseline).
 * Whitespace glyphs are dropped: they carry no ink, and gaps are measured geometrically.
 *
 * <p>Rulings and images: the text stripper registers no path operators, so this class adds processors
 * for them ({@code m l c v y re h S s f F f* B B* b b* n}, inline images {@code BI}, and image XObjects
 * on {@code Do}) that hand the points to a {@link RulingCollector}, transformed by the CTM through
 * {@link PDFStreamEngine#transformedPoint} and with the same operand checks as PDFBox's
 * {@code PDFGraphicsStreamEngine} operators, so the rulings are the ones a separate graphics pass found
 * (a test compares the two). Before this, every page's content was parsed twice (text, then graphics).
 * The same path operators also feed {@link TextClip} (clipping paths, so that clipped-away glyphs are not
 * read), which registers its own processors only for {@code W} and {@code W*}.
 * One instance per call; not reusable.
 */
final class PageCollector extends PDFTextStripper {
    /** What one page holds. */
    record Page(List<Glyph> glyphs, RulingCollector.Result graphics) {
    }

    private final int first;
    private final ExtractOptions.Rulings rulingOptions;
    private final List<List<Glyph>> glyphs = new ArrayList<>();
    private final List<RulingCollector.Result> graphics = new ArrayList<>();
    /** the current page's geometry; null outside a page */
    private RulingCollector rulings;
    /** TextClip's processors by operator name: the path operators below run them too */
    private final Map<String, OperatorProcessor> clipOps = new HashMap<>();
    private final TextClip clip = TextClip.install(this, p -> clipOps.put(p.getName(), p));
    private PDFont lastFont;
    private String lastFontName = "";

    private PageCollector(int first, int last, ExtractOptions.Rulings rulingOptions) {
        this.first = first;
        this.rulingOptions = rulingOptions;
        setSortByPosition(false);
        setStartPage(first);
        setEndPage(last);
        for (int p = first; p <= last; p++) {
            glyphs.add(new ArrayList<>());
            graphics.add(RulingCollector.EMPTY); // a page without content is never processed
        }
        addPathOperators();
        for (OperatorProcessor p : clipOps.values()) {
            if (!hasOperator(p.getName())) {
                addOperator(p); // W, W*: clipping only
            }
        }
    }

    private final java.util.Set<String> registered = new java.util.HashSet<>();

    private boolean hasOperator(String name) {
        return registered.contains(name);
    }

    private void register(OperatorProcessor p) {
        registered.add(p.getName());
        addOperator(p);
    }

    /** Pages first..last (1-based, inclusive) in one pass over the document. */
    static List<Page> collect(PDDocument document, int first, int last, ExtractOptions.Rulings rulingOptions)
            throws IOException {
        PageCollector c = new PageCollector(first, last, rulingOptions);
        c.writeText(document, Writer.nullWriter());
        List<Page> out = new ArrayList<>(last - first + 1);
        for (int i = 0; i < c.glyphs.size(); i++) {
            out.add(new Page(c.glyphs.get(i), c.graphics.get(i)));
        }
        return out;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        clip.startPage(page.getCropBox());
        super.startPage(page);
        rulings = new RulingCollector(page, rulingOptions);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        graphics.set(getCurrentPageNo() - first, rulings.result());
        rulings = null;
        super.endPage(page);
    }

    /** A glyph clipped away (or drawn off the page) is not shown, and not read: see {@link TextClip}. */
    @Override
    protected void processTextPosition(TextPosition text) {
        if (clip.visible(text)) {
            super.processTextPosition(text);
        }
    }

    @Override
    protected void writeString(String run, List<TextPosition> positions) {
        for (TextPosition tp : positions) {
            String text = tp.getUnicode();
            if (text == null || text.isBlank()) {
                continue;
            }
            double h = tp.getHeight();
            double baseline = tp.getY();
            int pageNumber = getCurrentPageNo();
            glyphs.get(pageNumber - first).add(new Glyph(pageNumber, text, tp.getX(), baseline - h, tp.getWidth(), h,
                    fontNameOf(tp.getFont()), tp.getFontSizeInPt()));
        }
    }

    /** The name of the glyph's font, computed once per run of glyphs in the same font (a per-glyph call). */
    private String fontNameOf(PDFont font) {
        if (font != lastFont) {
            lastFont = font;
            lastFontName = fontName(font);
        }
        return lastFontName;
    }

    /** A font's name without its subset prefix (six upper-case letters and '+', e.g. {@code ABCDEF+SimSun}). */
    static String fontName(PDFont font) {
        if (font == null || font.getName() == null) {
            return "";
        }
        String name = font.getName();
        if (name.length() > 7 && name.charAt(6) == '+') {
            for (int i = 0; i < 6; i++) {
                if (name.charAt(i) < 'A' || name.charAt(i) > 'Z') {
                    return name;
                }
            }
            return name.substring(7);
        }
        return name;
    }

    // ---- path operators (semantics of PDFBox 3.0's org.apache.pdfbox.contentstream.operator.graphics.*)

    private void addPathOperators() {
        register(new Op(this, "m", 2, false) {
            @Override
            void apply(List<COSBase> ops) {
                Point2D.Float p = point(ops, 0);
                rulings.moveTo(p.x, p.y);
            }
        });
        register(new Op(this, "l", 2, false) {
            @Override
            void apply(List<COSBase> ops) {
                Point2D.Float p = point(ops, 0);
                rulings.lineTo(p.x, p.y); // the collector always has a current point
            }
        });
        register(new Op(this, "c", 6, true) {
            @Override
            void apply(List<COSBase> ops) {
                Point2D.Float p1 = point(ops, 0);
                Point2D.Float p2 = point(ops, 2);
                Point2D.Float p3 = point(ops, 4);
                rulings.curveTo(p1.x, p1.y, p2.x, p2.y, p3.x, p3.y);
            }
        });
        register(new Op(this, "v", 4, true) {
            @Override
            void apply(List<COSBase> ops) {
                Point2D current = rulings.getCurrentPoint();
                Point2D.Float p2 = point(ops, 0);
                Point2D.Float p3 = point(ops, 2);
                rulings.curveTo((float) current.getX(), (float) current.getY(), p2.x, p2.y, p3.x, p3.y);
            }
        });
        register(new Op(this, "y", 4, true) {
            @Override
            void apply(List<COSBase> ops) {
                Point2D.Float p1 = point(ops, 0);
                Point2D.Float p3 = point(ops, 2);
                rulings.curveTo(p1.x, p1.y, p3.x, p3.y, p3.x, p3.y);
            }
        });
        register(new Op(this, "re", 4, true) {
            @Override
            void apply(List<COSBase> ops) {
                float x = ((COSNumber) ops.get(0)).floatValue();
                float y = ((COSNumber) ops.get(1)).floatValue();
                float w = ((COSNumber) ops.get(2)).floatValue();
                float h = ((COSNumber) ops.get(3)).floatValue();
                float x2 = w + x;
                float y2 = h + y;
                rulings.appendRectangle(transformedPoint(x, y), transformedPoint(x2, y), transformedPoint(x2, y2),
                        transformedPoint(x, y2));
            }
        });
        register(new Op(this, "h", 0, false) {
            @Override
            void apply(List<COSBase> ops) {
                rulings.closePath();
            }
        });
        register(new Op(this, "S", 0, false) {
            @Override
            void apply(List<COSBase> ops) {
                rulings.strokePath();
            }
        });
        register(new Op(this, "s", 0, false) {
            @Override
            void apply(List<COSBase> ops) {
                rulings.closePath();
                rulings.strokePath();
            }
        });
        for (String fill : List.of("f", "F", "f*")) {
            register(new Op(this, fill, 0, false) {
                @Override
                void apply(List<COSBase> ops) {
                    rulings.fillPath(0);
                }
            });
        }
        for (String fillStroke : List.of("B", "B*")) {
            register(new Op(this, fillStroke, 0, false) {
                @Override
                void apply(List<COSBase> ops) {
                    rulings.fillAndStrokePath(0);
                }
            });
        }
        for (String closeFillStroke : List.of("b", "b*")) {
            register(new Op(this, closeFillStroke, 0, false) {
                @Override
                void apply(List<COSBase> ops) {
                    rulings.closePath();
                    rulings.fillAndStrokePath(0);
                }
            });
        }
        register(new Op(this, "n", 0, false) {
            @Override
            void apply(List<COSBase> ops) {
                rulings.endPath();
            }
        });
        register(new InlineImage(this));
        register(new DrawImageOrForm(this));
    }

    private Point2D.Float point(List<COSBase> ops, int i) {
        return transformedPoint(((COSNumber) ops.get(i)).floatValue(), ((COSNumber) ops.get(i + 1)).floatValue());
    }

    private void drawImage(PDImage image) {
        if (image.isStencil() || isShouldProcessColorOperators()) {
            rulings.drawImage(getGraphicsState().getCurrentTransformationMatrix());
        }
    }

    /** A path operator: checks operands as PDFBox does (too few: an exception PDFBox logs; not numbers: ignored). */
    private abstract static class Op extends OperatorProcessor {
        private final String name;
        private final int operands;
        /** all operands must be numbers (PDFBox checks this for c, v, y, re; only the first two for m and l) */
        private final boolean allNumbers;

        Op(PDFStreamEngine context, String name, int operands, boolean allNumbers) {
            super(context);
            this.name = name;
            this.operands = operands;
            this.allNumbers = allNumbers;
        }

        @Override
        public final void process(Operator operator, List<COSBase> ops) throws IOException {
            PageCollector c = (PageCollector) getContext();
            OperatorProcessor clip = c.clipOps.get(name);
            if (clip != null) {
                clip.process(operator, ops); // the path's bounds and clipping, for the glyphs (TextClip)
            }
            if (c.rulings == null) {
                return; // outside a page (never, as the stripper only processes pages)
            }
            if (ops.size() < operands) {
                throw new MissingOperandException(operator, ops);
            }
            if (allNumbers) {
                if (!checkArrayTypesClass(ops, COSNumber.class)) {
                    return;
                }
            } else {
                for (int i = 0; i < operands; i++) {
                    if (!(ops.get(i) instanceof COSNumber)) {
                        return;
                    }
                }
            }
            apply(ops);
        }

        abstract void apply(List<COSBase> ops);

        @Override
        public final String getName() {
            return name;
        }
    }

    /** {@code BI … ID … EI}: an inline image, as PDFBox's {@code BeginInlineImage} draws it. */
    private static final class InlineImage extends OperatorProcessor {
        InlineImage(PDFStreamEngine context) {
            super(context);
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws IOException {
            PageCollector c = (PageCollector) getContext();
            if (c.rulings == null || operator.getImageData() == null || operator.getImageData().length == 0) {
                return;
            }
            PDImage image = new PDInlineImage(operator.getImageParameters(), operator.getImageData(), c.getResources());
            if (!image.isEmpty()) {
                c.drawImage(image);
            }
        }

        @Override
        public String getName() {
            return "BI";
        }
    }

    /**
     * {@code Do}: an image XObject is drawn as PDFBox's graphics {@code DrawObject} draws it; anything
     * else goes to the text stripper's own {@code DrawObject} (form XObjects, whose content is processed
     * with this same engine).
     */
    private static final class DrawImageOrForm extends OperatorProcessor {
        private final DrawObject forms;

        DrawImageOrForm(PDFStreamEngine context) {
            super(context);
            this.forms = new DrawObject(context);
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws IOException {
            if (operands.isEmpty()) {
                throw new MissingOperandException(operator, operands);
            }
            PageCollector c = (PageCollector) getContext();
            if (operands.get(0) instanceof COSName name && c.rulings != null) {
                PDResources resources = c.getResources();
                if (resources != null && resources.isImageXObject(name)) {
                    PDXObject x = resources.getXObject(name);
                    if (x instanceof PDImageXObject image) {
                        c.drawImage(image);
                    }
                    return;
                }
            }
            forms.process(operator, operands);
        }

        @Override
        public String getName() {
            return "Do";
        }
    }
}
