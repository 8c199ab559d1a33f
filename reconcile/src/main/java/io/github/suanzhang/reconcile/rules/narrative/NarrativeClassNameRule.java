package io.github.suanzhang.reconcile.rules.narrative;

import io.github.suanzhang.core.code.Level;
import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimAttribute;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.FigureRole;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.FindingFigure;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.table.ColumnKey;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The 类/款/项 names the narrative states against the names the tables print for the subject the
 * claim's figures point at.
 *
 * <p>The subject is found, in order: the claim's code; the stated names top-down (then the names
 * agree, save wording at the deepest level); the deepest stated name alone when one code carries it;
 * the stated amount (the claim's {@code amount} or {@code actual}) when exactly one line at the deepest
 * stated level prints it. Each stated name is then compared with the table's name at its level:
 * a name that is not a {@linkplain Names#variant wording variant} of the table's tells the reader the
 * money went elsewhere (WARNING; e.g. {@code 一般公共服务(类)} for 1,225.06 that the tables put under
 * 208 社会保障和就业支出); only wording differences are INFO (机关事业单位养老保险缴费支出 vs
 * 机关事业单位基本养老保险缴费支出). Claims whose subject cannot be found are skipped.
 *
 * <p>One finding per stated triple: the claims of an item heading ({@code 1.一般公共服务支出(类)财政事务(款)
 * 行政运行(项)。}) and of the sentences that inherit its names ({@code context}: {@code 年初预算为917.66万元,
 * 支出决算为872.88万元…}) make one finding, with every amount they state ({@code stated} = the 决算,
 * {@code budget} = the 预算) and every sentence in its evidence.
 */
@RuleMeta(id = "narrative.class-names", severity = Severity.WARNING, summary = "情况说明所称类/款/项名称与表中该科目的名称一致")
public final class NarrativeClassNameRule implements Rule {
    static final String ID = "narrative.class-names";
    private static final String[] LEVELS = {"类", "款", "项"};

    @Override
    public Stream<Finding> check(Disclosure d) {
        SubjectIndex index = SubjectIndex.of(d);
        Map<String, List<Narrative.Stated>> groups = new LinkedHashMap<>();
        Map<String, SubjectCode> codes = new HashMap<>();
        Map<String, Integer> statedAt = new HashMap<>();
        Narrative.claims(d).forEach(s -> {
            Claim c = s.claim();
            Map<String, String> a = c.attributes();
            if (!a.containsKey("类") && !a.containsKey("款") && !a.containsKey("项")) {
                return;
            }
            String triple = a.get("类") + "|" + a.get("款") + "|" + a.get("项");
            int from = s.index();
            if (a.containsKey("context") && statedAt.containsKey(triple)) {
                from = statedAt.get(triple);    // names inherited from an item heading: the heading's statement
            } else if (!a.containsKey("context")) {
                statedAt.put(triple, s.index());
            }
            Optional<SubjectCode> code = subject(index, c);
            if (code.isEmpty()) {
                return;
            }
            String key = from + "|" + triple + "|" + code.get();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            codes.put(key, code.get());
        });
        List<Finding> out = new ArrayList<>();
        groups.forEach((key, stated) -> compare(index, stated, codes.get(key)).ifPresent(out::add));
        return out.stream();
    }

    /** The amounts a group of claims states, by role: {@code budget} (预算/年初预算), {@code stated} (the rest). */
    private static Map<String, Amount> amounts(List<Narrative.Stated> group) {
        Map<String, Amount> out = new LinkedHashMap<>();
        for (Narrative.Stated s : group) {
            Claim c = s.claim();
            String measure = c.attributes().getOrDefault(ClaimAttribute.MEASURE, "");
            List<Map.Entry<String, Amount>> found = new ArrayList<>();
            if (c.figure(FigureRole.AMOUNT) != null && c.figure(FigureRole.AMOUNT).unit().isMonetary()) {
                found.add(Map.entry(measure.contains("预算") ? FigureRole.BUDGET : FindingFigure.STATED, c.figure(FigureRole.AMOUNT)));
            }
            if (c.figure(FigureRole.BUDGET) != null) {
                found.add(Map.entry(FigureRole.BUDGET, c.figure(FigureRole.BUDGET)));
            }
            if (c.figure(FigureRole.ACTUAL) != null) {
                found.add(Map.entry(FindingFigure.STATED, c.figure(FigureRole.ACTUAL)));
            }
            for (Map.Entry<String, Amount> e : found) {
                out.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    private static Optional<SubjectCode> subject(SubjectIndex index, Claim c) {
        if (c.code() != null) {
            return index.has(c.code()) ? Optional.of(c.code()) : Optional.empty();
        }
        Map<String, String> a = c.attributes();
        Optional<SubjectCode> t = index.byTriple(a.get("类"), a.get("款"), a.get("项"));
        if (t.isPresent()) {
            return t;
        }
        int deepest = -1;
        for (int i = 0; i < 3; i++) {
            if (a.get(LEVELS[i]) != null && !a.get(LEVELS[i]).isBlank()) {
                deepest = i;
            }
        }
        if (deepest < 0) {
            return Optional.empty();
        }
        int len = 3 + 2 * deepest;
        List<SubjectCode> named = index.codesNamed(a.get(LEVELS[deepest])).stream()
                .filter(x -> x.digits().length() == len).toList();
        if (named.size() == 1) {
            return Optional.of(named.get(0));
        }
        if (!named.isEmpty()) {
            return Optional.empty();
        }
        Amount amount = c.figure(FigureRole.AMOUNT) != null ? c.figure(FigureRole.AMOUNT) : c.figure(FigureRole.ACTUAL);
        if (amount == null || !amount.unit().isMonetary() || c.kind() == ClaimKind.CLASS_NAMES && amount == null) {
            return Optional.empty();
        }
        Level level = Level.values()[deepest];
        List<SubjectCode> byAmount = index.codesWithAmount(amount, level, Measure.ACTUAL.in(index.type()));
        return byAmount.size() == 1 ? Optional.of(byAmount.get(0)) : Optional.empty();
    }

    private static Optional<Finding> compare(SubjectIndex index, List<Narrative.Stated> group, SubjectCode code) {
        Narrative.Stated s = group.get(0);
        Map<String, String> a = s.claim().attributes();
        List<String> wrong = new ArrayList<>();
        List<String> wording = new ArrayList<>();
        StringBuilder tableNames = new StringBuilder();
        SubjectCode at = code;
        SubjectCode[] chain = new SubjectCode[3];
        while (at != null) {
            chain[at.level().ordinal()] = at;
            at = at.parent().orElse(null);
        }
        for (int i = 0; i < 3; i++) {
            String stated = a.get(LEVELS[i]);
            if (chain[i] == null) {
                continue;
            }
            String printed = index.nameOf(chain[i]).orElse(null);
            if (printed == null) {
                continue;
            }
            if (tableNames.length() > 0) {
                tableNames.append(" / ");
            }
            tableNames.append(chain[i].digits()).append(' ').append(printed).append('(').append(LEVELS[i]).append(')');
            if (stated == null || stated.isBlank() || Names.same(stated, printed)) {
                continue;
            }
            String pair = Narrative.quote(stated + "(" + LEVELS[i] + ")") + "（表中为" + Narrative.quote(printed) + "）";
            if (Names.variant(stated, printed)) {
                wording.add(pair);
            } else {
                wrong.add(pair);
            }
        }
        if (wrong.isEmpty() && wording.isEmpty()) {
            return Optional.empty();
        }
        Severity severity = wrong.isEmpty() ? Severity.INFO : Severity.WARNING;
        StringBuilder stated = new StringBuilder();
        for (String l : LEVELS) {
            if (a.get(l) != null && !a.get(l).isBlank()) {
                stated.append(a.get(l)).append('(').append(l).append(')');
            }
        }
        Map<String, Amount> amounts = amounts(group);
        List<String> said = new ArrayList<>();
        if (amounts.containsKey(FigureRole.BUDGET)) {
            said.add((amounts.size() > 1 ? "预算" : "") + Narrative.show(amounts.get(FigureRole.BUDGET)));
        }
        if (amounts.containsKey(FindingFigure.STATED)) {
            said.add((amounts.size() > 1 ? "决算" : "") + Narrative.show(amounts.get(FindingFigure.STATED)));
        }
        String figures = said.isEmpty() ? "" : "（" + String.join("、", said) + "）";
        String msg = severity == Severity.WARNING
                ? "情况说明称" + Narrative.quote(stated.toString()) + figures
                        + "，而表中该科目为" + tableNames + "。所称" + String.join("、", wrong)
                        + "与表中科目不符，读者会以为这笔钱用在了别的科目。"
                : "情况说明称" + Narrative.quote(stated.toString()) + "，表中该科目为" + tableNames + "，名称措辞不同："
                        + String.join("、", wording) + "。";
        List<Evidence> ev = new ArrayList<>();
        for (Narrative.Stated g : group) {
            if (!ev.contains(g.evidence())) {
                ev.add(g.evidence());
            }
        }
        for (SubjectIndex.Line l : index.lines(code)) {
            ev.add(new Evidence(l.row().place(), (l.row().code() == null ? "" : l.row().code().digits() + " ") + l.row().label(),
                    l.table().id(), l.index(), ColumnKey.NAME));
        }
        Map<String, Amount> fig = new LinkedHashMap<>();
        if (amounts.containsKey(FindingFigure.STATED)) {
            fig.put(FindingFigure.STATED, amounts.get(FindingFigure.STATED));
        }
        if (amounts.containsKey(FigureRole.BUDGET)) {
            fig.put(FigureRole.BUDGET, amounts.get(FigureRole.BUDGET));
        }
        index.lines(code).stream().map(l -> l.figure(ColumnKey.TOTAL)).flatMap(Optional::stream).findFirst()
                .ifPresent(f -> fig.put(FindingFigure.TABLE, f.amount()));
        return Optional.of(new Finding(ID, severity, msg, fig, ev));
    }
}
