package io.github.suanzhang.reconcile.rules.narrative.subject;

import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.FindingFigure;
import io.github.suanzhang.core.doc.Match;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.reconcile.rules.narrative.Narrative;
import io.github.suanzhang.reconcile.rules.narrative.SubjectIndex;
import io.github.suanzhang.reconcile.rules.narrative.TableFigure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a narrative rule records a claim it matched ({@link #match}) and one it declined to check
 * ({@link #finding}): a "not checkable" is an INFO finding of the rule that declined, its {@link Match#how()}
 * {@code not-checkable:<reason>}, so that per-rule counts of not-checkable claims are the INFO findings
 * whose match says so (docs/schema.md, "Not checkable").
 */
public final class Abstention {
    private Abstention() {
    }

    /** Reasons in words for messages. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("ambiguous-subject", "所称科目名称在表中对应不止一行（名称相同、编码不同），无法确定所指"),
            Map.entry("parent-not-in-tables", "所称项级科目所属的款/类在表中找不到，同名科目属于别的款/类"),
            Map.entry("performance", "该句属绩效评价/绩效管理内容，所称金额是被评价项目的资金，不是表中该科目的数"),
            Map.entry("coverage", "“涉及…”是某事项覆盖的资金，不是该科目的全年数"),
            Map.entry("part-of:项目支出", "该句讲项目支出，所称金额是该科目的项目支出部分，不是其合计"),
            Map.entry("part-of:基本支出", "该句讲基本支出，所称金额是该科目的基本支出部分，不是其合计"),
            Map.entry("no-whole", "占比的基数（整体）无法确定：上一句是并列的另一项，不是整体"),
            Map.entry("other-year", "所称数字是上年或其他年度的，表中无对应列"),
            Map.entry("clipped-cell", "表中该格数字的小数位少于同行其他各格，可能是折行未读全，按截尾比较不作判断"));

    /** The words for {@code reason}. */
    public static String words(String reason) {
        return WORDS.getOrDefault(reason, reason);
    }

    /** How {@code s} was matched: its subject, the resolved code, and the table line and column compared. */
    public static Match match(Narrative.Stated s, SubjectIndex.Resolution r, TableFigure f) {
        String code = r.code() != null ? r.code().digits() : null;
        String how = r.how() == null || r.how().isEmpty() ? "unknown" : r.how();
        if (f == null) {
            return new Match(s.subject(), code, null, null, null, how);
        }
        return new Match(s.subject(), code, f.table().id(), f.row(), f.column(), how);
    }

    /** An INFO finding of rule {@code rule}: {@code s}'s {@code stated} figure was not checked, because {@code reason}. */
    public static Finding finding(String rule, Narrative.Stated s, Amount stated, SubjectIndex.Resolution r, String reason) {
        String msg = "未核对：情况说明称" + Narrative.quote(s.subject()) + (stated == null ? "" : "为" + Narrative.show(stated))
                + "，" + words(reason) + "。";
        Map<String, Amount> fig = new LinkedHashMap<>();
        if (stated != null) {
            fig.put(FindingFigure.STATED, stated);
        }
        Match m = Match.notCheckable(s.subject(), r == null || r.code() == null ? null : r.code().digits(), reason);
        return new Finding(rule, Severity.INFO, msg, fig, List.of(s.evidence()), m);
    }

    /**
     * {@code f} with its {@link Match} recorded when the rule did not: {@code s}'s subject and resolution, and the
     * first table cell among the evidence (the line compared), or {@code narrative} when every other figure came
     * from the narrative itself.
     */
    public static Finding matched(Finding f, Narrative.Stated s, SubjectIndex index) {
        if (f.match() != null) {
            return f;
        }
        SubjectIndex.Resolution r = index.resolve(s);
        String code = r.code() != null ? r.code().digits() : null;
        String how = r.how() == null || r.how().isEmpty() ? "narrative" : r.how();
        for (io.github.suanzhang.core.doc.Evidence e : f.evidence()) {
            if (e.table() != null) {
                return f.withMatch(new Match(s.subject(), code, e.table(), e.row(), e.column(), how));
            }
        }
        return f.withMatch(new Match(s.subject(), code, null, null, null, f.evidence().size() > 1 ? "narrative" : "sentence-only"));
    }
}
