package io.github.suanzhang.reconcile.rules.structure;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.OutlineEntry;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import io.github.suanzhang.reconcile.rules.Applicability;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The printed table of contents (目录, {@link OutlineEntry.Kind#CONTENTS}) against the body. WARNING.
 * <ul>
 *   <li><b>Entry absent</b>: an entry whose words (numbering, spaces, punctuation, years and the template's
 *       部门/单位 left out) stand nowhere in the body (its sentences and headings after the contents pages, its
 *       tables' titles and notes), not even three quarters of them in one run (an entry of 8 characters or more),
 *       and no heading, table title or short sentence holds three quarters of its characters in order (the same
 *       entry worded a little differently: 部门收支总表 / 部门收支总体情况表 is not reported).</li>
 *   <li><b>Page number wrong</b>: the entries whose heading is found once in the body give each an offset
 *       between the printed page number and the PDF page; when at least four do and three quarters of them
 *       share one offset (the pages before page 1), an entry whose heading stands on another page is
 *       reported with the page it should print.</li>
 * </ul>
 * Only 部门/单位 disclosures: the reader keeps the titles of the tables it understands, and of a
 * government-level report's many unruled tables it keeps few, so their absence would be the reader's.
 * Entries naming a table ({@code …表}) are not judged in a file without a table read (the tables published
 * as a file of their own, or not understood). Abstains when the document has pages it could not read (the heading may be there), when fewer than
 * three entries were read, and when fewer than half the entries are found (the contents or the body
 * were not read as printed, not a fault of the document).
 */
@RuleMeta(id = "structure.contents", severity = Severity.WARNING, summary = "目录与正文一致（条目齐全、页码正确）")
public final class ContentsRule implements Rule {
    static final String ID = "structure.contents";
    static final Set<ProblemKind> UNREAD = Set.of(ProblemKind.NO_TEXT_LAYER, ProblemKind.UNREADABLE_TEXT,
            ProblemKind.DAMAGED_PDF, ProblemKind.TIMEOUT, ProblemKind.TOO_LARGE);

    @Override
    public Stream<Finding> check(Disclosure d) {
        List<OutlineEntry> toc = d.outline(OutlineEntry.Kind.CONTENTS);
        if (!Applicability.departmental(d) || toc.size() < 3
                || d.problems().stream().map(Problem::kind).anyMatch(UNREAD::contains)) {
            return Stream.empty();
        }
        Set<Integer> tocPages = toc.stream().map(e -> e.place().page()).filter(p -> p > 0).collect(Collectors.toSet());
        int lastTocPage = tocPages.stream().mapToInt(Integer::intValue).max().orElse(0);
        // on the contents pages, each contents line is read once as a sentence too; what is left there is body
        // (the first heading often stands on the last contents page)
        Map<String, Integer> tocLines = new HashMap<>();
        toc.forEach(e -> tocLines.merge(key(e.text()), 1, Integer::sum));
        StringBuilder body = new StringBuilder();
        for (Statement s : d.statements()) {
            if (tocPages.contains(s.place().page())) {
                Integer n = tocLines.get(key(s.text()));
                if (n != null && n > 0) {
                    tocLines.put(key(s.text()), n - 1);
                    continue;
                }
            }
            if (s.place().page() == 0 || s.place().page() >= lastTocPage) {
                body.append(loose(s.text())).append('|');
            }
        }
        // a file without a table read (the tables published as another file, or not understood) cannot show
        // that a table the contents list is absent
        boolean tablesRead = d.tables().stream().anyMatch(t -> t.kind() != TableKind.GENERIC)
                && d.problems().stream().noneMatch(p -> p.kind() == ProblemKind.TABLE_NOT_UNDERSTOOD);
        List<OutlineEntry> headings = d.outline(OutlineEntry.Kind.HEADING).stream()
                .filter(h -> h.place().page() == 0 || h.place().page() >= lastTocPage).toList();
        headings.forEach(h -> body.append(loose(h.text())).append('|'));
        for (Table t : d.tables()) {
            body.append(loose(t.title() == null ? "" : t.title())).append('|');
            t.notes().forEach(n -> body.append(loose(n)).append('|'));
        }
        String text = body.toString();
        // what a contents line may stand for with other wording: headings, tables' titles, short sentences
        List<String> titles = new ArrayList<>();
        headings.forEach(h -> titles.add(loose(h.title())));
        d.tables().forEach(t -> titles.add(loose(t.title() == null ? "" : t.title())));
        d.statements().stream().filter(st -> st.place().page() == 0 || st.place().page() >= lastTocPage)
                .map(st -> loose(st.text())).filter(x -> x.length() <= 40).forEach(titles::add);
        List<OutlineEntry> absent = new ArrayList<>();
        int checkable = 0;
        for (OutlineEntry e : toc) {
            String k = loose(e.title());
            if (k.length() < 2 || (!tablesRead && k.endsWith("表"))) {
                continue;
            }
            checkable++;
            if (!text.contains(k) && (k.length() < 8 || longestCommon(k, text) * 4 < k.length() * 3)
                    && titles.stream().noneMatch(c -> similar(k, c))) {
                absent.add(e);
            }
        }
        if (checkable < 3 || absent.size() * 2 > checkable) {
            return Stream.empty();
        }
        List<Finding> out = new ArrayList<>();
        for (OutlineEntry e : absent) {
            OutlineEntry near = closest(e, headings);
            String msg = e.place().describe() + "目录条目“" + e.text() + "”在正文中没有找到（标题、表名和说明文字中均无此标题）"
                    + (near == null ? "。" : "；最接近的正文标题是" + near.place().describe() + "的“" + near.text() + "”。");
            List<Evidence> ev = new ArrayList<>(List.of(Evidence.at(e.place(), e.text())));
            if (near != null) {
                ev.add(Evidence.at(near.place(), near.text()));
            }
            out.add(new Finding(ID, Severity.WARNING, msg, Map.of(), ev));
        }
        out.addAll(pages(toc, headings, d.tables()));
        return out.stream();
    }

    /** The body heading sharing the longest run of words with a contents entry (half its words at least), or null. */
    private static OutlineEntry closest(OutlineEntry e, List<OutlineEntry> headings) {
        String k = loose(e.title());
        OutlineEntry best = null;
        int bestLen = 0;
        for (OutlineEntry h : headings) {
            int n = longestCommon(k, loose(h.title()));
            if (n > bestLen) {
                best = h;
                bestLen = n;
            }
        }
        return bestLen * 2 >= k.length() ? best : null;
    }

    /** Entries whose printed page number disagrees with where their heading stands (see the class comment). */
    private static List<Finding> pages(List<OutlineEntry> toc, List<OutlineEntry> headings, List<Table> tables) {
        record Hit(OutlineEntry entry, int page, String where) {
        }
        List<Hit> hits = new ArrayList<>();
        for (OutlineEntry e : toc) {
            String k = key(e.title());
            if (e.listed() == null || k.length() < 4) {
                continue;
            }
            List<int[]> pagesFound = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (OutlineEntry h : headings) {
                if (h.place().page() > 0 && key(h.title()).equals(k)) {
                    pagesFound.add(new int[] {h.place().page()});
                    texts.add(h.text());
                }
            }
            for (Table t : tables) {
                if (t.title() != null && t.place().page() > 0 && key(t.title()).equals(k)) {
                    pagesFound.add(new int[] {t.place().page()});
                    texts.add(t.title());
                }
            }
            if (pagesFound.size() == 1) {
                hits.add(new Hit(e, pagesFound.get(0)[0], texts.get(0)));
            }
        }
        if (hits.size() < 4) {
            return List.of();
        }
        Map<Integer, Integer> offsets = new HashMap<>();
        hits.forEach(h -> offsets.merge(h.page() - h.entry().listed(), 1, Integer::sum));
        Map.Entry<Integer, Integer> mode = offsets.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        if (mode.getValue() * 4 < hits.size() * 3) {
            return List.of();
        }
        int offset = mode.getKey();
        List<Finding> out = new ArrayList<>();
        for (Hit h : hits) {
            int should = h.page() - offset;
            if (should != h.entry().listed()) {
                String msg = h.entry().place().describe() + "目录条目“" + h.entry().text() + "”标注页码" + h.entry().listed()
                        + "，正文中该标题在PDF第" + h.page() + "页，按其他" + mode.getValue() + "个条目的页码应为" + should + "。";
                out.add(new Finding(ID, Severity.WARNING, msg, Map.of(),
                        List.of(Evidence.at(h.entry().place(), h.entry().text()),
                                Evidence.at(io.github.suanzhang.core.doc.Place.onPage(h.page(), null), h.where()))));
            }
        }
        return out;
    }

    /**
     * The words that identify a heading: letters and digits only, without years and without the template's
     * 部门/单位 (a contents line 一、单位主要职能 stands for the body's 上海市…中心主要职能).
     */
    static String loose(String s) {
        return key(s).replaceAll("(?:19|20)\\d{2}年度?", "").replace("部门", "").replace("单位", "");
    }

    /**
     * Whether a title says the same with other wording: three quarters of the entry's characters stand in it
     * in order, and it is not more than twice as long ({@code 部门收支总表} for {@code 部门收支总体情况表},
     * {@code 政府采购预算情况表} for {@code 政府采购预算表}).
     */
    static boolean similar(String k, String title) {
        if (title.isEmpty() || title.length() > 2 * k.length() + 4) {
            return false;
        }
        int[] prev = new int[title.length() + 1];
        for (int i = 1; i <= k.length(); i++) {
            int[] cur = new int[title.length() + 1];
            for (int j = 1; j <= title.length(); j++) {
                cur[j] = k.charAt(i - 1) == title.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            prev = cur;
        }
        return prev[title.length()] * 4 >= k.length() * 3;
    }

    /** The length of the longest run of {@code k} that stands in {@code text}. */
    static int longestCommon(String k, String text) {
        int best = 0;
        for (int i = 0; i < k.length() && k.length() - i > best; i++) {
            int lo = best + 1;
            while (i + lo <= k.length() && text.contains(k.substring(i, i + lo))) {
                best = lo;
                lo++;
            }
        }
        return best;
    }

    /** Letters and digits only (han included), for comparing a contents line with the body. */
    static String key(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
