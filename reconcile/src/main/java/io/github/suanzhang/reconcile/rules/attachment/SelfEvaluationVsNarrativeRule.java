package io.github.suanzhang.reconcile.rules.attachment;

import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.FigureRole;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.interval.Agreement;
import io.github.suanzhang.core.interval.Consistency;
import io.github.suanzhang.core.interval.Intervals;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import io.github.suanzhang.reconcile.rules.narrative.Narrative;
import io.github.suanzhang.reconcile.rules.narrative.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The budget, actual and execution rate the narrative gives for a self-evaluated unit or project
 * (COMPLETION claims) against the budget and rate lines of the matching self-evaluation table
 * ({@link SelfEvaluation}). A claim matches a table when its subject (without 项目) is in the table's
 * title (社会保险业务工作经费 → 社会保险业务工作经费项目自评表); else when the table's project name (its title
 * without year and 项目/绩效/自评表, at least four characters) stands in the sentence or its section
 * ({@code 1.社会保险业务工作经费项目绩效自评综述:项目全年预算数为213.55万元…}); else when the sentence, its
 * subject or its section speaks of 整体 and exactly one table's title says 整体. Figures are two printings
 * of one fact ({@link Consistency#samefact}): ERROR when one differs beyond rounding, WARNING when the only
 * difference is one unit in the last digit. One finding per table and narrative section, naming every
 * figure that differs (the budget and the rate are often stated in two sentences:
 * {@code …单位全年预算数1,591.17万元,执行数为1,553.51万元…。预算执行率97.6%。}). The narrative-internal rate
 * is {@code narrative.completion}'s.
 */
@RuleMeta(id = "attachment.vs-narrative", severity = Severity.ERROR, summary = "情况说明中的绩效自评预算数、执行数、执行率与绩效自评表一致")
public final class SelfEvaluationVsNarrativeRule implements Rule {
    static final String ID = "attachment.vs-narrative";
    private static final String[][] ROLES = {{FigureRole.BUDGET, "预算数"}, {FigureRole.ACTUAL, "执行数"}, {FigureRole.RATE, "执行率"}};

    @Override
    public Stream<Finding> check(Disclosure d) {
        List<SelfEvaluation> tables = SelfEvaluation.in(d);
        if (tables.isEmpty()) {
            return Stream.empty();
        }
        Map<String, List<Narrative.Stated>> groups = new LinkedHashMap<>();
        Map<String, SelfEvaluation> tableOf = new LinkedHashMap<>();
        Narrative.claims(d, ClaimKind.COMPLETION).forEach(s -> match(tables, s).ifPresent(e -> {
            String key = e.table().id() + "|" + s.statement().section();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            tableOf.put(key, e);
        }));
        List<Finding> out = new ArrayList<>();
        groups.forEach((key, claims) -> {
            SelfEvaluation e = tableOf.get(key);
            e.budget().flatMap(b -> compare(claims, e, b)).ifPresent(out::add);
        });
        return out.stream();
    }

    private static Optional<SelfEvaluation> match(List<SelfEvaluation> tables, Narrative.Stated s) {
        String subject = Names.normalise(s.subject()).replaceAll("(项目支出|项目)$", "");
        if (subject.length() >= 4) {
            List<SelfEvaluation> hit = tables.stream().filter(e -> Names.normalise(e.table().title()).contains(subject)).toList();
            if (hit.size() == 1) {
                return Optional.of(hit.get(0));
            }
            if (hit.size() > 1) {
                return Optional.empty();
            }
        }
        String where = Names.normalise(s.statement().text()) + "|" + Names.normalise(
                s.statement().section() == null ? "" : s.statement().section());
        List<SelfEvaluation> named = tables.stream().filter(e -> {
            String project = projectName(e.table().title());
            return project.length() >= 4 && !project.contains("整体") && where.contains(project);
        }).toList();
        if (named.size() == 1) {
            return Optional.of(named.get(0));
        }
        if (named.size() > 1) {
            return Optional.empty();
        }
        if (where.contains("整体") || s.subject().contains("整体")) {
            List<SelfEvaluation> hit = tables.stream().filter(e -> e.table().title().contains("整体")).toList();
            if (hit.size() == 1) {
                return Optional.of(hit.get(0));
            }
        }
        return Optional.empty();
    }

    /** 社会保险业务工作经费项目自评表 → 社会保险业务工作经费; 2023年度某项目绩效自评表 → 某. */
    static String projectName(String title) {
        return Names.normalise(title).replaceFirst("^[一二三四五六七八九十]+、", "").replaceFirst("^\\d{4}年度?", "")
                .replaceFirst("(项目)?(支出)?(绩效)?自评(价)?表$", "");
    }

    private static Optional<Finding> compare(List<Narrative.Stated> claims, SelfEvaluation e, SelfEvaluation.Budget b) {
        Map<String, Amount> stated = new LinkedHashMap<>();
        List<Evidence> ev = new ArrayList<>();
        for (Narrative.Stated s : claims) {
            for (String[] r : ROLES) {
                Amount a = s.claim().figure(r[0]);
                if (a != null && !stated.containsKey(r[0])) {
                    stated.put(r[0], a);
                    if (!ev.contains(s.evidence())) {
                        ev.add(s.evidence());
                    }
                }
            }
        }
        List<String> diffs = new ArrayList<>();
        Map<String, Amount> fig = new LinkedHashMap<>();
        Severity[] worst = {null};
        pair("预算数", "budget", stated.get("budget"), b.budget(), diffs, fig, ev, worst);
        pair("执行数", "actual", stated.get("actual"), b.actual(), diffs, fig, ev, worst);
        pair("执行率", "rate", stated.get("rate"), b.rate(), diffs, fig, ev, worst);
        if (diffs.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder said = new StringBuilder();
        for (String[] r : ROLES) {
            Amount a = stated.get(r[0]);
            if (a != null) {
                said.append(said.length() == 0 ? "" : "、").append(r[1]).append(Narrative.show(a));
            }
        }
        String msg = "情况说明称" + said + "，而" + e.name() + "的预算执行情况与此不符："
                + String.join("；", diffs) + "。";
        return Optional.of(new Finding(ID, worst[0], msg, fig, ev));
    }

    private static void pair(String word, String role, Amount stated, SelfEvaluation.Figure table, List<String> diffs,
                             Map<String, Amount> fig, List<Evidence> ev, Severity[] worst) {
        if (stated == null || table == null || !Intervals.compatible(stated.unit(), table.amount().unit())) {
            return;
        }
        Agreement a = Consistency.samefact(stated, table.amount()).agreement();
        if (a == Agreement.AGREES) {
            return;
        }
        Severity sev = a == Agreement.ONE_UNIT_APART ? Severity.WARNING : Severity.ERROR;
        worst[0] = worst[0] == null || sev.compareTo(worst[0]) < 0 ? sev : worst[0];
        diffs.add(word + "情况说明为" + Narrative.show(stated) + "，自评表为" + Narrative.show(table.amount()));
        fig.put("stated_" + role, stated);
        fig.put("table_" + role, table.amount());
        ev.add(table.evidence());
    }
}
