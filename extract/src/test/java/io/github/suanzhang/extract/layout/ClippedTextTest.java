package io.github.suanzhang.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.PdfDisclosureReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 上海普陀财政局 2025 部门预算 pp. 7–8: the narrative is drawn on both pages (on p8 shifted up, much of it above
 * the page) and each page clips it to its text area (re W* n under a y-flipping cm); rendered, p7 shows
 * items 1–8 and p8 items 9–11 (checked with {@code pdftoppm -r 100}). Text clipped away is not read.
 */
class ClippedTextTest {
    private static final String FILE = "shanghai_putuo_caizhengju_2025_bumen_yusuan.pdf";

    @Test
    void glyphsClippedAwayOrOffThePageAreNotCollected() throws Exception {
        Path f = RealFiles.corpusFile(FILE);
        assumeTrue(f != null, "shared corpus absent");
        try (PdfInput in = PdfInput.open(f, ExtractOptions.DEFAULTS)) {
            PageScan p8 = in.scan(8);
            // the first visible line (item 9) has its top at y = 70 pt; items 7–8 above it are clipped away
            assertTrue(p8.glyphs().stream().allMatch(g -> g.y() > 60 && g.y() < p8.height()),
                    p8.glyphs().stream().filter(g -> g.y() <= 60).limit(5).toList().toString());
            assertTrue(p8.glyphs().stream().anyMatch(g -> g.text().equals("卫")));
        }
    }

    @Test
    void eachItemIsReadOnceOnThePageThatShowsIt() throws Exception {
        Path f = RealFiles.corpusFile(FILE);
        assumeTrue(f != null, "shared corpus absent");
        Disclosure d = new PdfDisclosureReader().read(f);
        assertOnceOn(d, "7.“社会保障和就业支出", 7);
        assertOnceOn(d, "8.“社会保障和就业支出", 7);
        assertOnceOn(d, "9.“卫生健康支出", 8);
        assertOnceOn(d, "11.“住房保障支出", 8);
    }

    private static void assertOnceOn(Disclosure d, String start, int page) {
        List<Statement> s = d.statements().stream().filter(x -> x.text().startsWith(start)).toList();
        assertEquals(1, s.size(), start + ": " + s);
        assertEquals(page, s.get(0).place().page(), start);
    }
}
