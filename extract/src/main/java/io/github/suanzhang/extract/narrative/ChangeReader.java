package io.github.suanzhang.extract.narrative;

import static io.github.suanzhang.extract.narrative.ClaimPatterns.DIR_AT_END;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.DIR_AT_START;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.GENERIC;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.SUBJECT_SUFFIX;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.cleanSubject;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.directionOf;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.lastDir;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.stripBase;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.yearOf;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.yearless;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimAttribute;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.FigureRole;
import io.github.suanzhang.core.doc.Direction;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.extract.narrative.Figure.Role;
import io.github.suanzhang.extract.narrative.Figure.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link ClaimKind#CHANGE}: a change amount and/or percent ({@code 比上年增加A万元,增长P%}), with the earlier
 * figure where stated ({@code 比上年B万元增加}), the amount it is the change of (the amount right before
 * 比/较, or a before/after pair naming the base), its base and direction. Stateless.
 */
final class ChangeReader {
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

    private ChangeReader() {
    }

    /** One change: its claim and the figures it was read from. */
    record Reading(Claim claim, List<Figure> figures) {
    }

    static List<Claim> read(SentenceAnalysis a) {
        return readings(a).stream().map(Reading::claim).toList();
    }

    static List<Reading> readings(SentenceAnalysis a) {
        List<List<Figure>> groups = new ArrayList<>();
        List<Figure> cur = null;
        Clauses cl = a.clauses();
        for (Figure f : a.figures()) {
            if (f.role() != Role.CHANGE && f.role() != Role.CHANGE_PERCENT && f.role() != Role.BEFORE) {
                continue;
            }
            boolean join = cur != null && cl.segmentIndex(cur.get(0).start()) == cl.segmentIndex(f.start())
                    && (f.role() == Role.CHANGE && cur.stream().noneMatch(g -> g.role() == Role.CHANGE)
                            && cur.stream().noneMatch(g -> g.role() == Role.CHANGE_PERCENT)
                        || f.role() == Role.CHANGE_PERCENT && cur.stream().noneMatch(g -> g.role() == Role.CHANGE_PERCENT)
                            && cl.clauseIndex(f.start()) - cl.clauseIndex(cur.get(cur.size() - 1).start()) <= 1);
            if (!join) {
                cur = new ArrayList<>();
                groups.add(cur);
            }
            cur.add(f);
        }
        List<Reading> out = new ArrayList<>();
        for (List<Figure> g : groups) {
            out.add(new Reading(change(a, g), List.copyOf(g)));
        }
        return out;
    }

    private static Claim change(SentenceAnalysis a, List<Figure> g) {
        String s = a.text();
        Clauses cl = a.clauses();
        Context ctx = a.context();
        Map<String, Amount> figs = new LinkedHashMap<>();
        Map<String, String> attrs = new LinkedHashMap<>();
        Direction dir = null;
        Figure first = g.get(0);
        int start = first.leadStart();
        String base = a.baseBefore(g.get(g.size() - 1).end());
        Figure before = null;
        for (Figure f : g) {
            if (f.role() == Role.BEFORE) {
                before = f;
                figs.put(FigureRole.BEFORE, f.amount());
            } else {
                Matcher d = lastDir(f.lead());
                if (dir == null && d != null) {
                    dir = directionOf(d.group());
                }
                if (f.role() == Role.CHANGE) {
                    figs.put(FigureRole.CHANGE, f.amount());
                } else {
                    figs.put(FigureRole.PERCENT, f.amount());
                }
            }
        }
        if (dir == null && before != null) {
            Matcher d = DIR_AT_START.matcher(s.substring(before.end()));
            if (d.find()) {
                dir = directionOf(d.group().replaceAll("^[各了]", ""));
            }
        }
        // before/after stated as amounts: 2025年当年预算执行数为A,2026年预算安排B,比2025年预算执行数减少1.10%
        Figure after = null;
        if (before == null && base != null) {
            String key = yearless(base);
            Integer by = yearOf(base);
            Figure candidate = null;
            for (Figure f : a.figures()) {
                if (f.end() > first.start() || f.role() != Role.AMOUNT || f.type() != Type.MONEY) {
                    continue;
                }
                String lead = yearless(SUBJECT_SUFFIX.matcher(f.lead()).replaceAll(""));
                if (candidate == null && !key.isEmpty() && lead.endsWith(key) && Objects.equals(yearOf(f.lead()), by)) {
                    candidate = f;
                } else if (candidate != null) {
                    after = f;
                }
            }
            if (candidate != null && after != null) {
                figs.put(FigureRole.BEFORE, candidate.amount());
                figs.put(FigureRole.AFTER, after.amount());
                start = candidate.leadStart();
                Map<String, Amount> ordered = new LinkedHashMap<>();
                ordered.put(FigureRole.BEFORE, candidate.amount());
                ordered.put(FigureRole.AFTER, after.amount());
                figs.forEach(ordered::putIfAbsent);
                figs = ordered;
            }
        }
        // the amount right before 比/较: 一般公共预算财政拨款收入1,553.51万元,比2022年度决算数减少…
        if (after == null) {
            int cs = cl.clauseStart(first.start());
            if (s.startsWith("比", cs) || s.startsWith("较", cs)) {
                // after an aside, the amount before it: 24.8万元(公务用车购置费0万元,…。)比上年减少25.05万元
                int open = cl.asideOpenBefore(cs);
                int prevClause = open >= 0 ? cl.clauseIndex(open) : cl.clauseIndex(cs) - 1;
                int limit = open >= 0 ? open : cs;
                for (Figure f : a.figures()) {
                    if (f.end() <= limit && f.type() == Type.MONEY && f.role() == Role.AMOUNT
                            && cl.clauseIndex(f.start()) == prevClause) {
                        after = f;
                    }
                }
                if (after != null) {
                    Map<String, Amount> ordered = new LinkedHashMap<>();
                    if (figs.containsKey(FigureRole.BEFORE)) {
                        ordered.put(FigureRole.BEFORE, figs.get(FigureRole.BEFORE));
                    }
                    ordered.put(FigureRole.AFTER, after.amount());
                    figs.forEach(ordered::putIfAbsent);
                    figs = ordered;
                    start = after.leadStart();
                }
            }
        }
        String subject = statedSubject(a, first);
        if (subject == null && after != null) {
            subject = after.subject();
            if (after.fromContext()) {
                attrs.put(ClaimAttribute.CONTEXT, ctx.subject());
            }
        }
        if (subject == null) {
            for (Figure f : a.figures()) {
                if (f.end() <= first.start() && f.role() == Role.AMOUNT && f.type() == Type.MONEY && f.subject() != null) {
                    subject = f.subject();
                    attrs.putAll(f.classAttrs());
                }
            }
        }
        if (subject == null) {
            subject = bareChangeSubject(a, first);
        }
        if (subject == null && !ctx.isEmpty()) {
            subject = ctx.subject();
            attrs.put(ClaimAttribute.CONTEXT, ctx.subject());
        }
        if (base != null) {
            attrs.put(ClaimAttribute.BASE, base);
        }
        return a.claim(ClaimKind.CHANGE, start, g.get(g.size() - 1).end(), subject, null, figs, dir,
                base == null ? null : yearOf(base), attrs);
    }

    /** The subject named in the clause of the change, before its direction word; null if generic. */
    private static String statedSubject(SentenceAnalysis a, Figure first) {
        int from = a.clauses().clauseStart(first.start());
        String lead = a.text().substring(from, first.start());
        Matcher d = lastDir(lead);
        if (d != null) {
            lead = lead.substring(0, d.start());
        }
        String n = a.subjectOf(from, from + lead.length()).name();
        return GENERIC.contains(n) ? null : n;
    }

    /**
     * The subject of a figureless change in the clause just before: {@code 项目支出增加,较上一度增加1133.95万元}
     * is about 项目支出, not the sentence's context. Null when that clause is not {@code name + direction word}
     * in the same segment.
     */
    private static String bareChangeSubject(SentenceAnalysis a, Figure first) {
        Clauses cl = a.clauses();
        int cs = cl.clauseStart(first.start());
        if (cs == 0 || cl.isSegmentEnd(cs - 1)) {
            return null;
        }
        String prev = a.text().substring(cl.clauseStart(cs - 1), cs - 1);
        Matcher d = DIR_AT_END.matcher(prev);
        if (!d.find() || HAS_DIGIT.matcher(prev).matches()) {
            return null;
        }
        String n = cleanSubject(stripBase(prev.substring(0, d.start())));
        return GENERIC.contains(n) || n.length() > 20 ? null : n;
    }
}
