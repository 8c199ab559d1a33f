package io.github.suanzhang.reconcile.rules.narrative;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimAttribute;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.FigureRole;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.FindingFigure;
import io.github.suanzhang.core.doc.Match;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.interval.Agreement;
import io.github.suanzhang.core.interval.Check;
import io.github.suanzhang.core.interval.Consistency;
import io.github.suanzhang.core.interval.Intervals;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import io.github.suanzhang.reconcile.rules.narrative.subject.Abstention;
import io.github.suanzhang.reconcile.rules.narrative.subject.ShareWhole;
import io.github.suanzhang.reconcile.rules.narrative.subject.OtherYearSubject;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A stated share (占本年支出84.5%) against part / base × 100 with {@link Consistency#share}. The part is
 * the claim's {@code amount}, else its subject's figure; the base its {@code whole} figure, else the
 * subject named by {@code attributes.of}, else the head of the list the item stands in
 * ({@link ShareWhole}: never the previous sibling), looked up in the tables and then in the narrative
 * ({@link Narrative#lookup}). When the head cannot be found the claim is recorded as not checkable (INFO).
 * ERROR when no rounding explains the percentage; WARNING when only truncation does (167.24 of 1,553.51
 * is 10.765%, printed 10.7%). Skipped when the part or the base cannot be found unambiguously.
 */
@RuleMeta(id = "narrative.share", severity = Severity.ERROR, summary = "情况说明中的占比与金额、基数相符")
public final class NarrativeShareRule implements Rule {
    static final String ID = "narrative.share";

    @Override
    public Stream<Finding> check(Disclosure d) {
        SubjectIndex index = SubjectIndex.of(d);
        List<Finding> out = new ArrayList<>();
        Narrative.claims(d, ClaimKind.SHARE).forEach(s -> {
            Claim c = s.claim();
            Amount percent = c.figure("percent") != null ? c.figure("percent") : c.figure("share");
            if (percent == null || percent.unit() != Unit.PERCENT || Narrative.otherYear(d, c)) {
                return;
            }
            if (OtherYearSubject.is(s.subject(), d.document().year())) {
                return;
            }
            Measure measure = Measure.of(c, d.document().type());
            Optional<Narrative.Source> part = c.figure("amount") != null
                    ? Optional.of(new Narrative.Source(c.figure("amount"), null, "情况说明"))
                    : Narrative.lookup(index, s.subject(), measure);
            ShareWhole.Whole whole = c.figure(FigureRole.WHOLE) != null ? new ShareWhole.Whole(null, null)
                    : ShareWhole.of(d.statements(), s.index(), c, index);
            if (whole.reason() != null) {
                if (part.isPresent()) {
                    out.add(Abstention.finding(ID, s, percent, index.resolve(s), whole.reason()));
                }
                return;
            }
            String baseName = whole.name();
            Optional<Narrative.Source> base = c.figure(FigureRole.WHOLE) != null
                    ? Optional.of(new Narrative.Source(c.figure(FigureRole.WHOLE), null, "情况说明"))
                    : Narrative.lookup(index, baseName, measure);
            if (part.isEmpty() || base.isEmpty()) {
                return;
            }
            Amount p = part.get().amount();
            Amount b = base.get().amount();
            if (!p.unit().isMonetary() || !Intervals.compatible(p.unit(), b.unit()) || b.value().signum() == 0) {
                return;
            }
            Check check = Consistency.share(p, b, percent);
            if (check.agreement() == Agreement.AGREES) {
                return;
            }
            boolean plug = check.agreement() != Agreement.AGREES_ONLY_IF_TRUNCATED && Consistency.oneUnitFromRounded(check, percent);
            Severity severity = check.agreement() == Agreement.AGREES_ONLY_IF_TRUNCATED || plug ? Severity.WARNING : Severity.ERROR;
            String computed = Narrative.plain(check.computed().midpoint().setScale(percent.decimals() + 2, RoundingMode.HALF_UP));
            String rounded = check.computed().midpoint().setScale(percent.decimals(), RoundingMode.HALF_UP).toPlainString();
            String baseText = baseName == null || baseName.isBlank() ? "基数" : Narrative.quote(baseName);
            String msg = "情况说明称" + Narrative.quote(s.subject()) + Narrative.show(p) + "占" + baseText
                    + "（" + Narrative.show(b) + "）的" + Narrative.show(percent) + "，按两数计算为" + computed + "%"
                    + (plug
                            ? "，四舍五入应为" + rounded + "%，与所称" + Narrative.show(percent) + "相差末位一个单位："
                                    + "可能是为使各项占比合计为100%所作的尾数调整，请核对。"
                            : severity == Severity.WARNING
                            ? "，四舍五入应为" + rounded + "%；" + Narrative.show(percent) + "只有截尾（舍去尾数）才能得到。"
                            : "，与所称" + Narrative.show(percent) + "不符，相差" + Narrative.plain(check.difference().abs().setScale(percent.decimals() + 2, RoundingMode.HALF_UP)) + "个百分点。");
            Map<String, Amount> fig = new LinkedHashMap<>();
            fig.put(FindingFigure.STATED, percent);
            fig.put("part", p);
            fig.put("base", b);
            fig.put(FindingFigure.COMPUTED, Narrative.figure(check.computed().midpoint().setScale(percent.decimals() + 4, RoundingMode.HALF_UP), Unit.PERCENT));
            fig.put(FindingFigure.DIFFERENCE, Narrative.figure(check.difference(), Unit.PERCENT));
            List<Evidence> ev = new ArrayList<>();
            ev.add(s.evidence());
            if (part.get().evidence() != null) {
                ev.add(part.get().evidence());
            }
            if (base.get().evidence() != null && !ev.contains(base.get().evidence())) {
                ev.add(base.get().evidence());
            }
            String baseHow = c.figure(FigureRole.WHOLE) != null ? "whole-stated" : c.attributes().containsKey(ClaimAttribute.OF) ? "whole-named" : "whole-head-of-list";
            Match match = new Match(s.subject(), null, null, null, null, baseHow + "; base=" + (baseName == null ? "" : baseName)
                    + "; base-from=" + base.get().where());
            out.add(new Finding(ID, severity, msg, fig, ev, match));
        });
        return out.stream();
    }
}
