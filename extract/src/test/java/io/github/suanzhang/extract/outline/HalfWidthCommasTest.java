package io.github.suanzhang.extract.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.extract.layout.Glyph;
import io.github.suanzhang.extract.layout.PageScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HalfWidthCommasTest {
    /** A line of glyphs at 10 pt: Chinese characters 10 wide, ASCII {@code commaWidth} wide. */
    private static Optional<Problem> line(String text, double commaWidth) {
        List<Glyph> gs = new ArrayList<>();
        double x = 50;
        for (int cp : text.codePoints().toArray()) {
            String t = new String(Character.toChars(cp));
            double w = cp < 128 ? commaWidth : 10;
            gs.add(new Glyph(4, t, x, 100, w, 8, "SimSun", 10));
            x += w;
        }
        return HalfWidthCommas.of(new PageScan(4, 595, 842, 0, gs, List.of(), 0, 0));
    }

    @Test
    void a_narrow_comma_between_chinese_characters_is_noted() {
        Optional<Problem> p = line("一般公共预算支出,主要用于人员经费,比上年增加", 5);
        assertTrue(p.isPresent());
        assertEquals(ProblemKind.HALF_WIDTH_COMMA, p.get().kind());
        assertEquals(4, p.get().place().page());
        assertTrue(p.get().message().startsWith("第4页有2处"), p.get().message());
        assertTrue(p.get().message().contains("支出〖,〗主要"), p.get().message());
    }

    @Test
    void thousands_separators_wide_commas_and_full_width_ones_are_not() {
        assertTrue(line("合计1,553.51万元", 5).isEmpty());
        assertTrue(line("一般公共预算支出,主要用于人员经费", 10).isEmpty());   // drawn full width
        assertTrue(line("一般公共预算支出，主要用于人员经费", 5).isEmpty());   // U+FF0C itself
    }
}
