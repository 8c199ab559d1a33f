package io.github.suanzhang.reconcile.rules.narrative;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimAttribute;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.FigureRole;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.FindingFigure;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One item stated with two different amounts in the narrative (住房公积金（01项）208.8万元 … 住房公积金
 * 201.50万元 in the same report, same measure). Speaks only when the two figures are surely the same fact:
 *
 * <ul>
 *   <li>the subject resolves to one table line ({@link SubjectIndex}: a subject code) or to a general
 *       subject of the template (基本支出, "三公"经费 …); names the tables do not carry (在职人员经费, 工程管理,
 *       采购金额 …) and fragments of a broken line (出, 初, 算支出) are not compared — the same words name
 *       different things in different places;</li>
 *   <li>same measure ({@link Measure}: 年初预算 is not 预算 is not 决算), same flow (收入 or 支出), same year;
 *       a sentence that names another year (与2025年相比, 2024年为…) is left out, its amounts may be that
 *       year's;</li>
 *   <li>same scope: the same qualifiers in the two sentences ({@link #QUALIFIER}: 本级, 所属, 一般公共预算,
 *       政府性基金, 财政拨款, 其中 …), the same unit section of a department's narrative (深圳 部门预算 give
 *       each unit its own chapter: 一、深圳市生态环境局(本级) … 五、深圳市生态环境智能管控中心), and — for
 *       general subjects — the same section;</li>
 *   <li>two different sentences (one sentence naming a subject twice gives a total and a part:
 *       政府采购货物预算1,267.79万元 … 其中一般公共预算拨款 … 货物预算564.79万元), at least one of which names
 *       the subject itself: two sentences that both take it from the same heading or list introducer are two
 *       items of a list ({@link #bothInherited}).</li>
 * </ul>
 *
 * Within a group each later amount is compared with the first ({@link Consistency#samefact}): ERROR when
 * they disagree, WARNING when one unit apart; 208.8 vs 208.80 agree. Pairs whose two values both appear in
 * the tables for the subject are different scopes (all funds vs 一般公共预算) and are skipped. Government-level
 * reports are not judged ({@link Narrative#claims}).
 */
@RuleMeta(id = "narrative.self", severity = Severity.ERROR, summary = "情况说明对同一事项前后所述金额一致")
public final class NarrativeSelfConsistencyRule implements Rule {
    static final String ID = "narrative.self";

    /** Words that set the scope of an amount: whose (本级, 所属 …), which funds, a part (其中). */
    static final Pattern QUALIFIER = Pattern.compile(
            "本级|所属|下属|二级|汇总|机关|一般公共预算|政府性基金|国有资本经营|财政拨款|财政资金|上年结转|结转|结余|其他资金|事业收入|其中");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])");
    /** A section heading that names a body (a unit's own chapter), not a topic. */
    private static final Pattern BODY = Pattern.compile("(本级\\)?|局|中心|院|所|站|处|室|队|馆|校|园|委员会|办公室|办公厅|厅|委|办|部|会|公司|署)$");
    private static final Pattern TOPIC = Pattern.compile("情况|说明|预算|决算|支出|收入|经费|名词|解释|目录|部分|职能|职责|机构|绩效|采购|资产|事项|[0-9]");

    private record Item(Narrative.Stated stated, Amount amount, Measure measure) {
    }

    @Override
    public Stream<Finding> check(Disclosure d) {
        SubjectIndex index = SubjectIndex.of(d);
        Map<Integer, Integer> segments = segments(d);
        Map<String, List<Item>> groups = new LinkedHashMap<>();
        Narrative.claims(d).forEach(s -> {
            Claim c = s.claim();
            Amount a;
            Measure m;
            if (c.kind() == ClaimKind.AMOUNT) {
                a = c.figure(FigureRole.AMOUNT);
                m = Measure.of(c, d.document().type());
            } else if (c.kind() == ClaimKind.COMPLETION) {
                a = c.figure(FigureRole.ACTUAL);
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
            Integer year = c.year() != null ? c.year() : d.document().year();
            if (year == null || otherYearNamed(s.statement().text(), year)) {
                return;
            }
            SubjectIndex.Resolution r = index.resolve(c);
            String subject;
            switch (r.kind()) {
                case CODE -> subject = "code:" + r.code().scheme() + r.code().digits();
                case GENERAL -> subject = "general:" + r.general() + "|" + s.statement().section();
                default -> {
                    return; // a name no table line carries, or several do: not surely one thing
                }
            }
            String key = subject + "|" + m.in(d.document().type()) + "|" + SubjectIndex.isIncome(c) + "|" + year
                    + "|" + qualifiers(s) + "|" + segments.getOrDefault(s.index(), 0);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Item(s, a, m));
        });
        List<Finding> out = new ArrayList<>();
        for (List<Item> g : groups.values()) {
            Item first = g.get(0);
            List<Amount> reported = new ArrayList<>();
            for (Item other : g.subList(1, g.size())) {
                if (other.stated().index() == first.stated().index() || bothInherited(first, other)
                        || !Intervals.compatible(first.amount().unit(), other.amount().unit())) {
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
                fig.put(FindingFigure.STATED, first.amount());
                fig.put("restated", other.amount());
                fig.put(FindingFigure.DIFFERENCE, Narrative.figure(k.difference(), first.amount().unit()));
                out.add(new Finding(ID, sev, msg, fig, List.of(first.stated().evidence(), other.stated().evidence()),
                        new io.github.suanzhang.core.doc.Match(first.stated().subject(), null, null, null, null, "same-subject-twice")));
            }
        }
        return out.stream();
    }

    /**
     * Whether neither sentence names the subject: both took it from the same heading or list introducer
     * ({@code context}), as the items of a list do ({@code 主要用于: 1.办案业务30.00万元; 2.信息化运维50.00万元} read
     * with the introducer's subject): two items, not one item stated twice.
     */
    static boolean bothInherited(Item a, Item b) {
        String ca = a.stated().claim().attributes().get(ClaimAttribute.CONTEXT);
        return ca != null && ca.equals(b.stated().claim().attributes().get(ClaimAttribute.CONTEXT));
    }

    /** Whether the sentence names a year other than {@code year} (its amounts may be that year's). */
    static boolean otherYearNamed(String text, int year) {
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != year) {
                return true;
            }
        }
        return text.contains("上年") || text.contains("去年") || text.contains("上一年");
    }

    /** The scope words of the claim's sentence, in a fixed order. */
    static String qualifiers(Narrative.Stated s) {
        java.util.TreeSet<String> q = new java.util.TreeSet<>();
        Matcher m = QUALIFIER.matcher(s.statement().text());
        while (m.find()) {
            q.add(m.group());
        }
        String section = s.statement().section();
        if (section != null) {
            Matcher h = QUALIFIER.matcher(section);
            while (h.find()) {
                q.add("§" + h.group());
            }
        }
        return String.join(",", q);
    }

    /**
     * For each statement index, the number of the unit chapter it stands in: it grows at each new section
     * heading that names a body (一、深圳市生态环境局(本级), 五、深圳市生态环境智能管控中心) rather than a topic.
     */
    static Map<Integer, Integer> segments(Disclosure d) {
        Map<Integer, Integer> out = new java.util.HashMap<>();
        java.util.Set<String> bodies = new java.util.HashSet<>();
        int segment = 0;
        for (int i = 0; i < d.statements().size(); i++) {
            String section = d.statements().get(i).section();
            if (section != null) {
                String n = Names.normalise(section);
                if (!n.isEmpty() && BODY.matcher(n).find() && !TOPIC.matcher(n).find() && bodies.add(n)) {
                    segment++;
                }
            }
            out.put(i, segment);
        }
        return out;
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
