package io.github.suanzhang.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.Synthetic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageScanTest {
    @TempDir
    Path dir;

    private static final double EPS = 0.01;

    @Test
    void glyphsAndRulingsShareTopLeftSpace() throws Exception {
        Path f = dir.resolve("a.pdf");
        try (Synthetic s = new Synthetic()) {
            s.page(400, 300)
                    .text("AB", 100, 80, 10)
                    .line(50, 90, 350, 90)          // stroked horizontal under the text
                    .line(60, 40, 60, 200)          // stroked vertical
                    .thinH(120, 50, 350)            // filled 0.6 pt rectangle: a border
                    .thinV(340, 40, 200)
                    .fill(200, 150, 50, 30)         // a filled block: not a ruling
                    .line(10, 10, 40, 40)           // diagonal: not a ruling
                    .save(f);
        }
        try (PdfInput in = PdfInput.open(f, ExtractOptions.DEFAULTS)) {
            PageScan p = in.scan(1);
            assertEquals(400, p.width(), EPS);
            assertEquals(300, p.height(), EPS);
            assertEquals(0, p.rotation());
            assertEquals("AB", p.rawText());
            Glyph a = p.glyphs().get(0);
            assertEquals(100, a.x(), EPS);
            assertEquals(80, a.baseline(), 0.05);
            assertTrue(a.h() > 5 && a.h() < 10, "height " + a.h());
            assertEquals(10, a.fontSize(), EPS);
            assertEquals("Helvetica", a.fontName());
            List<Ruling> r = p.rulings();
            assertEquals(4, r.size(), r.toString());
            assertTrue(r.contains(Ruling.horizontal(90, 50, 350)), r.toString());
            assertTrue(r.contains(Ruling.vertical(60, 40, 200)), r.toString());
            assertTrue(r.stream().anyMatch(x -> x.horizontal() && Math.abs(x.position() - 120) < EPS
                    && Math.abs(x.start() - 50) < EPS && Math.abs(x.end() - 350) < EPS), r.toString());
            assertTrue(r.stream().anyMatch(x -> !x.horizontal() && Math.abs(x.position() - 340) < EPS
                    && Math.abs(x.start() - 40) < EPS && Math.abs(x.end() - 200) < EPS), r.toString());
            assertEquals(0, p.imageCount());
        }
    }

    @Test
    void rotatedPageIsReadAsDisplayed() throws Exception {
        Path f = dir.resolve("rot.pdf");
        try (Synthetic s = new Synthetic()) {
            // a landscape 500 × 300 page stored as a portrait media box with /Rotate 90
            s.page(500, 300, true)
                    .text("XY", 100, 80, 10)
                    .line(50, 90, 450, 90)
                    .line(60, 40, 60, 200)
                    .save(f);
        }
        try (PdfInput in = PdfInput.open(f, ExtractOptions.DEFAULTS)) {
            PageScan p = in.scan(1);
            assertEquals(90, p.rotation());
            assertEquals(500, p.width(), EPS);
            assertEquals(300, p.height(), EPS);
            Glyph x = p.glyphs().get(0);
            Glyph y = p.glyphs().get(1);
            assertEquals("X", x.text());
            assertEquals(100, x.x(), 0.05);
            assertEquals(80, x.baseline(), 0.05);
            assertTrue(y.x() > x.x(), "reads left to right as displayed");
            assertEquals(x.baseline(), y.baseline(), 0.05);
            assertTrue(p.rulings().contains(Ruling.horizontal(90, 50, 450)), p.rulings().toString());
            assertTrue(p.rulings().contains(Ruling.vertical(60, 40, 200)), p.rulings().toString());
        }
    }

    @Test
    void imagesAreCountedWithTheirCoverage() throws Exception {
        Path f = dir.resolve("img.pdf");
        try (Synthetic s = new Synthetic()) {
            s.page(200, 100).image(0, 0, 100, 100).image(150, 50, 100, 100).save(f); // second one half off the page
        }
        try (PdfInput in = PdfInput.open(f, ExtractOptions.DEFAULTS)) {
            PageScan p = in.scan(1);
            assertEquals(2, p.imageCount());
            assertEquals((100 * 100 + 50 * 50) / (200.0 * 100), p.imageCoverage(), 1e-3);
        }
    }
}
