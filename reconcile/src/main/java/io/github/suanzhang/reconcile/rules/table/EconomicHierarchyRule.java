package io.github.suanzhang.reconcile.rules.table;

import io.github.suanzhang.core.code.Level;
import io.github.suanzhang.core.code.Scheme;
import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.table.ColumnKey;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import io.github.suanzhang.reconcile.rules.Figures;
import io.github.suanzhang.reconcile.rules.Figures.Figure;
import io.github.suanzhang.reconcile.rules.Figures.Part;
import io.github.suanzhang.reconcile.rules.Hierarchy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Economic classification (支出经济分类) inside one table:
 * <ul>
 *   <li>类 = Σ款 ({@code 301 = Σ301xx}), as {@link Hierarchy};</li>
 *   <li>人员经费合计 = 301 + 303 (the 类 printed of these two);</li>
 *   <li>公用经费合计 = every other 类 printed (302, 310, and 307/309/399 where a template prints them) —
 *       in the seed's 公开06表 105.35 = 302 105.35 + 310 blank;</li>
 *   <li>合计 (or 基本支出) = 人员经费合计 + 公用经费合计 where both are printed, and = Σ类;</li>
 *   <li>in tables with 人员经费 and 公用经费 columns (预算 基本支出表): 合计 = 人员经费 + 公用经费 on every line.</li>
 * </ul>
 */
@RuleMeta(id = "table.economic", severity = Severity.ERROR, summary = "经济分类科目：301=Σ301xx，人员经费=301+303，公用经费=302+310…，基本支出=人员经费+公用经费")
public final class EconomicHierarchyRule implements Rule {

    static final String ID = "table.economic";

    /** The 类 of 人员经费 (工资福利支出, 对个人和家庭的补助). */
    static final Set<String> PERSONNEL_CLASSES = Set.of("301", "303");

    @Override
    public Stream<Finding> check(Disclosure disclosure) {
        List<Finding> out = new ArrayList<>();
        for (Table t : disclosure.tables()) {
            if (t.withoutFigures() || t.kind().isTwoSided()) {
                continue;
            }
            out.addAll(Hierarchy.parents(ID, t, Scheme.ECONOMIC));
            out.addAll(blocks(t));
            out.addAll(personnelPlusPublicColumns(t));
        }
        return out.stream();
    }

    private static List<Finding> blocks(Table t) {
        List<Finding> out = new ArrayList<>();
        Map<SubjectCode, Integer> rows = Hierarchy.uniqueCodes(t, Scheme.ECONOMIC);
        if (Hierarchy.duplicatedCodes(t, Scheme.ECONOMIC).stream().anyMatch(c -> c.level() == Level.CLASS)) {
            return out;
        }
        List<Integer> personnelClasses = new ArrayList<>();
        List<Integer> publicClasses = new ArrayList<>();
        rows.forEach((code, i) -> {
            if (code.level() == Level.CLASS) {
                (PERSONNEL_CLASSES.contains(code.digits()) ? personnelClasses : publicClasses).add(i);
            }
        });
        Optional<Integer> personnel = uncoded(t, "人员经费");
        Optional<Integer> pub = uncoded(t, "公用经费");
        if (personnel.isPresent() && !personnelClasses.isEmpty()) {
            out.addAll(Hierarchy.sums(ID, t, personnel.get(), personnelClasses, "301、303类之和", false));
        }
        if (pub.isPresent() && !publicClasses.isEmpty()) {
            out.addAll(Hierarchy.sums(ID, t, pub.get(), publicClasses, "人员经费以外各类（302、310等）之和", false));
        }
        Optional<Integer> total = Hierarchy.totalRow(t).or(() -> uncodedExact(t, "基本支出", "基本支出合计"));
        if (total.isPresent()) {
            if (personnel.isPresent() && pub.isPresent()) {
                out.addAll(Hierarchy.sums(ID, t, total.get(), List.of(personnel.get(), pub.get()),
                        "人员经费合计与公用经费合计之和", false));
            } else if (!personnelClasses.isEmpty() || !publicClasses.isEmpty()) {
                List<Integer> all = new ArrayList<>(personnelClasses);
                all.addAll(publicClasses);
                all.sort(Integer::compare);
                out.addAll(Hierarchy.sums(ID, t, total.get(), all, "各类之和", false));
            }
        }
        return out;
    }

    /** 合计 = 人员经费 + 公用经费 on every line of a table with those columns. */
    private static List<Finding> personnelPlusPublicColumns(Table t) {
        List<Finding> out = new ArrayList<>();
        int total = t.columnIndex(ColumnKey.TOTAL);
        int personnel = t.columnIndex(ColumnKey.PERSONNEL);
        int pub = t.columnIndex(ColumnKey.PUBLIC);
        if (total < 0 || personnel < 0 || pub < 0) {
            return out;
        }
        for (int i = 0; i < t.rows().size(); i++) {
            Optional<Figure> ft = Figures.figure(t, i, total);
            Optional<Figure> fp = Figures.figure(t, i, personnel);
            Optional<Figure> fu = Figures.figure(t, i, pub);
            if (ft.isEmpty() || fp.isEmpty() || fu.isEmpty()) {
                continue;
            }
            String subject = Figures.tableName(t) + "中" + Figures.rowName(t.rows().get(i)) + t.columns().get(total).label();
            Figures.sum(ID, ft.get(), List.of(Part.plus(fp.get()), Part.plus(fu.get())), subject,
                    "人员经费与公用经费之和").ifPresent(out::add);
        }
        return out;
    }

    /** The single uncoded line whose label contains {@code word} (人员经费合计, 人员经费). */
    private static Optional<Integer> uncoded(Table t, String word) {
        Integer found = null;
        for (int i = 0; i < t.rows().size(); i++) {
            Row r = t.rows().get(i);
            if (r.code() == null && Figures.norm(r.label()).contains(word)) {
                if (found != null) {
                    return Optional.empty();
                }
                found = i;
            }
        }
        return Optional.ofNullable(found);
    }

    private static Optional<Integer> uncodedExact(Table t, String... labels) {
        for (int i = 0; i < t.rows().size(); i++) {
            Row r = t.rows().get(i);
            String s = Figures.norm(r.label());
            if (r.code() == null && List.of(labels).contains(s)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
