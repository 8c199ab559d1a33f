package io.github.suanzhang.reconcile.rules.text;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Characters in the narrative that no reader can read: U+FFFD replacement characters (glyphs the PDF's
 * font maps to no Unicode), private-use code points (U+E000–U+F8FF and planes 15–16: a font's own glyph
 * numbers, such as a decimal point printed as U+1001B0), and control characters other than tab and line
 * break. Not counted: U+F020–U+F0FF, where symbol fonts (Wingdings, Symbol) put their bullets, arrows and
 * check boxes by convention — a ■ or ☑ on the page, not lost text.
 *
 * <p>WARNING, one finding per document: the pages, the count, the first sentence with such a character (it
 * marked) and one sentence per page as evidence, so that the reviewer can look. Whole pages that do not
 * decode are the reader's {@code UNREADABLE_TEXT} problems, not findings.
 */
@RuleMeta(id = "text.unreadable", severity = Severity.WARNING, summary = "情况说明中没有无法识别的字符（替换符、私用区字符）")
public final class UnreadableTextRule implements Rule {
    static final String ID = "text.unreadable";
    /** At most this many pages are given as evidence. */
    static final int MAX_EVIDENCE = 20;

    @Override
    public Stream<Finding> check(Disclosure d) {
        Statement first = null;
        int count = 0;
        int sentences = 0;
        Map<Integer, Statement> byPage = new LinkedHashMap<>();
        for (Statement s : d.statements()) {
            long n = s.text().codePoints().filter(UnreadableTextRule::unreadable).count();
            if (n == 0) {
                continue;
            }
            count += (int) n;
            sentences++;
            first = first == null ? s : first;
            byPage.putIfAbsent(s.place().page() > 0 ? s.place().page() : -s.place().line(), s);
        }
        if (first == null) {
            return Stream.empty();
        }
        String t = first.text();
        int at = 0;
        while (!unreadable(t.codePointAt(at))) {
            at += Character.charCount(t.codePointAt(at));
        }
        int end = at + Character.charCount(t.codePointAt(at));
        String pages = byPage.keySet().stream().filter(p -> p > 0).map(String::valueOf).collect(Collectors.joining("、"));
        String msg = (pages.isEmpty() ? "" : "第" + pages + "页") + "共有" + count + "个无法识别的字符（" + sentences + "句，如U+"
                + String.format("%04X", t.codePointAt(at)) + "），请对照原页面。" + first.place().describe() + "：“"
                + Marked.mark(t, at, end) + "”";
        List<Evidence> ev = new ArrayList<>();
        byPage.values().stream().limit(MAX_EVIDENCE).forEach(s -> ev.add(Evidence.at(s.place(), s.text())));
        return Stream.of(new Finding(ID, Severity.WARNING, msg, Map.of(), ev));
    }

    static boolean unreadable(int cp) {
        boolean symbolFont = cp >= 0xF020 && cp <= 0xF0FF;
        return cp == 0xFFFD || (cp >= 0xE000 && cp <= 0xF8FF && !symbolFont) || cp >= 0xF0000
                || (Character.isISOControl(cp) && cp != '\t' && cp != '\n' && cp != '\r');
    }
}
