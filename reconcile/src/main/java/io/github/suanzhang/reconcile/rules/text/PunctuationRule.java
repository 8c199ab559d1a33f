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
 * Only 部门/单位 disclosures: the narrative of government-level reports (several columns, tables without
 * rulings) is not read as running prose, and its brackets do not pair up for that reason.
 * The text is normalised (NFKC), so the full-width {@code ，（）} are read as {@code ,()}; a half-width comma
 * between Chinese clauses can therefore not be told from a full-width one and is not judged.
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

    @Override
    public Stream<Finding> check(Disclosure d) {
        if (!Applicability.departmental(d)) {
            return Stream.empty();
        }
        List<Finding> out = new ArrayList<>();
        List<Statement> ss = d.statements();
        for (int i = 0; i < ss.size(); i++) {
            Statement s = ss.get(i);
            String t = s.text();
            if (t.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() < MIN_HAN) {
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
        return out.stream();
    }

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
