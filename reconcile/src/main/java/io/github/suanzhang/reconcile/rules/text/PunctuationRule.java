package io.github.suanzhang.reconcile.rules.text;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import io.github.suanzhang.reconcile.rules.Applicability;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Punctuation a proof-reader marks. INFO.
 * <ul>
 *   <li>a doubled mark: {@code 。。}, {@code ，，}, {@code ；；}, {@code 、、}, or two different stops in a row
 *       ({@code ，。}, {@code 。，});</li>
 *   <li>a bracket or quote left open or closed alone within a sentence, when the sentences next to it do not
 *       hold its partner (a quote may span sentences): {@code “三公”经费} is fine, {@code “三公经费} is not.
 *       A closing bracket after a list number at the start ({@code 1）}, {@code a)}) is numbering, not a fault.</li>
 * </ul>
 * <p>Half-width commas between Chinese clauses, from the reader's {@code HALF_WIDTH_COMMA} notes (the text of the
 * model is normalised and cannot show them): one INFO per document listing the pages.
 *
 * <p>A paragraph that ends without a full stop (see {@link #unstopped}): INFO, the place after its last character
 * marked.
 *
 * <p>Only 部门/单位 disclosures: the narrative of government-level reports (several columns, tables without
 * rulings) is not read as running prose, and its brackets do not pair up for that reason.
 * The text is normalised (NFKC), so the full-width {@code ，（）} are read as {@code ,()}; a half-width comma
 * between Chinese clauses cannot be told from a full-width one in the sentences, which is why the PDF reader
 * notes them ({@code HALF_WIDTH_COMMA}) before normalising.
 */
@RuleMeta(id = "text.punctuation", severity = Severity.INFO, summary = "标点：重复标点、括号引号不成对")
public final class PunctuationRule implements Rule {
    static final String ID = "text.punctuation";

    /** Two stops in a row (not an ellipsis of dots, not a number's thousands separator). */
    private static final Pattern DOUBLED = Pattern.compile("[。,;、][。,;、]|::");
    /** A list number at the start of a sentence closed by a bracket only: 1) a) ①) */
    private static final Pattern ITEM_NUMBER = Pattern.compile("^\\s*(?:\\d{1,2}|[a-zA-Z]|[一二三四五六七八九十]{1,3})\\)");

    /** Sentences with fewer Chinese characters than this are not judged (a stray bracket, a label). */
    static final int MIN_HAN = 6;
    /** How many sentences before and after may hold a bracket's or quote's partner. */
    static final int WINDOW = 3;

    /** A numbered heading or item at the start of a sentence: 第一部分 一、 (一) (1) 1. 1、 ① — a new paragraph. */
    static final Pattern NUMBERED = Pattern.compile(
            "^\\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[.、](?!\\d)|[①-⑳])");
    /** The numbering at the start of an item, with a separator after it ({@code 1.2,}), left out when looking for clauses. */
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^\\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}(?:[.、]\\d{1,2})*[.、,]?|[①-⑳])\\s*[,、.]?");
    /** What a sentence that stops without a mark ends with: a character, a figure, a closing bracket or quote. */
    private static final Pattern ENDS_BARE = Pattern.compile("[\\p{IsHan}\\d%)”》]$");
    /** Sentences with fewer Chinese characters than this are not judged for a missing full stop (titles, labels). */
    static final int MIN_HAN_UNSTOPPED = 12;

    @Override
    public Stream<Finding> check(Disclosure d) {
        if (!Applicability.departmental(d)) {
            return Stream.empty();
        }
        List<Finding> out = new ArrayList<>();
        List<Statement> ss = d.statements();
        java.util.Set<Integer> contentsPages = new java.util.HashSet<>();
        d.outline(io.github.suanzhang.core.doc.OutlineEntry.Kind.CONTENTS).forEach(e -> contentsPages.add(e.place().page()));
        for (int i = 0; i < ss.size(); i++) {
            Statement s = ss.get(i);
            String t = s.text();
            if (t.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() < MIN_HAN) {
                continue;
            }
            if (i + 1 < ss.size() && unstopped(s, ss.get(i + 1), contentsPages)) {
                int end = t.stripTrailing().length();
                out.add(Marked.finding(ID, Severity.INFO, "段落结尾缺少句号", s, end, end));
                continue;
            }
            Matcher m = DOUBLED.matcher(t);
            if (m.find() && !betweenDigits(t, m.start(), m.end())) {
                out.add(Marked.finding(ID, Severity.INFO, "标点重复", s, m.start(), m.end()));
                continue;
            }
            List<Statement> before = ss.subList(Math.max(0, i - WINDOW), i);
            List<Statement> after = ss.subList(i + 1, Math.min(ss.size(), i + 1 + WINDOW));
            for (char[] pair : new char[][] {{'(', ')'}, {'“', '”'}, {'《', '》'}, {'【', '】'}}) {
                int at = unbalanced(t, pair[0], pair[1]);
                if (at < 0 || partnerNearby(before, after, pair[0], pair[1], t.charAt(at) == pair[0])) {
                    continue;
                }
                String what = t.charAt(at) == pair[0] ? "“" + pair[0] + "”没有对应的“" + pair[1] + "”"
                        : "“" + pair[1] + "”没有对应的“" + pair[0] + "”";
                out.add(Marked.finding(ID, Severity.INFO, "括号或引号不成对（" + what + "）", s, at, at + 1));
                break;
            }
        }
        halfWidthCommas(d).ifPresent(out::add);
        return out.stream();
    }

    /**
     * The reader's {@code HALF_WIDTH_COMMA} notes (narrow U+002C commas between Chinese characters, which the
     * normalised text cannot show) as one INFO for the document: the pages, the count, the first example; each
     * page's first comma as evidence.
     */
    static java.util.Optional<Finding> halfWidthCommas(Disclosure d) {
        List<io.github.suanzhang.core.doc.Problem> notes = d.problems().stream()
                .filter(p -> p.kind() == io.github.suanzhang.core.doc.ProblemKind.HALF_WIDTH_COMMA).toList();
        if (notes.isEmpty()) {
            return java.util.Optional.empty();
        }
        int count = 0;
        for (io.github.suanzhang.core.doc.Problem p : notes) {
            Matcher m = COUNT.matcher(p.message());
            count += m.find() ? Integer.parseInt(m.group(1)) : 1;
        }
        String pages = notes.stream().map(p -> String.valueOf(p.place().page())).collect(java.util.stream.Collectors.joining("、"));
        String first = notes.get(0).message();
        int example = first.indexOf("如“");
        String msg = "第" + pages + "页共" + count + "处中文之间使用了半角逗号“,”（应为全角“，”）"
                + (example >= 0 ? "，" + first.substring(example) : "") + "。";
        List<io.github.suanzhang.core.doc.Evidence> ev = notes.stream().limit(20)
                .map(p -> io.github.suanzhang.core.doc.Evidence.at(p.place(), p.message())).toList();
        return java.util.Optional.of(new Finding(ID, Severity.INFO, msg, java.util.Map.of(), ev));
    }

    private static final Pattern COUNT = Pattern.compile("有(\\d+)处");

    /**
     * Whether a sentence ends its paragraph without a stop: it ends with a character, figure or closing bracket;
     * it is prose (at least {@value #MIN_HAN_UNSTOPPED} Chinese characters and a comma after its numbering — not
     * a heading, a title, a label); it is not a table's title ({@code …表}) nor on a page of the table of contents;
     * it does not introduce a list ({@code …包括:(一)办公室}); and what follows surely starts a new paragraph — a
     * numbered heading or item, or another section; not a line starting {@code 一、} and ending {@code 。}, which may
     * be the rest of the sentence ({@code …构建集中统} / {@code 一、全面覆盖、权威高效的审计监督体系。}). A sentence followed by a plain one may have been cut by a
     * page break or a table, and is not judged.
     */
    static boolean unstopped(Statement s, Statement next, java.util.Set<Integer> contentsPages) {
        String t = s.text().strip();
        if (!ENDS_BARE.matcher(t).find() || t.endsWith("表") || contentsPages.contains(s.place().page()) && s.place().page() > 0) {
            return false;
        }
        if (t.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() < MIN_HAN_UNSTOPPED) {
            return false;
        }
        String body = LEADING_NUMBER.matcher(t).replaceFirst("");
        int colon = Math.max(body.lastIndexOf(':'), body.lastIndexOf('：'));
        if (colon >= 0) {
            return false; // a list after an introducer: 内设机构包括:(一)办公室
        }
        if (body.indexOf(',') < 0 && body.indexOf('，') < 0) {
            return false; // no clause: a heading or a name
        }
        String n = next.text().strip();
        if (CHINESE_NUMERAL_ITEM.matcher(n).find() && n.endsWith("。")) {
            return false; // 统一、唯一、第一、 end words too: a line starting 一、 and ending 。 may continue the sentence
        }
        return NUMBERED.matcher(n).find() || !java.util.Objects.equals(s.section(), next.section());
    }

    /** A Chinese numeral and 、 at the start: a heading number, or the end of a word (统一、) carried to a new line. */
    private static final Pattern CHINESE_NUMERAL_ITEM = Pattern.compile("^[一二三四五六七八九十]{1,3}、");

    private static boolean betweenDigits(String t, int from, int to) {
        return from > 0 && to < t.length() && Character.isDigit(t.charAt(from - 1)) && Character.isDigit(t.charAt(to));
    }

    /** The index of the first unmatched open or close mark, or -1 when they pair up. */
    static int unbalanced(String t, char open, char close) {
        int start = 0;
        if (close == ')') {
            Matcher item = ITEM_NUMBER.matcher(t);
            if (item.find()) {
                start = item.end();
            }
        }
        List<Integer> opens = new ArrayList<>();
        for (int i = start; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == open) {
                opens.add(i);
            } else if (c == close) {
                if (opens.isEmpty()) {
                    return i;
                }
                opens.remove(opens.size() - 1);
            }
        }
        return opens.isEmpty() ? -1 : opens.get(0);
    }

    /**
     * Whether an open mark is closed in one of the next sentences, or a close mark opened in one of the
     * previous ones (the sentence splitter may cut inside brackets and quotes).
     */
    private static boolean partnerNearby(List<Statement> before, List<Statement> after, char open, char close, boolean isOpen) {
        if (isOpen) {
            return after.stream().map(Statement::text).anyMatch(n -> n.indexOf(close) >= 0);
        }
        return before.stream().map(Statement::text).anyMatch(p -> p.indexOf(open) >= 0);
    }
}
