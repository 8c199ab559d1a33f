package io.github.suanzhang.extract.narrative;

import static io.github.suanzhang.extract.narrative.ClaimPatterns.GENERIC;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.INTRODUCER;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimAttribute;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.FigureRole;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.extract.narrative.Figure.Type;
import io.github.suanzhang.extract.narrative.Figure.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * {@link ClaimKind#BREAKDOWN}: the items after an introducer ({@code 其中}, {@code 主要包括}, {@code 主要用于以下方面:})
 * up to the next one, each a named amount of its own, and the total before the introducer (or the context's
 * amount). Only the first introducer with two or more items is read. Stateless.
 */
final class BreakdownReader {
    private BreakdownReader() {
    }

    static List<Claim> read(SentenceAnalysis a) {
        String s = a.text();
        Context ctx = a.context();
        Matcher m = INTRODUCER.matcher(s);
        while (m.find()) {
            int at = m.start();
            List<Figure> items = new ArrayList<>();
            for (Figure f : a.figures()) {
                if (f.start() > at && f.role() == Role.AMOUNT && f.type() == Type.MONEY && !f.fromContext()
                        && f.subject() != null && !GENERIC.contains(f.subject()) && isPlainMeasure(f.measure())) {
                    items.add(f);
                }
            }
            // items end where the next introducer starts
            Matcher next = INTRODUCER.matcher(s);
            int limit = s.length();
            if (next.find(m.end())) {
                limit = next.start();
            }
            final int lim = limit;
            items.removeIf(f -> f.start() > lim);
            // an aside's figures part an item of the list, not the total: 24.8万元(公务用车购置费0万元,…)
            items.removeIf(f -> a.clauses().asideOf(f.start()) != null
                    && a.clauses().asideOf(f.start()) != a.clauses().asideOf(at));
            if (items.size() < 2) {
                continue;
            }
            Figure total = null;
            for (Figure f : a.figures()) {
                if (f.end() <= at && f.type() == Type.MONEY && f.role() == Role.AMOUNT) {
                    total = f;
                }
            }
            Map<String, Amount> figs = new LinkedHashMap<>();
            Map<String, String> attrs = new LinkedHashMap<>();
            String subject;
            int start;
            if (total != null) {
                subject = total.subject();
                figs.put(FigureRole.TOTAL, total.amount());
                start = total.leadStart();
                if (total.fromContext()) {
                    attrs.put(ClaimAttribute.CONTEXT, ctx.subject());
                }
            } else {
                subject = ctx.subject();
                if (ctx.amount() != null) {
                    figs.put(FigureRole.TOTAL, ctx.amount());
                }
                if (subject != null) {
                    attrs.put(ClaimAttribute.CONTEXT, subject);
                }
                start = at;
            }
            for (Figure f : items) {
                String key = f.subject();
                int n = 2;
                while (figs.containsKey(key)) {
                    key = f.subject() + "#" + n++;
                }
                figs.put(key, f.amount());
            }
            return List.of(a.claim(ClaimKind.BREAKDOWN, start, items.get(items.size() - 1).end(), subject, null, figs,
                    null, null, attrs));
        }
        return List.of();
    }

    /** An item's measure: none, or one that is not another column's ({@code 年初预算}, {@code 执行数}). */
    private static boolean isPlainMeasure(String measure) {
        return measure == null || !measure.equals("年初预算") && !measure.equals("执行数");
    }
}
