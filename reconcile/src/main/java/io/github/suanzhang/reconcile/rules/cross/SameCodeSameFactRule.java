package io.github.suanzhang.reconcile.rules.cross;

import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.interval.Agreement;
import io.github.suanzhang.core.interval.Consistency;
import io.github.suanzhang.core.table.ColumnKey;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import io.github.suanzhang.reconcile.rules.Figures;
import io.github.suanzhang.reconcile.rules.Figures.Figure;
import io.github.suanzhang.reconcile.rules.Hierarchy;
import io.github.suanzhang.reconcile.rules.cross.Locate.Loc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One subject code keeps one name and, in columns that mean the same thing, one amount, across the tables
 * of a disclosure.
 *
 * <p><b>Names</b> are compared after NFKC and removal of spaces and a trailing (类)/(款)/(项); a code with
 * two names is an INFO.
 *
 * <p><b>Amounts</b> are compared only between columns of the same meaning ({@link #meaning}): e.g. the
 * 基本支出 of 一般公共预算财政拨款支出决算表 and the 决算数 of 一般公共预算财政拨款基本支出决算明细表 are both
 * 一般公共预算财政拨款基本支出. 支出决算表 (all funds) and 一般公共预算财政拨款支出决算表 (general budget) mean
 * the same only when their 合计 agree (everything was paid from the general budget, as in most units):
 * then their lines are compared too. Two printings are compared with {@link Consistency#samefact}:
 * one unit apart in the last digit (326.71 / 326.72, a publisher's 尾数 adjustment) is a WARNING,
 * more is an ERROR. Blank cells are not compared (a line can be printed in one table only).
 */
@RuleMeta(id = "cross.same-code", severity = Severity.ERROR, summary = "同一科目编码在各表中名称一致、同口径金额一致")
public final class SameCodeSameFactRule implements Rule {

    static final String ID = "cross.same-code";

    @Override
    public Stream<Finding> check(Disclosure d) {
        List<Finding> out = new ArrayList<>();
        names(d, out);
        amounts(d, out);
        return out.stream();
    }

    private static void names(Disclosure d, List<Finding> out) {
        Map<SubjectCode, Map<String, Evidence>> byCode = new LinkedHashMap<>();
        for (Table t : d.tables()) {
            for (int r = 0; r < t.rows().size(); r++) {
                Row row = t.rows().get(r);
                String name = name(row.label());
                if (row.code() == null || name.isEmpty()) {
                    continue;
                }
                byCode.computeIfAbsent(row.code(), k -> new LinkedHashMap<>()).putIfAbsent(name,
                        new Evidence(row.place(), row.label(), t.id(), r, t.columnIndex(ColumnKey.NAME) >= 0 ? ColumnKey.NAME : null));
            }
        }
        byCode.forEach((code, names) -> {
            if (names.size() < 2) {
                return;
            }
            List<String> described = new ArrayList<>();
            names.forEach((n, ev) -> described.add("“" + n + "”（" + d.tableById(ev.table()).map(Figures::tableName).orElse(ev.table()) + "）"));
            String msg = "科目编码" + code.digits() + "在各表中的名称不一致：" + String.join("、", described) + "。";
            out.add(new Finding(ID, Severity.INFO, msg, Map.of(), List.copyOf(names.values())));
        });
    }

    static String name(String label) {
        return Figures.norm(label).replaceFirst("\\((类|款|项)\\)$", "");
    }

    private static void amounts(Disclosure d, List<Finding> out) {
        boolean finalCollapsed = collapsed(d, TableKind.FINAL_EXPENDITURE, TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE);
        boolean budgetCollapsed = collapsed(d, TableKind.BUDGET_EXPENDITURE, TableKind.BUDGET_GENERAL_BUDGET_EXPENDITURE);
        Map<String, List<Loc>> groups = new LinkedHashMap<>();
        for (Table t : d.tables()) {
            if (t.withoutFigures()) {
                continue;
            }
            for (int c = 0; c < t.columns().size(); c++) {
                Optional<String> m = meaning(t.kind(), t.columns().get(c).key());
                if (m.isEmpty()) {
                    continue;
                }
                String meaning = m.get();
                if (finalCollapsed) {
                    meaning = meaning.replace("final.exp.all.", "final.exp.gb.");
                }
                if (budgetCollapsed) {
                    meaning = meaning.replace("budget.exp.all.", "budget.exp.gb.");
                }
                for (Map.Entry<SubjectCode, Integer> e : Hierarchy.uniqueCodes(t, io.github.suanzhang.core.code.Scheme.FUNCTIONAL).entrySet()) {
                    groups.computeIfAbsent(e.getKey() + "|" + meaning, k -> new ArrayList<>()).add(new Loc(t, e.getValue(), c));
                }
                for (Map.Entry<SubjectCode, Integer> e : Hierarchy.uniqueCodes(t, io.github.suanzhang.core.code.Scheme.ECONOMIC).entrySet()) {
                    groups.computeIfAbsent("E" + e.getKey() + "|" + meaning, k -> new ArrayList<>()).add(new Loc(t, e.getValue(), c));
                }
            }
        }
        for (List<Loc> locs : groups.values()) {
            Loc first = null;
            Figure firstFigure = null;
            for (Loc l : locs) {
                Optional<Figure> f = l.figure();
                if (f.isEmpty() || f.get().blank()) {
                    continue;
                }
                if (first == null) {
                    first = l;
                    firstFigure = f.get();
                    continue;
                }
                if (l.table() == first.table()) {
                    continue;
                }
                Figures.samefact(ID, firstFigure, first.name(), f.get(), l.name()).ifPresent(out::add);
            }
        }
    }

    /** Whether the all-funds table and the general-budget table of one family print the same 合计. */
    private static boolean collapsed(Disclosure d, TableKind all, TableKind general) {
        Optional<Figure> a = Locate.table(d, all).flatMap(t -> Locate.cell(t, Hierarchy.totalRow(t), ColumnKey.TOTAL)).flatMap(Loc::figure);
        Optional<Figure> g = Locate.table(d, general).flatMap(t -> Locate.cell(t, Hierarchy.totalRow(t), ColumnKey.TOTAL)).flatMap(Loc::figure);
        return a.isPresent() && g.isPresent() && !a.get().blank() && !g.get().blank()
                && Consistency.samefact(a.get().amount(), g.get().amount()).agreement() == Agreement.AGREES;
    }

    /**
     * What a column of a table kind means, as a key shared by every column that means the same, or empty
     * when it is compared with nothing.
     */
    static Optional<String> meaning(TableKind kind, String key) {
        String m = switch (kind) {
            case FINAL_INCOME -> switch (key) {
                case ColumnKey.TOTAL -> "final.income.total";
                case ColumnKey.FISCAL_ALLOCATION -> "final.income.fiscal";
                default -> null;
            };
            case FINAL_EXPENDITURE -> spending("final.exp.all.", key);
            case FINAL_GENERAL_BUDGET_EXPENDITURE -> spending("final.exp.gb.", key);
            case FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE -> key.equals(ColumnKey.TOTAL) ? "final.exp.gb.basic" : null;
            case FINAL_GOVERNMENT_FUND -> spending("final.exp.gf.", key);
            case FINAL_STATE_CAPITAL -> spending("final.exp.sc.", key);
            case BUDGET_INCOME -> key.equals(ColumnKey.TOTAL) ? "budget.income.total" : null;
            case BUDGET_EXPENDITURE -> spending("budget.exp.all.", key);
            case BUDGET_GENERAL_BUDGET_EXPENDITURE, BUDGET_GENERAL_BUDGET_EXPENDITURE_ECONOMIC -> spending("budget.exp.gb.", key);
            case BUDGET_GENERAL_BUDGET_BASIC_EXPENDITURE -> basicBreakdown("budget.exp.gb.basic", key);
            case BUDGET_FISCAL_EXPENDITURE -> spending("budget.exp.fiscal.", key);
            case BUDGET_FISCAL_BASIC_EXPENDITURE -> basicBreakdown("budget.exp.fiscal.basic", key);
            case BUDGET_GOVERNMENT_FUND -> spending("budget.exp.gf.", key);
            case BUDGET_STATE_CAPITAL -> spending("budget.exp.sc.", key);
            default -> null;
        };
        return Optional.ofNullable(m);
    }

    private static String spending(String prefix, String key) {
        return switch (key) {
            case ColumnKey.TOTAL, ColumnKey.BASIC, ColumnKey.PROJECT -> prefix + key;
            default -> null;
        };
    }

    private static String basicBreakdown(String prefix, String key) {
        return switch (key) {
            case ColumnKey.TOTAL -> prefix;
            case ColumnKey.PERSONNEL, ColumnKey.PUBLIC -> prefix + "." + key;
            default -> null;
        };
    }

    static String describe(List<String> names) {
        return names.stream().collect(Collectors.joining("、"));
    }
}
