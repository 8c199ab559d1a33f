package io.github.suanzhang.extract.narrative;

import static io.github.suanzhang.extract.narrative.ClaimPatterns.GENERIC;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.RATE_BASE;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.cleanSubject;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimAttribute;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.FigureRole;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.extract.narrative.Figure.Role;
import io.github.suanzhang.extract.narrative.Figure.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link ClaimKind#COMPLETION}: a budget and an actual of one segment ({@code 年初预算为A万元,支出决算为B万元}),
 * or a completion rate ({@code 完成年初预算的95.1%}) with the amounts before it. Stateless.
 */
final class CompletionReader {
    private static final Pattern RATE_WORDS = Pattern.compile("(?:完成|执行率|完成率|执行进度).*$");
    private static final Pattern BUDGET_END = Pattern.compile("预算$");

    private CompletionReader() {
    }

    static List<Claim> read(SentenceAnalysis a) {
        List<Claim> out = new ArrayList<>();
        List<Figure> group = new ArrayList<>();
        int seg = -1;
        for (Figure f : a.figures()) {
            boolean budget = f.role() == Role.AMOUNT && f.type() == Type.MONEY && f.isBudget();
            boolean actual = f.role() == Role.AMOUNT && f.type() == Type.MONEY
                    && ("决算".equals(f.measure()) || "执行数".equals(f.measure()));
            boolean rate = f.role() == Role.RATE;
            if (!budget && !actual && !rate) {
                continue;
            }
            int fs = a.clauses().segmentIndex(f.start());
            boolean hasBudget = group.stream().anyMatch(g -> g.isBudget() && g.role() == Role.AMOUNT);
            boolean hasActual = group.stream().anyMatch(g -> g.role() == Role.AMOUNT && !g.isBudget());
            if (fs != seg || (budget && (hasBudget || hasActual)) || (actual && hasActual)) {
                flush(a, group, out);
            }
            seg = fs;
            group.add(f);
            if (rate) {
                flush(a, group, out);
            }
        }
        flush(a, group, out);
        return out;
    }

    private static void flush(SentenceAnalysis a, List<Figure> group, List<Claim> out) {
        if (group.isEmpty()) {
            return;
        }
        Context ctx = a.context();
        Figure budget = null;
        Figure actual = null;
        Figure rate = null;
        for (Figure f : group) {
            if (f.role() == Role.RATE) {
                rate = f;
            } else if (f.isBudget()) {
                budget = f;
            } else {
                actual = f;
            }
        }
        List<Figure> members = new ArrayList<>(group);
        group.clear();
        if (rate != null && budget == null && actual == null) {
            for (Figure f : a.figures()) {
                if (f.end() <= rate.start() && f.type() == Type.MONEY && f.role() == Role.AMOUNT
                        && a.clauses().segmentIndex(f.start()) == a.clauses().segmentIndex(rate.start())
                        && !f.isBudget()) {
                    actual = f;
                }
            }
            if (actual != null) {
                members.add(0, actual);
            }
        }
        if (rate == null && (budget == null || actual == null)) {
            return;
        }
        Map<String, Amount> figs = new LinkedHashMap<>();
        Map<String, String> attrs = new LinkedHashMap<>();
        String subject = null;
        Figure head = budget != null ? budget : actual;
        if (head != null) {
            subject = head.subject();
            attrs.putAll(head.classAttrs());
            if (head.fromContext()) {
                attrs.put(ClaimAttribute.CONTEXT, ctx.subject());
            }
            figs.put(head == budget ? FigureRole.BUDGET : FigureRole.ACTUAL, head.amount());
        }
        if (budget != null && actual != null) {
            figs.put(FigureRole.ACTUAL, actual.amount());
        }
        if (rate != null) {
            figs.put(FigureRole.RATE, rate.amount());
            attrs.put(ClaimAttribute.OF, rateBase(rate.lead()));
            if (subject == null) {
                StatedSubject sub = a.subjectOf(rate.leadStart(), rate.start());
                String n = RATE_WORDS.matcher(sub.name()).replaceAll("");
                n = cleanSubject(BUDGET_END.matcher(n).replaceAll(""));
                if (!GENERIC.contains(n)) {
                    subject = n;
                } else if (!ctx.isEmpty()) {
                    subject = ctx.subject();
                    attrs.putAll(ctx.attributes());
                    attrs.put(ClaimAttribute.CONTEXT, ctx.subject());
                }
            }
        }
        Figure first = members.get(0);
        out.add(a.claim(ClaimKind.COMPLETION, first.leadStart(), members.get(members.size() - 1).end(), subject,
                head != null ? head.code() : null, figs, null, null, attrs));
    }

    /** What a rate is of: 完成X的 → X; 预算执行率, 执行率 → 预算. */
    static String rateBase(String lead) {
        Matcher m = RATE_BASE.matcher(lead);
        if (m.find() && !m.group(1).isEmpty()) {
            return m.group(1).replaceAll("的$", "");
        }
        return "预算";
    }
}
