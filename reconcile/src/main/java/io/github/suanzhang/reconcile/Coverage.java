package io.github.suanzhang.reconcile;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimAttribute;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.FigureRole;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.reconcile.rules.Applicability;
import io.github.suanzhang.reconcile.rules.narrative.BreakdownRule;
import io.github.suanzhang.reconcile.rules.narrative.Measure;
import io.github.suanzhang.reconcile.rules.narrative.Narrative;
import io.github.suanzhang.reconcile.rules.narrative.SubjectIndex;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How much of a document's narrative the rules can check, so that a reviewer can tell "agrees" from "not
 * checked". Of the claims that state figures ({@code AMOUNT}, {@code SHARE}, {@code CHANGE},
 * {@code COMPLETION}, {@code BREAKDOWN}): how many are <em>checkable</em> — the figures a rule needs to compare
 * them were found (the amount's table line for its measure, the share's whole, the change's before/after or its
 * subject, the completion's three figures or its actual's line, the breakdown's head printed before the list) —
 * and, for the others, why not. Checkable means a rule has what it needs, not that it reported anything;
 * the mutation harness (docs/recall.md) measures what the rules then find.
 *
 * @param claimsRead   claims stating figures
 * @param checkable    of those, the checkable ones
 * @param notCheckable the others by reason, e.g. {@code subject not matched → 12}
 */
public record Coverage(int claimsRead, int checkable, Map<String, Integer> notCheckable) {
    /** Keeps the reasons in a sorted, unmodifiable map (stable CSV and JSON order). */
    public Coverage {
        notCheckable = Collections.unmodifiableMap(new TreeMap<>(notCheckable));
    }

    static final Set<ClaimKind> KINDS = EnumSet.of(ClaimKind.AMOUNT, ClaimKind.SHARE, ClaimKind.CHANGE,
            ClaimKind.COMPLETION, ClaimKind.BREAKDOWN);

    /** Reason: the document is not a 部门/单位 disclosure, whose narrative the rules compare with its tables. */
    public static final String NOT_DEPARTMENTAL = "not a 部门/单位 document";
    /** Reason: the claim is about another year than the tables' (上年, a plan for later years). */
    public static final String OTHER_YEAR = "other year";
    /** Reason: the claim's subject names no table line ({@code SubjectIndex} found none). */
    public static final String NOT_MATCHED = "subject not matched";
    /** Reason: the subject names several table lines that print different figures. */
    public static final String AMBIGUOUS = "subject ambiguous";
    /** Reason: the line was found but no column holds the claim's measure (预算数, 决算数, 上年数 …). */
    public static final String NO_COLUMN = "no table column for its measure";
    /** Reason: the whole of a share (the head of its list, the total of its table) was not found. */
    public static final String NO_WHOLE = "whole not found";
    /** Reason: a breakdown's head is not printed before its list. */
    public static final String NO_HEAD = "head not printed before the list";
    /** Reason: a figure the comparison needs is missing from the claim (a completion rate printed without its actual amount). */
    public static final String INCOMPLETE = "figures incomplete";

    /** All claims that are not checkable, whatever the reason. */
    public int notCheckableTotal() {
        return notCheckable.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** {@code subject not matched:12;other year:3} (for CSV). */
    public String reasons() {
        StringBuilder b = new StringBuilder();
        notCheckable.forEach((k, v) -> b.append(b.isEmpty() ? "" : ";").append(k).append(':').append(v));
        return b.toString();
    }

    /**
     * The coverage of one document's narrative.
     *
     * @param d the document as read
     * @return its claims read, checkable, and not checkable by reason
     */
    public static Coverage of(Disclosure d) {
        int read = 0;
        int ok = 0;
        Map<String, Integer> why = new TreeMap<>();
        boolean departmental = Applicability.departmental(d);
        SubjectIndex index = departmental ? SubjectIndex.of(d) : null;
        for (Statement s : d.statements()) {
            for (Claim c : s.claims()) {
                if (!KINDS.contains(c.kind())) {
                    continue;
                }
                read++;
                String reason = departmental ? reason(d, index, s, c) : NOT_DEPARTMENTAL;
                if (reason == null) {
                    ok++;
                } else {
                    why.merge(reason, 1, Integer::sum);
                }
            }
        }
        return new Coverage(read, ok, why);
    }

    /** Why a claim cannot be checked, or null when it can. */
    static String reason(Disclosure d, SubjectIndex index, Statement s, Claim c) {
        if (Narrative.otherYear(d, c)) {
            return OTHER_YEAR;
        }
        return switch (c.kind()) {
            case AMOUNT -> matched(index, c, index.figures(c, Measure.of(c, d.document().type())).isEmpty());
            case SHARE -> {
                if (c.figure(FigureRole.WHOLE) != null) {
                    yield null;
                }
                String of = c.attributes().getOrDefault(ClaimAttribute.OF, c.attributes().get(ClaimAttribute.CONTEXT));
                if (of != null && Narrative.lookup(index, of, Measure.of(c, d.document().type())).isPresent()) {
                    yield null;
                }
                Amount part = c.figure(FigureRole.AMOUNT);
                for (Claim b : s.claims()) {
                    if (b.kind() == ClaimKind.BREAKDOWN && part != null && b.figure(FigureRole.TOTAL) != null
                            && b.figures().values().stream().anyMatch(a -> a.sameFigure(part))
                            && b.figure(FigureRole.TOTAL).raw() != null && BreakdownRule.headBeforeMark(s.text(), b.figure(FigureRole.TOTAL))) {
                        yield null;
                    }
                }
                yield NO_WHOLE;
            }
            case CHANGE -> c.figure(FigureRole.BEFORE) != null && c.figure(FigureRole.AFTER) != null ? null
                    : matched(index, c, index.figures(c, Measure.of(c, d.document().type())).isEmpty());
            case COMPLETION -> c.figure(FigureRole.BUDGET) != null && c.figure(FigureRole.ACTUAL) != null && c.figure(FigureRole.RATE) != null ? null
                    : c.figure(FigureRole.ACTUAL) != null ? matched(index, c, index.figures(c, Measure.ACTUAL).isEmpty()) : INCOMPLETE;
            case BREAKDOWN -> c.figure(FigureRole.TOTAL) != null && c.figure(FigureRole.TOTAL).raw() != null
                    && BreakdownRule.headBeforeMark(s.text(), c.figure(FigureRole.TOTAL)) ? null : NO_HEAD;
            default -> null;
        };
    }

    private static String matched(SubjectIndex index, Claim c, boolean noFigures) {
        return switch (index.resolve(c).kind()) {
            case UNKNOWN -> NOT_MATCHED;
            case AMBIGUOUS -> AMBIGUOUS;
            default -> noFigures ? NO_COLUMN : null;
        };
    }
}
