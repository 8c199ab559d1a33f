package io.github.suanzhang.reconcile.rules.narrative;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimAttribute;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.FigureRole;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.FindingFigure;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.interval.Agreement;
import io.github.suanzhang.core.interval.Check;
import io.github.suanzhang.core.interval.Consistency;
import io.github.suanzhang.core.interval.Intervals;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A breakdown ({@code 其中/包括/主要用于}) against its head, printed in the same sentence just before the
 * list: {@code 本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%；项目支出603.14万元，占20.51%}.
 * <ul>
 *   <li>an item's share that names no whole of its own ({@code 占79.49%}) is of the head: item / head × 100
 *       must round to it ({@link Consistency#share}); ERROR, WARNING when only truncation explains it;</li>
 *   <li>the items are parts of the head: their sum may not exceed it (the list may be partial, so a sum
 *       short of the head is no finding) — ERROR when Σ items exceeds the head beyond rounding.</li>
 * </ul>
 * One finding per list: the shares (which name the item) first, the sum only when every share agrees.
 * Abstains unless the head stands in the sentence immediately before the list mark (nothing but a comma
 * or colon between; after a semicolon the figure is the last item of another clause), the list has no bracketed sub-items nor a second list mark (nested lists), and every figure is money in compatible units.
 * A share with its own whole ({@code whole}, {@code of}, {@code context}) is {@code narrative.share}'s.
 */
@RuleMeta(id = "narrative.breakdown", severity = Severity.ERROR, summary = "“其中/包括/主要用于”所列各项之和不超过总数，各项占比与总数相符")
public final class BreakdownRule implements Rule {
    static final String ID = "narrative.breakdown";

    /** The head, then only a separator, then the list mark. */
    private static final String MARK = "(?:其中|具体包括|主要包括|包括|主要用于以下方面|主要用于)";
    private static final Pattern MARKS = Pattern.compile(MARK);
    private static final Pattern SUB_ITEMS = Pattern.compile("[(（][^)）]*\\d[^)）]*[)）]");

    @Override
    public Stream<Finding> check(Disclosure d) {
        List<Finding> out = new ArrayList<>();
        Narrative.claims(d, ClaimKind.BREAKDOWN).forEach(s -> {
            Claim c = s.claim();
            Amount head = c.figure(FigureRole.TOTAL);
            if (head == null || !head.unit().isMonetary() || head.value().signum() <= 0 || head.raw() == null) {
                return;
            }
            List<Map.Entry<String, Amount>> items = new ArrayList<>();
            for (Map.Entry<String, Amount> e : c.figures().entrySet()) {
                if (e.getKey().equals(FigureRole.TOTAL)) {
                    continue;
                }
                Amount a = e.getValue();
                if (a == null || !a.unit().isMonetary() || !Intervals.compatible(a.unit(), head.unit())) {
                    return;
                }
                items.add(e);
            }
            if (items.isEmpty() || !headBeforeMark(s.statement().text(), head) || SUB_ITEMS.matcher(c.text()).find()
                    || MARKS.matcher(c.text()).results().count() > 1) {
                return;
            }
            List<Finding> shares = shares(s, head, items);
            if (!shares.isEmpty()) {
                out.addAll(shares);
                return;
            }
            if (items.size() >= 2) {
                sum(s, head, items).ifPresent(out::add);
            }
        });
        return out.stream();
    }

    /** The head's printed figure stands in the sentence followed only by a separator and a list mark. */
    public static boolean headBeforeMark(String sentence, Amount head) {
        Pattern p = Pattern.compile(Pattern.quote(head.raw()) + "(?:万元|亿元|千元|元)?[,，:：\\s]{0,2}" + MARK);
        if (!p.matcher(sentence).find()) {
            return false;
        }
        // the head itself must not be an item of an earlier list in the sentence (…、服务预算4,813.5万元;其中…)
        int at = sentence.indexOf(head.raw());
        String before = sentence.substring(0, at);
        return !Pattern.compile(MARK).matcher(before).find();
    }

    private static List<Finding> shares(Narrative.Stated s, Amount head, List<Map.Entry<String, Amount>> items) {
        List<Finding> out = new ArrayList<>();
        for (Claim share : s.statement().claims()) {
            if (share.kind() != ClaimKind.SHARE || share.figure(FigureRole.WHOLE) != null || share.attributes().containsKey(ClaimAttribute.OF)
                    || share.attributes().containsKey(ClaimAttribute.CONTEXT)) {
                continue;
            }
            Amount part = share.figure("amount");
            Amount percent = share.figure("percent") != null ? share.figure("percent") : share.figure("share");
            if (part == null || percent == null || percent.unit() != Unit.PERCENT
                    || items.stream().noneMatch(e -> e.getValue().sameFigure(part))) {
                continue;
            }
            Check check = Consistency.share(part, head, percent);
            if (check.agreement() == Agreement.AGREES) {
                continue;
            }
            Severity severity = check.agreement() == Agreement.AGREES_ONLY_IF_TRUNCATED ? Severity.WARNING : Severity.ERROR;
            String name = share.subject() == null || share.subject().isBlank() ? "该项" : Narrative.quote(share.subject());
            String computed = Narrative.plain(check.computed().midpoint().setScale(percent.decimals() + 2, RoundingMode.HALF_UP));
            String msg = "情况说明称" + name + Narrative.show(part) + "占" + Narrative.quote(s.subject()) + "（"
                    + Narrative.show(head) + "）的" + Narrative.show(percent) + "，按两数计算为" + computed + "%"
                    + (severity == Severity.WARNING ? "，所称占比只有截尾（舍去尾数）才能得到。" : "，与所称占比不符。");
            Map<String, Amount> fig = new LinkedHashMap<>();
            fig.put(FindingFigure.STATED, percent);
            fig.put("part", part);
            fig.put("base", head);
            fig.put(FindingFigure.COMPUTED, Narrative.figure(check.computed().midpoint().setScale(percent.decimals() + 4, RoundingMode.HALF_UP), Unit.PERCENT));
            fig.put(FindingFigure.DIFFERENCE, Narrative.figure(check.difference(), Unit.PERCENT));
            out.add(new Finding(ID, severity, msg, fig, List.of(s.evidence())));
        }
        return out;
    }

    private static java.util.Optional<Finding> sum(Narrative.Stated s, Amount head, List<Map.Entry<String, Amount>> items) {
        List<Amount> parts = items.stream().map(Map.Entry::getValue).toList();
        Check check = Consistency.sum(parts, head);
        if (check.agreement() == Agreement.AGREES || check.agreement() == Agreement.AGREES_ONLY_IF_TRUNCATED
                || check.computed().hi().compareTo(check.stated().lo()) <= 0) {
            return java.util.Optional.empty(); // agrees, or falls short: a partial list
        }
        StringBuilder names = new StringBuilder();
        for (Map.Entry<String, Amount> e : items) {
            names.append(names.isEmpty() ? "" : "、").append(e.getKey()).append(Narrative.show(e.getValue()));
        }
        int dec = Math.max(0, parts.stream().mapToInt(Amount::decimals).max().orElse(head.decimals()));
        Amount sum = new Amount(check.computed().midpoint().setScale(dec, RoundingMode.HALF_UP), dec, head.unit(), null);
        String msg = "情况说明称" + Narrative.quote(s.subject()) + "为" + Narrative.show(head) + "，其所列各项（" + names
                + "）合计" + Narrative.show(sum) + "，超过总数" + Narrative.plain(check.difference().abs()) + head.unit().label()
                + "；所列各项是总数的组成部分，合计不应超过总数。";
        Map<String, Amount> fig = new LinkedHashMap<>();
        fig.put(FindingFigure.STATED, head);
        fig.put(FindingFigure.COMPUTED, sum);
        fig.put(FindingFigure.DIFFERENCE, Narrative.figure(check.difference(), head.unit()));
        return java.util.Optional.of(new Finding(ID, Severity.ERROR, msg, fig, List.of(s.evidence())));
    }
}
