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
import io.github.suanzhang.reconcile.rules.Wording;
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
        List<Finding> out = new ArrayList<>(declaredEmpty(d));
        if (d.document().type() == DocumentType.FINAL_ACCOUNTS) {
            out.addAll(finalAccounts(d));
        } else if (d.document().type() == DocumentType.BUDGET) {
            out.addAll(budget(d));
        }
        return out.stream();
    }

    /** A declaration that a table is empty: 故本表为空表, 本表无数据, 以空表列示. */
    static final java.util.regex.Pattern EMPTY_DECLARATION = java.util.regex.Pattern.compile(
            "空表|(?:本|此|该)表(?:无|没有)(?:数据|数字|金额)");

    /** The tables a sentence's declaration speaks of: by the words of {@link #NOTE_WORDS}, 决算 and 预算 kinds. */
    static final Map<String, List<TableKind>> DECLARED_KINDS = Map.of(
            "政府性基金", List.of(TableKind.FINAL_GOVERNMENT_FUND, TableKind.BUDGET_GOVERNMENT_FUND),
            "国有资本经营", List.of(TableKind.FINAL_STATE_CAPITAL, TableKind.BUDGET_STATE_CAPITAL),
            "三公", List.of(TableKind.FINAL_THREE_PUBLIC, TableKind.BUDGET_THREE_PUBLIC));

    /**
     * A table declared empty that prints figures other than zero: the note under the table says so, or a
     * sentence of the narrative says 空表 of the one kind it names. WARNING, with the declaration and the first
     * non-zero figure.
     */
    static List<Finding> declaredEmpty(Disclosure d) {
        List<Finding> out = new ArrayList<>();
        Set<String> reported = new java.util.HashSet<>();
        for (Table t : d.tables()) {
            for (String n : t.notes()) {
                if (EMPTY_DECLARATION.matcher(Wording.norm(n)).find()) {
                    nonZero(t).ifPresent(e -> {
                        reported.add(t.id());
                        out.add(declared(t, n, t.place(), e));
                    });
                }
            }
        }
        for (Statement s : d.statements()) {
            String text = Wording.norm(s.text());
            if (!EMPTY_DECLARATION.matcher(text).find()) {
                continue;
            }
            List<String> words = DECLARED_KINDS.keySet().stream().filter(text::contains).toList();
            if (words.size() != 1) {
                continue; // names no kind, or several: which table is meant is not known
            }
            for (TableKind k : DECLARED_KINDS.get(words.get(0))) {
                for (Table t : d.tables(k)) {
                    if (reported.add(t.id())) {
                        nonZero(t).ifPresent(e -> out.add(declared(t, s.text(), s.place(), e)));
                    }
                }
            }
        }
        return out;
    }

    private static Finding declared(Table t, String declaration, Place where, Evidence figure) {
        String msg = where.describe() + "注明" + Wording.tableName(t) + "为空表（“" + declaration + "”），但该表"
                + figure.place().describe() + "列有不为零的数字" + figure.text() + "。";
        return new Finding(ID, Severity.WARNING, msg, Map.of(), List.of(Evidence.at(where, declaration), figure));
    }

    /**
     * The first amount other than zero in the table's amount columns, as evidence. A row of column numbers
     * (栏次 {@code 1 2 3}: whole numbers counting up by one) is the header's, not figures.
     */
    private static java.util.Optional<Evidence> nonZero(Table t) {
        List<Integer> cols = Figures.amountColumns(t);
        for (int r = 0; r < t.rows().size(); r++) {
            if (columnNumbers(t.rows().get(r), cols)) {
                continue;
            }
            for (int c : cols) {
                io.github.suanzhang.core.table.Cell cell = t.rows().get(r).cell(c);
                if (cell != null && cell.hasAmount() && cell.amount().value().signum() != 0) {
                    return java.util.Optional.of(Figures.evidence(t, r, c));
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static List<Finding> finalAccounts(Disclosure d) {
        List<String> missing = new ArrayList<>();
        List<String> untyped = new ArrayList<>();
        for (TableKind k : FINAL_TABLES) {
            if (d.tables(k).isEmpty() && !noted(d, k)) {
                String name = k.standardNumber().map(n -> n + " ").orElse("") + k.standardName();
                (printedUntyped(d, k) ? untyped : missing).add(name);
            }
        }
        if (missing.isEmpty() && untyped.isEmpty()) {
            return List.of();
        }
        String also = untyped.isEmpty() ? "" : "另有" + untyped.size() + "张表印有其表名但未能按标准表式读出，未作核对：" + String.join("、", untyped) + "。";
        if (missing.isEmpty()) {
            return List.of(new Finding(ID, Severity.INFO, "决算公开应有的9张标准表中，" + untyped.size()
                    + "张印有其表名但未能按标准表式读出，未作核对：" + String.join("、", untyped) + "。", Map.of(), evidence(d)));
        }
        boolean unread = d.problems().stream().map(Problem::kind).anyMatch(READING_PROBLEMS::contains);
        Severity sev = unread ? Severity.INFO : Severity.WARNING;
        String msg = "决算公开应有的9张标准表中，" + missing.size() + "张既未找到，也没有注明无数据：" + String.join("、", missing)
                + "。" + (unread ? "（文件中有未能读取的页或表，缺少的表可能在其中。）" : "") + also;
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

    /**
     * Whether a table the reader could not type (GENERIC) carries this kind's name in its title: the words of
     * {@link #NOTE_WORDS} (三公, 政府性基金, 国有资本经营) with 决算, or the kind's whole standard name. Such a table is
     * printed; it is not missing, only not understood, so it is no ground for a WARNING.
     */
    static boolean printedUntyped(Disclosure d, TableKind k) {
        String word = NOTE_WORDS.get(k);
        String standard = Wording.norm(k.standardName());
        return d.tables().stream().filter(t -> t.kind() == TableKind.GENERIC && t.title() != null)
                .map(t -> Wording.norm(t.title()))
                .anyMatch(title -> title.contains(standard) || word != null && title.contains(word) && title.contains("决算"));
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
        return texts.stream().map(Wording::norm).anyMatch(s -> {
            int w = s.indexOf(word);
            if (w < 0) {
                return false;
            }
            int no = s.lastIndexOf('无', w);
            return no >= 0 && w - no <= 12 || s.contains("未发生") || s.contains("没有");
        });
    }

    static boolean columnNumbers(io.github.suanzhang.core.table.Row row, List<Integer> cols) {
        List<java.math.BigDecimal> vs = new ArrayList<>();
        for (int c : cols) {
            io.github.suanzhang.core.table.Cell cell = row.cell(c);
            if (cell != null && cell.hasAmount()) {
                vs.add(cell.amount().value());
            }
        }
        if (vs.size() < 2) {
            return vs.size() == 1 && vs.get(0).compareTo(java.math.BigDecimal.ONE) == 0 && row.label() != null
                    && !row.label().matches(".*[\\p{IsHan}].*"); // a lone 1 under a label without words (** / 栏次 cut off)
        }
        for (int i = 0; i < vs.size(); i++) {
            if (vs.get(i).stripTrailingZeros().scale() > 0 || (i > 0 && vs.get(i).subtract(vs.get(i - 1)).compareTo(java.math.BigDecimal.ONE) != 0)) {
                return false;
            }
        }
        return true;
    }

    /** The tables that were found (where they stand), for the reader to see what was there. */
    private static List<Evidence> evidence(Disclosure d) {
        List<Evidence> ev = d.tables().stream().filter(t -> t.kind() != TableKind.GENERIC)
                .map(t -> new Evidence(t.place(), Wording.tableName(t), t.id(), null, null))
                .collect(Collectors.toList());
        if (ev.isEmpty()) {
            ev.add(Evidence.at(Place.UNKNOWN, d.document().title() == null ? "" : d.document().title()));
        }
        return ev;
    }
}
