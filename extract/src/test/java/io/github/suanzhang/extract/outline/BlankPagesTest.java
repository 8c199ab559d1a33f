package io.github.suanzhang.extract.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.layout.Glyph;
import io.github.suanzhang.extract.layout.PageClassifier;
import io.github.suanzhang.extract.layout.PageScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BlankPagesTest {
    private static Optional<Problem> blank(int page, int pageCount, String text, int images, double coverage) {
        List<Glyph> glyphs = new ArrayList<>();
        int i = 0;
        for (int cp : text.codePoints().toArray()) {
            glyphs.add(new Glyph(page, new String(Character.toChars(cp)), 280 + 10 * i, 800, 10, 7, "F", 10));
            i++;
        }
        PageScan scan = new PageScan(page, 595, 842, 0, glyphs, List.of(), images, coverage);
        return BlankPages.of(scan, PageClassifier.classify(scan, ExtractOptions.DEFAULTS.pageKinds()), pageCount);
    }

    @Test
    void an_empty_page_or_one_with_a_page_number_only_is_blank() {
        Optional<Problem> p = blank(7, 20, "", 0, 0);
        assertTrue(p.isPresent());
        assertEquals(ProblemKind.BLANK_PAGE, p.get().kind());
        assertEquals(7, p.get().place().page());
        assertTrue(blank(7, 20, "- 7 -", 0, 0).isPresent());
    }

    @Test
    void the_last_page_images_declared_blank_pages_and_text_are_not() {
        assertTrue(blank(20, 20, "", 0, 0).isEmpty());                // the last page may be blank
        assertTrue(blank(7, 20, "", 1, 0.9).isEmpty());               // a scan
        assertTrue(blank(7, 20, "", 1, 0.05).isEmpty());              // a small image (a logo, a chart)
        assertTrue(blank(7, 20, "此页无正文", 0, 0).isEmpty());        // blank on purpose, and says so
        assertTrue(blank(7, 20, "2026年部门预算收支总表单位万元项目", 0, 0).isEmpty()); // a page with text
    }
}
