package io.github.suanzhang.reconcile.rules.table;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import io.github.suanzhang.reconcile.rules.Figures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The standard tables are present, or noted as empty.
 *
 * <p>决算 (部门/单位): the nine tables 公开01表 … 公开09表. A table printed without figures counts (it
 * carries its note); a table that is absent counts as noted when the notes or the narrative say the body
 * had no such spending (…无政府性基金预算财政拨款…). Missing tables are one WARNING listing them — an INFO
 * when the reader itself reported pages or tables it could not read (the table may be among them).
 *
 * <p>预算: templates differ from city to city, so only the core tables are expected (收支总表, 收入总表,
 * 支出总表, 财政拨款收支总表, a general-budget or fiscal expenditure table, a basic-expenditure table,
 * the 三公 table) and a missing one is an INFO. Only 部门/单位 disclosures are checked (Applicability.departmental).
 */
@RuleMeta(id = "table.completeness", severity = Severity.WARNING, summary = "标准表格齐全，或注明无数据")
public final class CompletenessRule implements Rule {

    static final String ID = "table.completeness";

    static final List<TableKind> FINAL_TABLES = List.of(TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY,
            TableKind.FINAL_INCOME, TableKind.FINAL_EXPENDITURE, TableKind.FINAL_FISCAL_SUMMARY,
            TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE,
            TableKind.FINAL_GOVERNMENT_FUND, TableKind.FINAL_STATE_CAPITAL, TableKind.FINAL_THREE_PUBLIC);

    /** Core 预算 tables; each entry lists kinds any one of which will do. */
    static final List<List<TableKind>> BUDGET_TABLES = List.of(
            List.of(TableKind.BUDGET_INCOME_EXPENDITURE_SUMMARY),
            List.of(TableKind.BUDGET_INCOME),
            List.of(TableKind.BUDGET_EXPENDITURE),
            List.of(TableKind.BUDGET_FISCAL_SUMMARY),
            List.of(TableKind.BUDGET_GENERAL_BUDGET_EXPENDITURE, TableKind.BUDGET_FISCAL_EXPENDITURE),
            List.of(TableKind.BUDGET_GENERAL_BUDGET_BASIC_EXPENDITURE, TableKind.BUDGET_FISCAL_BASIC_EXPENDITURE,
                    TableKind.BUDGET_BASIC_EXPENDITURE),
            List.of(TableKind.BUDGET_THREE_PUBLIC));

    /** Words that, next to 无, note that a table has nothing to show. */
    static final Map<TableKind, String> NOTE_WORDS = Map.of(
            TableKind.FINAL_GOVERNMENT_FUND, "政府性基金",
            TableKind.FINAL_STATE_CAPITAL, "国有资本经营",
            TableKind.FINAL_THREE_PUBLIC, "三公");

    static final Set<ProblemKind> READING_PROBLEMS = Set.of(ProblemKind.NO_TEXT_LAYER, ProblemKind.UNREADABLE_TEXT,
            ProblemKind.TABLE_NOT_UNDERSTOOD, ProblemKind.DAMAGED_PDF, ProblemKind.TIMEOUT, ProblemKind.TOO_LARGE);

    @Override
    public Stream<Finding> check(Disclosure d) {
        if (!io.github.suanzhang.reconcile.rules.Applicability.departmental(d)) {
            return Stream.empty(); // the nine/eight standard tables are the 部门/单位 template's (黑龙江 2023 财政决算: scope not recognised)
        }
        if (d.document().type() == DocumentType.FINAL_ACCOUNTS) {
            return finalAccounts(d).stream();
        }
        if (d.document().type() == DocumentType.BUDGET) {
            return budget(d).stream();
        }
        return Stream.empty();
    }

    private static List<Finding> finalAccounts(Disclosure d) {
        List<String> missing = new ArrayList<>();
        for (TableKind k : FINAL_TABLES) {
            if (d.tables(k).isEmpty() && !noted(d, k)) {
                missing.add(k.standardNumber().map(n -> n + " ").orElse("") + k.standardName());
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        boolean unread = d.problems().stream().map(Problem::kind).anyMatch(READING_PROBLEMS::contains);
        Severity sev = unread ? Severity.INFO : Severity.WARNING;
        String msg = "决算公开应有的9张标准表中，" + missing.size() + "张既未找到，也没有注明无数据：" + String.join("、", missing)
                + "。" + (unread ? "（文件中有未能读取的页或表，缺少的表可能在其中。）" : "");
        return List.of(new Finding(ID, sev, msg, Map.of(), evidence(d)));
    }

    private static List<Finding> budget(Disclosure d) {
        List<String> missing = new ArrayList<>();
        for (List<TableKind> alternatives : BUDGET_TABLES) {
            if (alternatives.stream().allMatch(k -> d.tables(k).isEmpty())) {
                missing.add(alternatives.get(0).standardName());
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        String msg = "预算公开常见的核心表格中，未找到" + missing.size() + "张：" + String.join("、", missing)
                + "（各地模板不同，表名可能有别）。";
        return List.of(new Finding(ID, Severity.INFO, msg, Map.of(), evidence(d)));
    }

    /** Whether a note or the narrative says the body had nothing of this kind. */
    static boolean noted(Disclosure d, TableKind k) {
        String word = NOTE_WORDS.get(k);
        if (word == null) {
            return false;
        }
        List<String> texts = new ArrayList<>();
        for (Table t : d.tables()) {
            texts.addAll(t.notes());
            if (t.emptyNote() != null) {
                texts.add(t.emptyNote());
            }
        }
        d.statements().stream().map(Statement::text).forEach(texts::add);
        return texts.stream().map(Figures::norm).anyMatch(s -> {
            int w = s.indexOf(word);
            if (w < 0) {
                return false;
            }
            int no = s.lastIndexOf('无', w);
            return no >= 0 && w - no <= 12 || s.contains("未发生") || s.contains("没有");
        });
    }

    /** The tables that were found (where they stand), for the reader to see what was there. */
    private static List<Evidence> evidence(Disclosure d) {
        List<Evidence> ev = d.tables().stream().filter(t -> t.kind() != TableKind.GENERIC)
                .map(t -> new Evidence(t.place(), Figures.tableName(t), t.id(), null, null))
                .collect(Collectors.toList());
        if (ev.isEmpty()) {
            ev.add(Evidence.at(Place.UNKNOWN, d.document().title() == null ? "" : d.document().title()));
        }
        return ev;
    }
}
