package io.github.suanzhang.extract.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.layout.Glyph;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cell text from glyphs: word gaps, and letter spacing (Tc) that is not a word gap. */
class CellTextTest {
    private static final ExtractOptions.GridOptions O = ExtractOptions.GridOptions.DEFAULTS;

    /** Glyphs of {@code text} at 9 pt, 4.5 pt wide, {@code pitch} pt apart (advance + Tc); a space leaves a word gap. */
    private static List<Glyph> run(String text, double x, double pitch) {
        List<Glyph> out = new ArrayList<>();
        for (char c : text.toCharArray()) {
            if (c != ' ') {
                out.add(new Glyph(1, String.valueOf(c), x, 100, 4.5, 6.3, "SimSun", 9));
            }
            x += c == ' ' ? 9 : pitch;
        }
        return out;
    }

    @Test
    void 字符间距不是词间空格() {
        // Tc 2.5 pt: every gap is 2.5 pt, more than 0.3 × 6.3 pt, yet the figure is one word
        assertEquals(List.of("1,553.51"), CellText.of(run("1,553.51", 10, 7.0), O).lines());
        assertEquals(List.of("3.76"), CellText.of(run("3.76", 10, 7.0), O).lines());
        assertEquals(2.5, CellText.tracking(run("1,553.51", 10, 7.0)), 1e-9);
    }

    @Test
    void 真正的词间空格仍然保留() {
        assertEquals(List.of("12 34"), CellText.of(run("12 34", 10, 4.5), O).lines());
        // letter-spaced words: the word gap is wider than the letter spacing
        assertEquals(List.of("12 34"), CellText.of(run("12 34", 10, 7.0), O).lines());
        assertEquals(0, CellText.tracking(run("1553", 10, 4.5)), 1e-9);
        // two glyphs far apart: one gap is no evidence of letter spacing
        assertEquals(List.of("1 2"), CellText.of(run("1 2", 10, 4.5), O).lines());
    }
}
