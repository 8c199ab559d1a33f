package io.github.suanzhang.reconcile.rules.narrative;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Direction;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.FigureRole;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.interval.Agreement;
import io.github.suanzhang.core.interval.Consistency;
import io.github.suanzhang.core.interval.Intervals;
import io.github.suanzhang.core.interval.Term;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A change split into the changes of its parts, with signs: {@code 支出比上年增加2,784.38万元,主要是基本支出增加
 * 362.10万元,项目支出增加2,422.28万元}. When the parts' changes, each with the sign of its direction word, do not
 * add up to the head's, but they do once exactly one direction word is read the other way (362.10 − 2,422.28 ≠
 * 2,784.38, 362.10 + 2,422.28 = 2,784.38), that word contradicts the figures: WARNING at it. A list that is
 * partial (主要是 naming only some parts) does not add up either way and is not judged; nor is one that
 * already adds up. Sums under the interval model (each figure's rounding).
 *
 * <p>The head is the sentence's first CHANGE with an amount; the parts are the CHANGEs with an amount after a
 * {@code 其中/主要是/包括} that follows the head's words.
 */
@RuleMeta(id = "narrative.change-breakdown", severity = Severity.WARNING, summary = "增减额的分项按方向相加等于总增减额")
public final class ChangeBreakdownRule implements Rule {
    static final String ID = "narrative.change-breakdown";
    private static final Pattern MARK = Pattern.compile("其中|主要是|主要为|主要有|包括|分别是|具体是|具体为");

    private record Located(Claim claim, int start, int end) {
    }

    @Override
    public Stream<Finding> check(Disclosure d) {
        if (!io.github.suanzhang.reconcile.rules.Applicability.departmental(d)) {
            return Stream.empty();
        }
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < d.statements().size(); i++) {
            check(d.statements().get(i), i, out);
        }
        return out.stream();
    }

    private static void check(Statement s, int index, List<Finding> out) {
        String t = compact(s.text());
        List<Located> cs = new ArrayList<>();
        int from = 0;
        for (Claim c : s.claims()) {
            Amount ch = c.figure(FigureRole.CHANGE);
            if (c.kind() != ClaimKind.CHANGE || ch == null || !ch.unit().isMonetary() || c.text().isBlank()
                    || (c.direction() != Direction.UP && c.direction() != Direction.DOWN)) {
                continue;
            }
            String w = compact(c.text());
            int at = t.indexOf(w, from);
            if (at < 0) {
                at = t.indexOf(w);
            }
            if (at < 0) {
                continue;
            }
            cs.add(new Located(c, at, at + w.length()));
            from = at + 1;
        }
        if (cs.size() < 3) {
            return;
        }
        Located head = cs.get(0);
        List<Located> parts = new ArrayList<>();
        for (Located l : cs.subList(1, cs.size())) {
            if (l.start() < head.end()) {
                continue;
            }
            parts.add(l);
        }
        // the marker stands between the head's words and the first part's, or opens the first part's (主要是基本支出增加…)
        if (parts.size() < 2 || !MARK.matcher(t.substring(head.end(), Math.min(parts.get(0).end(), parts.get(0).start() + 4))).find()) {
            return;
        }
        Amount total = head.claim().figure(FigureRole.CHANGE);
        for (Located p : parts) {
            if (!Intervals.compatible(p.claim().figure(FigureRole.CHANGE).unit(), total.unit())) {
                return;
            }
        }
        if (adds(head, parts, -1)) {
            return;
        }
        // which one word, read the other way, makes the list add up (−1: none; parts.size(): the head's)
        List<Integer> fixes = new ArrayList<>();
        for (int k = 0; k <= parts.size(); k++) {
            if (adds(head, parts, k)) {
                fixes.add(k);
            }
        }
        if (fixes.size() != 1) {
            return;
        }
        int k = fixes.get(0);
        Claim wrong = k == parts.size() ? head.claim() : parts.get(k).claim();
        String word = wrong.direction() == Direction.UP ? "增加" : "减少";
        StringBuilder list = new StringBuilder();
        for (Located p : parts) {
            list.append(list.length() == 0 ? "" : "、").append(Narrative.quote(p.claim().text()));
        }
        String msg = "情况说明称" + Narrative.quote(head.claim().text()) + "，分项为" + list + "；按各自方向相加与总增减额不符，"
                + "只有把" + Narrative.quote(wrong.text()) + "中的“" + word + "”读作相反方向才相符，方向词与数字相反。";
        Map<String, Amount> fig = new LinkedHashMap<>();
        fig.put(FigureRole.TOTAL, total);
        for (int j = 0; j < parts.size(); j++) {
            fig.put("part" + (j + 1), parts.get(j).claim().figure(FigureRole.CHANGE));
        }
        fig.put("word", wrong.figure(FigureRole.CHANGE));
        out.add(new Finding(ID, Severity.WARNING, msg, fig, List.of(new Narrative.Stated(s, index, wrong).evidence())));
    }

    /** Σ parts (signed by their words) = head (signed), with the word of part {@code flip} (or the head's) reversed. */
    private static boolean adds(Located head, List<Located> parts, int flip) {
        boolean headUp = (head.claim().direction() == Direction.UP) != (flip == parts.size());
        List<Term> terms = new ArrayList<>();
        for (int j = 0; j < parts.size(); j++) {
            boolean up = (parts.get(j).claim().direction() == Direction.UP) != (j == flip);
            Amount a = parts.get(j).claim().figure(FigureRole.CHANGE);
            terms.add(up == headUp ? Term.plus(a) : Term.minus(a));
        }
        return Consistency.combination(terms, head.claim().figure(FigureRole.CHANGE)).agreement() == Agreement.AGREES;
    }

    private static String compact(String s) {
        return s.replaceAll("\\s", "");
    }
}
