package io.github.suanzhang.extract.outline;

import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.extract.layout.Glyph;
import io.github.suanzhang.extract.layout.PageScan;
import java.util.List;
import java.util.Optional;

/**
 * Half-width commas between Chinese characters on a page of a PDF's text layer ({@code 支出,主要用于}). The model's
 * text is normalised (NFKC folds the full-width {@code ，} into {@code ,}), so the two can only be told apart here,
 * before normalising: a glyph decoding to U+002C, drawn narrow (its advance under {@value #NARROW} of the font
 * size — a font that maps its full-width comma to U+002C draws it wide, and the page shows a full-width comma),
 * between two Chinese characters on the same baseline, each within one character's width of it. One
 * {@link ProblemKind#HALF_WIDTH_COMMA} note per page with the count and the first place; the rule
 * {@code text.punctuation} reports them. Stateless.
 */
public final class HalfWidthCommas {
    /** A comma narrower than this share of its font size is half-width. */
    static final double NARROW = 0.7;

    private HalfWidthCommas() {
    }

    /** The note for a page with half-width commas between Chinese characters, or empty. */
    public static Optional<Problem> of(PageScan scan) {
        List<Glyph> gs = scan.glyphs();
        int count = 0;
        Glyph first = null;
        String example = null;
        for (int i = 1; i + 1 < gs.size(); i++) {
            Glyph c = gs.get(i);
            if (!",".equals(c.text()) || c.fontSize() <= 0 || c.w() >= NARROW * c.fontSize()) {
                continue;
            }
            Glyph a = gs.get(i - 1);
            Glyph b = gs.get(i + 1);
            if (!han(a) || !han(b) || !sameLine(a, c) || !sameLine(c, b)) {
                continue;
            }
            double em = c.fontSize();
            if (c.x() - (a.x() + a.w()) > em || b.x() - (c.x() + c.w()) > em || c.x() < a.x() || b.x() < c.x()) {
                continue;
            }
            count++;
            if (first == null) {
                first = c;
                example = context(gs, i);
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        String msg = String.format("第%d页有%d处中文之间使用了半角逗号“,”，如“%s”", scan.pageNumber(), count, example);
        return Optional.of(new Problem(ProblemKind.HALF_WIDTH_COMMA, msg, Place.onPage(scan.pageNumber(), first.box())));
    }

    private static boolean han(Glyph g) {
        return !g.text().isEmpty() && g.text().codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static boolean sameLine(Glyph a, Glyph b) {
        return Math.abs(a.baseline() - b.baseline()) <= 0.3 * Math.max(a.fontSize(), b.fontSize());
    }

    /** Up to eight glyphs either side of the comma on its line, the comma marked 〖,〗. */
    private static String context(List<Glyph> gs, int at) {
        StringBuilder sb = new StringBuilder();
        for (int j = Math.max(0, at - 8); j <= Math.min(gs.size() - 1, at + 8); j++) {
            if (!sameLine(gs.get(j), gs.get(at))) {
                continue;
            }
            sb.append(j == at ? "〖,〗" : gs.get(j).text());
        }
        return sb.toString();
    }
}
