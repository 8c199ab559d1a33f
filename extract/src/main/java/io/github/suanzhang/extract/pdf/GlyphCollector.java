package io.github.suanzhang.extract.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of one page. Overrides only {@link #writeString(String, List)}; PDFBox's own loop,
 * duplicate-overlap suppression (fake bold) and diacritic merging stay as they are. Coordinates are
 * TextPosition's page-rotation-adjusted {@code getX()/getY()} (top-left origin of the displayed page,
 * y = baseline). Whitespace glyphs are dropped: they carry no ink, and gaps are measured geometrically.
 * One instance per page read; not reusable.
 */
final class GlyphCollector extends PDFTextStripper {
    private final int first;
    private final List<List<Glyph>> pages = new ArrayList<>();
    private final TextClip clip = TextClip.install(this, this::addOperator);

    private GlyphCollector(int first, int last) {
        this.first = first;
        setSortByPosition(false);
        setStartPage(first);
        setEndPage(last);
        for (int p = first; p <= last; p++) {
            pages.add(new ArrayList<>());
        }
    }

    /** The glyphs of one page (1-based), in content-stream order. */
    static List<Glyph> collect(PDDocument document, int pageNumber) throws IOException {
        return collect(document, pageNumber, pageNumber).get(0);
    }

    /**
     * The glyphs of pages first..last (1-based, inclusive) in one pass: several times faster than a pass
     * per page, which re-walks the page tree and re-initialises the stripper each time.
     */
    static List<List<Glyph>> collect(PDDocument document, int first, int last) throws IOException {
        GlyphCollector c = new GlyphCollector(first, last);
        c.writeText(document, Writer.nullWriter());
        return c.pages;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        clip.startPage(page.getCropBox());
        super.startPage(page);
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
            pages.get(pageNumber - first).add(new Glyph(pageNumber, text, tp.getX(), baseline - h, tp.getWidth(), h,
                    fontName(tp.getFont()), tp.getFontSizeInPt()));
        }
    }

    private static String fontName(PDFont font) {
        if (font == null || font.getName() == null) {
            return "";
        }
        String name = font.getName();
        // subset prefix: six upper-case letters and '+'
        if (name.length() > 7 && name.charAt(6) == '+' && name.substring(0, 6).chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) {
            return name.substring(7);
        }
        return name;
    }
}
