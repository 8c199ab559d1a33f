package io.github.suanzhang.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.extract.ExtractOptions;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PageCollector} reads glyphs, rulings and images in one pass over each content stream. Before,
 * a {@code PDFTextStripper} (with {@link TextClip}'s clipping) collected the glyphs and a separate
 * {@code PDFGraphicsStreamEngine} pass the rulings and images. That two-pass reading is kept here as the specification, and the one pass must give
 * exactly the same glyphs, rulings (equal doubles, same order), image counts and coverages on every page
 * of the real samples bundled in testdata, and of the shared corpus when it is there.
 */
class OnePassEquivalenceTest {
    @TempDir
    Path dir;

    private static final List<String> BUNDLED = List.of(
            "shanghai_putuo_shehuigongzuobu_2024_bumen_juesuan.pdf",
            "shanghai_putuo_caizhengju_2024_bumen_juesuan.pdf",
            "shenzhen_caizhengju_2026_bumen_yusuan.pdf",
            "005_广州__2026年广州市气象局部门预算.pdf",
            "jiangsu_zhengxie_bangongting_2019_bumen_yusuan_tables.pdf",
            "chongqing_shangwuwei_2026_bumen_yusuan.pdf",
            "suzhou_shenjiju_2026_bumen_yusuan.pdf",
            "001_上海__2026年上海市统计局_部门预算.pdf");

    private static final int MAX_CORPUS_PAGES = 40;

    @Test
    void onePassEqualsTextPassPlusGraphicsPassOnBundledSamples() throws Exception {
        int rulings = 0;
        int images = 0;
        for (String name : BUNDLED) {
            int[] counts = compare(RealFiles.bundled(name, dir));
            rulings += counts[0];
            images += counts[1];
        }
        // the comparison is only worth something if the samples draw rulings and images
        assertTrue(rulings > 1000, "rulings compared: " + rulings);
        assertTrue(images > 0, "images compared: " + images);
    }

    @Test
    void onePassEqualsTwoPassesOnTheSharedCorpus() throws Exception {
        Path corpus = RealFiles.corpus();
        if (corpus == null) {
            return; // a fresh clone: the bundled samples above still run
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".pdf")).sorted().toList();
        }
        int compared = 0;
        for (Path f : files) {
            try (PdfInput in = PdfInput.open(f, ExtractOptions.DEFAULTS)) {
                if (in.pageCount() > MAX_CORPUS_PAGES) {
                    continue; // keeps the test to about a minute; the long files repeat the same producers
                }
                compare(in);
                compared++;
            } catch (io.github.suanzhang.extract.ExtractionException e) {
                // not openable (HTML saved as .pdf …): nothing to compare
            }
        }
        assertTrue(compared > 40, "files compared: " + compared);
    }

    private static int[] compare(Path pdf) throws Exception {
        try (PdfInput in = PdfInput.open(pdf, ExtractOptions.DEFAULTS)) {
            return compare(in);
        }
    }

    private static int[] compare(PdfInput in) throws IOException {
        PDDocument doc = in.document();
        int n = doc.getNumberOfPages();
        List<PageCollector.Page> onePass = PageCollector.collect(doc, 1, n, ExtractOptions.DEFAULTS.rulings());
        List<List<Glyph>> glyphs = TextPass.collect(doc, n);
        int rulings = 0;
        int images = 0;
        for (int p = 1; p <= n; p++) {
            PageCollector.Page one = onePass.get(p - 1);
            String where = in.info().sha256().substring(0, 8) + " page " + p;
            assertEquals(glyphs.get(p - 1), one.glyphs(), where + ": glyphs");
            RulingCollector.Result two = GraphicsPass.collect(doc.getPage(p - 1), ExtractOptions.DEFAULTS.rulings());
            assertEquals(two.rulings(), one.graphics().rulings(), where + ": rulings");
            assertEquals(two.imageCount(), one.graphics().imageCount(), where + ": images");
            assertEquals(two.imageCoverage(), one.graphics().imageCoverage(), where + ": image coverage");
            rulings += two.rulings().size();
            images += two.imageCount();
        }
        return new int[] {rulings, images};
    }

    /** The former glyph pass: a text stripper whose only path operators are {@link TextClip}'s. */
    private static final class TextPass extends PDFTextStripper {
        private final List<List<Glyph>> pages = new ArrayList<>();
        private final TextClip clip = TextClip.install(this, this::addOperator);

        static List<List<Glyph>> collect(PDDocument doc, int n) throws IOException {
            TextPass t = new TextPass();
            for (int p = 0; p < n; p++) {
                t.pages.add(new ArrayList<>());
            }
            t.setSortByPosition(false);
            t.writeText(doc, Writer.nullWriter());
            return t.pages;
        }

        private TextPass() {
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            clip.startPage(page.getCropBox());
            super.startPage(page);
        }

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
                String font = PageCollector.fontName(tp.getFont());
                double h = tp.getHeight();
                double baseline = tp.getY();
                pages.get(getCurrentPageNo() - 1).add(new Glyph(getCurrentPageNo(), text, tp.getX(), baseline - h,
                        tp.getWidth(), h, font, tp.getFontSizeInPt()));
            }
        }
    }

    /** The former ruling pass: PDFBox's own graphics engine, text not decoded, feeding the same geometry. */
    private static final class GraphicsPass extends PDFGraphicsStreamEngine {
        private final RulingCollector geometry;

        static RulingCollector.Result collect(PDPage page, ExtractOptions.Rulings options) throws IOException {
            GraphicsPass g = new GraphicsPass(page, options);
            g.processPage(page);
            return g.geometry.result();
        }

        private GraphicsPass(PDPage page, ExtractOptions.Rulings options) {
            super(page);
            geometry = new RulingCollector(page, options);
        }

        @Override
        protected void showText(byte[] string) {
            // the old pass did not decode text
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            geometry.appendRectangle(p0, p1, p2, p3);
        }

        @Override
        public void drawImage(PDImage pdImage) {
            geometry.drawImage(getGraphicsState().getCurrentTransformationMatrix());
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
            geometry.moveTo(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            geometry.lineTo(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            geometry.curveTo(x1, y1, x2, y2, x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return geometry.getCurrentPoint();
        }

        @Override
        public void closePath() {
            geometry.closePath();
        }

        @Override
        public void endPath() {
            geometry.endPath();
        }

        @Override
        public void strokePath() {
            geometry.strokePath();
        }

        @Override
        public void fillPath(int windingRule) {
            geometry.fillPath(windingRule);
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            geometry.fillAndStrokePath(windingRule);
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
