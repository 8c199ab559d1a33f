package io.github.suanzhang.reconcile.rules.text;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Characters in the narrative that no reader can read: U+FFFD replacement characters (glyphs the PDF's
 * font maps to no Unicode), private-use code points (U+E000–U+F8FF and planes 15–16: a font's own glyph
 * numbers), and control characters other than tab and line break. The reviewer is sent to the page to
 * see what was printed. WARNING. One finding per page (per sentence for a text export), the first such character marked, the
 * page's count given. Whole pages
 * whose text layer does not decode are reported by the reader as {@code UNREADABLE_TEXT} problems, not here.
 */
@RuleMeta(id = "text.unreadable", severity = Severity.WARNING, summary = "情况说明中没有无法识别的字符（替换符、私用区字符）")
public final class UnreadableTextRule implements Rule {
    static final String ID = "text.unreadable";

    @Override
    public Stream<Finding> check(Disclosure d) {
        List<Finding> out = new ArrayList<>();
        java.util.Set<Integer> pagesSeen = new java.util.HashSet<>();
        for (Statement s : d.statements()) {
            if (s.place().page() > 0 && pagesSeen.contains(s.place().page())) {
                continue; // one finding per page: the first sentence with such characters, and their count on the page
            }
            String t = s.text();
            int at = -1;
            int count = 0;
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                if (unreadable(cp)) {
                    count++;
                    if (at < 0) {
                        at = i;
                    }
                }
                i += Character.charCount(cp);
            }
            if (at >= 0) {
                int page = s.place().page();
                int sentences = 1;
                if (page > 0) {
                    pagesSeen.add(page);
                    count = 0;
                    sentences = 0;
                    for (Statement o : d.statements()) {
                        if (o.place().page() == page) {
                            long n = o.text().codePoints().filter(UnreadableTextRule::unreadable).count();
                            count += (int) n;
                            sentences += n > 0 ? 1 : 0;
                        }
                    }
                }
                int end = at + Character.charCount(t.codePointAt(at));
                out.add(Marked.finding(ID, Severity.WARNING, "有" + count + "个无法识别的字符（" + sentences + "句，如U+"
                        + String.format("%04X", t.codePointAt(at)) + "），请对照原页面", s, at, end));
            }
        }
        return out.stream();
    }

    static boolean unreadable(int cp) {
        return cp == 0xFFFD || (cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000
                || (Character.isISOControl(cp) && cp != '\t' && cp != '\n' && cp != '\r');
    }
}
