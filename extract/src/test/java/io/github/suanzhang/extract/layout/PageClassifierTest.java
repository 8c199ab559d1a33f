package io.github.suanzhang.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.Synthetic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageClassifierTest {
    @TempDir
    Path dir;

    private static final ExtractOptions.PageKinds C = ExtractOptions.DEFAULTS.pageKinds();

    private static PageKind kindOf(Path f, int page) throws Exception {
        try (PdfInput in = PdfInput.open(f, ExtractOptions.DEFAULTS)) {
            return PageClassifier.classify(in.scan(page), C).kind();
        }
    }

    private static PageScan scanOf(String text, int images, double coverage) {
        List<Glyph> glyphs = new ArrayList<>();
        int i = 0;
        for (int cp : text.codePoints().toArray()) {
            glyphs.add(new Glyph(1, new String(Character.toChars(cp)), 10 + 10 * (i % 50), 10 + 12 * (i / 50), 10, 7, "F", 10));
            i++;
        }
        return new PageScan(1, 595, 842, 0, glyphs, List.of(), images, coverage);
    }

    @Test
    void syntheticPages() throws Exception {
        Path f = dir.resolve("kinds.pdf");
        try (Synthetic s = new Synthetic()) {
            s.page(300, 300).text("Revenue 2024: 1,553.51 (12.3%) - total 9,876.00 as printed.", 10, 50, 8);
            s.page(300, 300).image(0, 0, 300, 300).text("12", 10, 10, 8);           // a scan with a page number
            s.page(300, 300).text("!\"#$%&'()*+ ,-./0 ?@AB CD:EFG ^_`{|}~ ?@A!\"#", 10, 50, 8); // garbled mapping
            s.page(300, 300);                                                          // nothing at all
            s.page(300, 300).text("2026", 10, 10, 8);
            for (int k = 0; k < 12; k++) {                                             // text set as line images
                s.image(20, 20 + 20 * k, 260, 14);
            }
            s.save(f);
        }
        // page 1 is Latin text: letters outnumber Han, which the Chinese-disclosure criterion calls unreadable
        assertEquals(PageKind.UNREADABLE_TEXT, kindOf(f, 1));
        assertEquals(PageKind.NO_TEXT_LAYER, kindOf(f, 2));
        assertEquals(PageKind.UNREADABLE_TEXT, kindOf(f, 3));
        assertEquals(PageKind.BLANK, kindOf(f, 4));
        assertEquals(PageKind.NO_TEXT_LAYER, kindOf(f, 5));
    }

    @Test
    void chineseStatistics() {
        String readable = "一般公共预算财政拨款支出决算表单位万元项目功能分类科目编码合计社会保障和就业支出行政事业单位养老支出"
                + "机关事业单位基本养老保险缴费支出卫生健康支出行政事业单位医疗住房保障支出住房改革支出住房公积金";
        assertEquals(PageKind.TEXT_OK, PageClassifier.classify(scanOf(readable + "1,553.51 12.3%", 0, 0), C).kind());
        // the same number of ideographs, but rare ones: a font mapping to the wrong characters
        StringBuilder rare = new StringBuilder();
        for (int cp = 0x9A00; rare.length() < readable.length(); cp += 7) {
            rare.appendCodePoint(cp);
        }
        assertEquals(PageKind.UNREADABLE_TEXT, PageClassifier.classify(scanOf(rare.toString(), 0, 0), C).kind());
        // private-use code points
        String pua = readable.substring(0, 40) + "\uE001\uE002\uE003\uE004\uE005\uE006\uE007\uE008";
        PageClassifier.Verdict v = PageClassifier.classify(scanOf(pua, 0, 0), C);
        assertEquals(PageKind.UNREADABLE_TEXT, v.kind());
        assertEquals(8, v.stats().broken());
        // a few Latin abbreviations do not make a page unreadable
        assertEquals(PageKind.TEXT_OK, PageClassifier.classify(scanOf(readable + "GDP PPP CPI", 0, 0), C).kind());
    }

    @Test
    void realImageTextPages() throws Exception {
        Path f = RealFiles.corpusFile("nanjing_2026_yusuan_baogao_IMAGE_TABLES.pdf");
        Assumptions.assumeTrue(f != null, "shared corpus not present");
        try (PdfInput in = PdfInput.open(f, ExtractOptions.DEFAULTS)) {
            for (int p = 1; p <= in.pageCount(); p++) {
                PageKind expected = p <= 30 ? PageKind.NO_TEXT_LAYER : PageKind.TEXT_OK;
                assertEquals(expected, PageClassifier.classify(in.scan(p), C).kind(), "page " + p);
            }
        }
    }

    @Test
    void realGarbledFonts() throws Exception {
        Path f = RealFiles.corpusFile("huaian_2026_yusuan_baogao_GARBLED_FONTS.pdf");
        Assumptions.assumeTrue(f != null, "shared corpus not present");
        try (PdfInput in = PdfInput.open(f, ExtractOptions.DEFAULTS)) {
            assertEquals(12, in.pageCount());
            for (int p = 1; p <= in.pageCount(); p++) {
                assertEquals(PageKind.UNREADABLE_TEXT, PageClassifier.classify(in.scan(p), C).kind(), "page " + p);
            }
        }
    }

    @Test
    void bundledRealFileIsReadable() throws Exception {
        Path f = RealFiles.bundled("shanghai_putuo_shehuigongzuobu_2024_bumen_juesuan.pdf", dir);
        try (PdfInput in = PdfInput.open(f, ExtractOptions.DEFAULTS)) {
            assertEquals(24, in.pageCount());
            List<PageScan> all = in.scanAll(e -> {
                throw new AssertionError(e);
            });
            assertEquals(24, all.size());
            for (int p = 1; p <= in.pageCount(); p++) {
                PageScan single = in.scan(p);
                assertEquals(single, all.get(p - 1), "one pass and page-by-page agree on page " + p);
                assertEquals(PageKind.TEXT_OK, PageClassifier.classify(single, C).kind(), "page " + p);
            }
        }
    }
}
