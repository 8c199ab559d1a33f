package io.github.suanzhang.reconcile.rules.narrative;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.interval.Agreement;
import io.github.suanzhang.core.interval.Check;
import io.github.suanzhang.core.interval.Consistency;
import io.github.suanzhang.core.interval.Intervals;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One item stated with two different amounts in the narrative (住房公积金（01项）208.8万元 … 预算安排
 * 201.50万元). Amounts are grouped by subject (its code when {@link SubjectIndex} resolves one, its general
 * key, else its normalised name), measure ({@link Measure}: 年初预算 is not 预算 is not 决算), flow (收入 or
 * 支出), year and — for general subjects such as 基本支出, whose scope depends on the section — section.
 * Within a group each later amount is compared with the first ({@link Consistency#samefact}): ERROR when
 * they disagree, WARNING when one unit apart; 208.8 vs 208.80 agree. Skipped: ambiguous subjects, vague
 * ones ({@link Names#vague}: 资金, 经费, 项目 … name no particular thing), and
 * pairs whose two values both appear in the tables for the subject (different scopes, e.g. all funds vs
 * 一般公共预算).
 */
@RuleMeta(id = "narrative.self", severity = Severity.ERROR, summary = "情况说明对同一事项前后所述金额一致")
public final class NarrativeSelfConsistencyRule implements Rule {
    static final String ID = "narrative.self";

    private record Item(Narrative.Stated stated, Amount amount, Measure measure) {
    }

    @Override
    public Stream<Finding> check(Disclosure d) {
        SubjectIndex index = SubjectIndex.of(d);
        Map<String, List<Item>> groups = new LinkedHashMap<>();
        Narrative.claims(d).forEach(s -> {
            Claim c = s.claim();
            Amount a;
            Measure m;
            if (c.kind() == ClaimKind.AMOUNT) {
                a = c.figure("amount");
                m = Measure.of(c, d.document().type());
            } else if (c.kind() == ClaimKind.COMPLETION) {
                a = c.figure("actual");
                m = Measure.ACTUAL;
            } else {
                return;
            }
            if (a == null || !a.unit().isMonetary()) {
                return;
            }
            if (c.code() == null && Names.vague(s.subject())) {
                return; // 资金, 经费, 项目 …: two amounts of "资金" may be of different things
            }
            SubjectIndex.Resolution r = index.resolve(c);
            String subject;
            switch (r.kind()) {
                case CODE -> subject = "code:" + r.code().scheme() + r.code().digits();
                case GENERAL -> subject = "general:" + r.general() + "|" + s.statement().section();
                case UNKNOWN -> subject = "name:" + Names.normalise(s.subject());
                default -> {
                    return;
                }
            }
            if (subject.equals("name:")) {
                return;
            }
            Integer year = c.year() != null ? c.year() : d.document().year();
            String key = subject + "|" + m.in(d.document().type()) + "|" + SubjectIndex.isIncome(c) + "|" + year;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Item(s, a, m));
        });
        List<Finding> out = new ArrayList<>();
        for (List<Item> g : groups.values()) {
            Item first = g.get(0);
            List<Amount> reported = new ArrayList<>();
            for (Item other : g.subList(1, g.size())) {
                if (!Intervals.compatible(first.amount().unit(), other.amount().unit())) {
                    continue;
                }
                Check k = Consistency.samefact(first.amount(), other.amount());
                if (k.agreement() == Agreement.AGREES || reported.stream().anyMatch(x -> x.sameFigure(other.amount()))
                        || bothInTables(index, first, other)) {
                    continue;
                }
                reported.add(other.amount());
                Severity sev = k.agreement() == Agreement.ONE_UNIT_APART ? Severity.WARNING : Severity.ERROR;
                String msg = "情况说明对" + Narrative.quote(first.stated().subject()) + "的" + first.measure().word()
                        + "前后说法不一：先称" + Narrative.show(first.amount()) + "，后称" + Narrative.show(other.amount())
                        + "，相差" + Narrative.plain(k.difference().abs()) + first.amount().unit().label() + "。";
                Map<String, Amount> fig = new LinkedHashMap<>();
                fig.put("stated", first.amount());
                fig.put("restated", other.amount());
                fig.put("difference", Narrative.figure(k.difference(), first.amount().unit()));
                out.add(new Finding(ID, sev, msg, fig, List.of(first.stated().evidence(), other.stated().evidence())));
            }
        }
        return out.stream();
    }

    private static boolean bothInTables(SubjectIndex index, Item a, Item b) {
        List<TableFigure> fa = index.figures(a.stated().claim(), a.measure());
        List<TableFigure> fb = index.figures(b.stated().claim(), b.measure());
        return inTables(fa, a.amount()) && inTables(fb, b.amount());
    }

    private static boolean inTables(List<TableFigure> figures, Amount x) {
        return figures.stream().anyMatch(f -> Intervals.compatible(f.amount().unit(), x.unit())
                && Consistency.samefact(f.amount(), x).agreement() == Agreement.AGREES);
    }
}
