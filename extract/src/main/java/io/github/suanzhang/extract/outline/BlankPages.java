package io.github.suanzhang.extract.outline;

import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.extract.layout.Glyph;
import io.github.suanzhang.extract.layout.PageClassifier;
import io.github.suanzhang.extract.layout.PageKind;
import io.github.suanzhang.extract.layout.PageScan;
import java.util.Optional;

/**
 * A blank page inside a document: the page classifier found (almost) no glyphs and no page-covering image
 * ({@link PageKind#BLANK}), no image is drawn on it at all, none of its few glyphs is a Chinese character (a page
 * number {@code - 12 -} may stand there; {@code 此页无正文} declares the page blank on purpose and is not reported), and
 * it is not the document's last page (a blank back cover is common). Such a page becomes a
 * {@link ProblemKind#BLANK_PAGE} note, which the rule {@code structure.blank-page} reports. Stateless.
 */
public final class BlankPages {
    private BlankPages() {
    }

    /** The note for a blank page, or empty. */
    public static Optional<Problem> of(PageScan scan, PageClassifier.Verdict verdict, int pageCount) {
        if (verdict.kind() != PageKind.BLANK || scan.imageCount() > 0 || scan.pageNumber() >= pageCount) {
            return Optional.empty();
        }
        for (Glyph g : scan.glyphs()) {
            if (g.text().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                return Optional.empty();
            }
        }
        String msg = String.format("第%d页为空白页（共%d页；该页没有图像，文字层只有%d个字符%s）", scan.pageNumber(), pageCount,
                verdict.stats().glyphs(), scan.rulings().isEmpty() ? "" : "，另有" + scan.rulings().size() + "条线");
        return Optional.of(new Problem(ProblemKind.BLANK_PAGE, msg, Place.onPage(scan.pageNumber(), null)));
    }
}
