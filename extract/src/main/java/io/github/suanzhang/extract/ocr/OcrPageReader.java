package io.github.suanzhang.extract.ocr;

import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.layout.Glyph;
import io.github.suanzhang.extract.layout.PageScan;
import io.github.suanzhang.extract.layout.Ruling;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a rendered page into a {@link PageScan}: rulings from the raster (unless the PDF draws its own),
 * rulings erased, words recognised, and each word's characters laid out as glyphs across the word's box.
 * Numeric words are read a second time with the engine restricted to digits and number punctuation
 * ({@link DigitPass}, {@link ExtractOptions.Ocr#digitLanguages()}), since amounts must come out exactly; with
 * cell readers, the text lines of ruled cells are read again as lines ({@link LabelPass}) and every figure
 * alone ({@link CellPass}).
 */
public final class OcrPageReader {
    /** Characters of a printed amount, a percentage or a code. */
    static final String DIGITS = "0123456789.,-%";
    private static final String FONT = "ocr";

    private final OcrEngine engine;
    private final OcrEngine digits;
    private final ExtractOptions.Ocr options;
    private final List<OcrEngine> cellReaders;

    /**
     * @param engine  reads the page's text
     * @param digits  reads the page's figures a second time ({@link DigitPass}); null for no second reading
     * @param options resolution, confidence threshold, raster rulings
     */
    public OcrPageReader(OcrEngine engine, OcrEngine digits, ExtractOptions.Ocr options) {
        this(engine, digits, digits == null ? List.of() : List.of(digits, engine), options);
    }

    /**
     * @param cellReaders the models that read each figure's cell again ({@link CellPass}), the first preferred
     *                    when no two agree; empty for no cell reading
     */
    public OcrPageReader(OcrEngine engine, OcrEngine digits, List<OcrEngine> cellReaders, ExtractOptions.Ocr options) {
        this.engine = engine;
        this.digits = digits;
        this.cellReaders = List.copyOf(cellReaders);
        this.options = options;
    }

    /**
     * Reads one page image.
     *
     * @param original the PDF page's own scan (for its size, rotation, images and vector rulings)
     * @param image    the page rendered at {@link ExtractOptions.Ocr#dpi()}
     */
    public OcrPage read(PageScan original, BufferedImage image) throws OcrException {
        float dpi = options.dpi();
        double ppp = 72.0 / dpi;
        List<Ruling> rulings = original.rulings();
        boolean raster = rulings.isEmpty();
        BufferedImage toRead = image;
        if (raster) {
            RasterRulings rr = RasterRulings.find(image, dpi, options.minRulingLength(), options.maxRulingThickness());
            rulings = rr.rulings();
            toRead = rr.erased();
        }
        List<OcrWord> words = new ArrayList<>(engine.recognise(toRead, OcrEngine.Layout.SPARSE, null));
        if (digits != null) {
            words = DigitPass.reread(digits, toRead, words);
        }
        if (!cellReaders.isEmpty()) {
            words = LabelPass.reread(engine, toRead, words, rulings, ppp);
            words = CellPass.reread(cellReaders, toRead, words, rulings, ppp);
        }
        words = untangled(words).stream().map(w -> w.text().equals(brackets(w.text())) ? w
                : new OcrWord(brackets(w.text()), w.left(), w.top(), w.width(), w.height(), w.confidence(), w.line())).toList();
        List<Glyph> glyphs = new ArrayList<>();
        double sum = 0;
        int low = 0;
        List<OcrPage.Doubtful> doubtful = new ArrayList<>();
        List<OcrPage.Doubtful> readings = new ArrayList<>();
        for (OcrWord w : words) {
            sum += w.confidence();
            OcrPage.Doubtful read = new OcrPage.Doubtful(w.text(), new io.github.suanzhang.core.doc.Box(w.left() * ppp,
                    w.top() * ppp, w.right() * ppp, w.bottom() * ppp), w.confidence());
            readings.add(read);
            if (w.confidence() < options.minConfidence()) {
                low++;
                doubtful.add(read);
            }
            glyphs.addAll(glyphs(original.pageNumber(), w, ppp));
        }
        PageScan scan = new PageScan(original.pageNumber(), original.width(), original.height(), original.rotation(),
                glyphs, rulings, original.imageCount(), original.imageCoverage());
        return new OcrPage(scan, engine.name(), dpi, words.size(), words.isEmpty() ? 100 : sum / words.size(), low, raster,
                doubtful, readings);
    }

    /**
     * Words of one line whose boxes overlap (the Chinese model's boxes are loose: a character's box may span
     * its neighbours) are cut at the previous word's right edge, so that their characters do not interleave
     * when laid out as glyphs; a word left with no width keeps one pixel per character after its neighbour.
     */
    static List<OcrWord> untangled(List<OcrWord> words) {
        List<OcrWord> sorted = new ArrayList<>(words);
        sorted.sort(java.util.Comparator.comparing(OcrWord::line).thenComparingInt(OcrWord::left));
        List<OcrWord> out = new ArrayList<>(sorted.size());
        OcrWord prev = null;
        for (OcrWord w : sorted) {
            if (prev != null && prev.line().equals(w.line()) && w.left() < prev.right()) {
                int left = prev.right();
                int width = Math.max(w.right() - left, (int) w.text().codePoints().count());
                w = new OcrWord(w.text(), left, w.top(), width, w.height(), w.confidence(), w.line());
            }
            out.add(w);
            prev = w;
        }
        return out;
    }

    /**
     * An opening 《 with no closing 》 after it but a closing parenthesis is an opening parenthesis misread (the
     * Chinese model reads the ( of an enumeration {@code (一)一般公共预算拨款} as 《): put back as the bracket that
     * closes it, ( for ) and （ for ）.
     */
    static String brackets(String text) {
        int open = text.indexOf('《');
        if (open < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = open; i >= 0; i = text.indexOf('《', i + 1)) {
            int close = text.indexOf('》', i + 1);
            int next = text.indexOf('《', i + 1);
            int ascii = text.indexOf(')', i + 1);
            int wide = text.indexOf('）', i + 1);
            int paren = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
            boolean closed = close >= 0 && (paren < 0 || close < paren);
            if (!closed && paren >= 0 && (next < 0 || paren < next)) {
                out.setCharAt(i, text.charAt(paren) == ')' ? '(' : '（');
            }
        }
        return out.toString();
    }

    /** The word's characters spread evenly over its box (OCR gives word boxes; cells need glyph positions). */
    static List<Glyph> glyphs(int page, OcrWord w, double ppp) {
        int[] cps = w.text().codePoints().filter(c -> !Character.isWhitespace(c)).toArray();
        List<Glyph> out = new ArrayList<>(cps.length);
        double x = w.left() * ppp;
        double each = w.width() * ppp / Math.max(1, cps.length);
        double y = w.top() * ppp;
        double h = w.height() * ppp;
        for (int i = 0; i < cps.length; i++) {
            out.add(new Glyph(page, new String(Character.toChars(cps[i])), x + i * each, y, each, h, FONT, h));
        }
        return out;
    }
}
