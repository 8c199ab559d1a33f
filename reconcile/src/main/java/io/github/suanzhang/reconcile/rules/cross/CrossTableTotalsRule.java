package io.github.suanzhang.reconcile.rules.cross;

import static io.github.suanzhang.core.table.TableKind.BUDGET_EXPENDITURE;
import static io.github.suanzhang.core.table.TableKind.BUDGET_FISCAL_SUMMARY;
import static io.github.suanzhang.core.table.TableKind.BUDGET_GENERAL_BUDGET_BASIC_EXPENDITURE;
import static io.github.suanzhang.core.table.TableKind.BUDGET_GENERAL_BUDGET_EXPENDITURE;
import static io.github.suanzhang.core.table.TableKind.BUDGET_INCOME;
import static io.github.suanzhang.core.table.TableKind.BUDGET_INCOME_EXPENDITURE_SUMMARY;
import static io.github.suanzhang.core.table.TableKind.FINAL_EXPENDITURE;
import static io.github.suanzhang.core.table.TableKind.FINAL_FISCAL_SUMMARY;
import static io.github.suanzhang.core.table.TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE;
import static io.github.suanzhang.core.table.TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE;
import static io.github.suanzhang.core.table.TableKind.FINAL_GOVERNMENT_FUND;
import static io.github.suanzhang.core.table.TableKind.FINAL_INCOME;
import static io.github.suanzhang.core.table.TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY;
import static io.github.suanzhang.core.table.TableKind.FINAL_STATE_CAPITAL;
import static io.github.suanzhang.core.table.TableKind.FINAL_THREE_PUBLIC;

import io.github.suanzhang.core.code.Level;
import io.github.suanzhang.core.code.Scheme;
import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.FindingFigure;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.interval.Agreement;
import io.github.suanzhang.core.interval.Consistency;
import io.github.suanzhang.core.interval.Interval;
import io.github.suanzhang.core.interval.Intervals;
import io.github.suanzhang.core.interval.Reading;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.table.ColumnKey;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import io.github.suanzhang.reconcile.rules.FigureChecks;
import io.github.suanzhang.reconcile.rules.Figures;
import io.github.suanzhang.reconcile.rules.Wording;
import io.github.suanzhang.reconcile.rules.Figures.Figure;
import io.github.suanzhang.reconcile.rules.Figures.Part;
import io.github.suanzhang.reconcile.rules.Hierarchy;
import io.github.suanzhang.reconcile.rules.cross.Locate.Loc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Totals that the standard tables print more than once must agree (two printings of one fact:
 * {@link Consistency#samefact}, so 326.71 against 326.72 is a WARNING, a larger gap an ERROR).
 *
 * <p>决算 (公开01–09表): 收入支出决算总表 收入总计 = 支出总计, and likewise in 财政拨款收入支出决算总表;
 * 本年收入合计 = 收入决算表 合计; 本年支出合计 = 支出决算表 合计; 收入决算表 合计的财政拨款收入 = 财政拨款总表
 * 本年收入合计; 财政拨款总表 本年支出合计（一般公共预算财政拨款栏）= 一般公共预算财政拨款支出决算表 合计; the class
 * lines of the two summary tables (八、社会保障和就业支出) = the 类 rows of 支出决算表 / 一般公共预算财政拨款支出决算表,
 * matched by name; 基本支出决算明细表 人员经费合计 + 公用经费合计 = 一般公共预算财政拨款支出决算表 合计的基本支出.
 *
 * <p>一般公共预算财政拨款支出 is part of all spending: when the two 合计 agree, their 基本支出 and 项目支出
 * must agree too; when the general-budget total is larger, that is a WARNING (an inferred relation,
 * not a printed identity).
 *
 * <p><b>"三公".</b> The 三公 table covers every 财政拨款 (basic and project, all three budgets); the
 * basic-detail table covers 一般公共预算财政拨款 basic spending only. They are the same scope only when
 * 一般公共预算财政拨款支出决算表 has no 项目支出 and there is no 政府性基金 / 国有资本经营 spending: then
 * 30212 因公出国(境)费用, 31013 公务用车购置, 30231 公务用车运行维护费 and 30217 公务接待费 must equal the
 * 三公 table's 决算数. Otherwise only the inclusion is checked: a basic-detail line larger than its 三公
 * figure is a WARNING.
 *
 * <p>预算: 收支总表 and 财政拨款收支总表 收入总计 = 支出总计; 收入总表 合计 and 支出总表 合计 against the
 * 收支总表 (the 本年 line or the 总计 line, whichever it matches — templates differ on whether the
 * carry-over is included); 财政拨款收支总表 一般公共预算 spending = 一般公共预算支出表 合计;
 * 一般公共预算基本支出表 合计 = 一般公共预算支出表 合计的基本支出.
 */
@RuleMeta(id = "cross.totals", severity = Severity.ERROR, summary = "各表之间的总数、类级数、基本支出明细、三公经费相互一致")
public final class CrossTableTotalsRule implements Rule {

    static final String ID = "cross.totals";
    static final TableKind.Side IN = TableKind.Side.INCOME;
    static final TableKind.Side OUT = TableKind.Side.EXPENDITURE;

    /** 三公 决算 columns and the economic lines of the basic-detail table they correspond to. */
    static final Map<String, String> THREE_PUBLIC_LINES = threePublicLines();

    private static Map<String, String> threePublicLines() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("actual_outbound", "30212");
        m.put("actual_vehicle_purchase", "31013");
        m.put("actual_vehicle_operation", "30231");
        m.put("actual_reception", "30217");
        return m;
    }

    @Override
    public Stream<Finding> check(Disclosure d) {
        List<Finding> out = new ArrayList<>();
        finalAccounts(d, out);
        budget(d, out);
        return out.stream();
    }

    // ---------------------------------------------------------------- 决算

    private static void finalAccounts(Disclosure d, List<Finding> out) {
        Optional<Table> s = Locate.table(d, FINAL_INCOME_EXPENDITURE_SUMMARY);
        Optional<Table> i = Locate.table(d, FINAL_INCOME);
        Optional<Table> e = Locate.table(d, FINAL_EXPENDITURE);
        Optional<Table> f = Locate.table(d, FINAL_FISCAL_SUMMARY);
        Optional<Table> g = Locate.table(d, FINAL_GENERAL_BUDGET_EXPENDITURE);
        Optional<Table> b = Locate.table(d, FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE);
        Optional<Table> p = Locate.table(d, FINAL_THREE_PUBLIC);

        s.ifPresent(t -> balance(t, out));
        f.ifPresent(t -> balance(t, out));
        if (s.isPresent() && i.isPresent()) {
            same(sideCell(s.get(), IN, x -> x.contains("本年收入合计"), ColumnKey.TOTAL), total(i.get(), ColumnKey.TOTAL), out);
        }
        if (s.isPresent() && e.isPresent()) {
            same(sideCell(s.get(), OUT, x -> x.contains("本年支出合计"), ColumnKey.TOTAL), total(e.get(), ColumnKey.TOTAL), out);
            classes(s.get(), OUT, ColumnKey.TOTAL, e.get(), out);
        }
        if (i.isPresent() && f.isPresent()) {
            same(sideCell(f.get(), IN, x -> x.contains("本年收入合计"), ColumnKey.TOTAL), total(i.get(), ColumnKey.FISCAL_ALLOCATION), out);
        }
        if (f.isPresent() && g.isPresent()) {
            Optional<Integer> line = Locate.line(f.get(), OUT, x -> x.contains("本年支出合计"));
            fiscalColumn(d, f.get(), line).ifPresent(key -> same(Locate.cell(f.get(), line, key), total(g.get(), ColumnKey.TOTAL), out));
            fiscalClasses(d, f.get(), g.get(), out);
        }
        if (g.isPresent() && e.isPresent()) {
            generalWithinAll(g.get(), e.get(), out);
        }
        if (b.isPresent() && g.isPresent()) {
            basicDetail(b.get(), total(g.get(), ColumnKey.BASIC), out);
        }
        if (p.isPresent() && b.isPresent()) {
            threePublic(d, p.get(), b.get(), g, out);
        }
    }

    /** 收入总计 = 支出总计 in a two-sided summary. */
    private static void balance(Table t, List<Finding> out) {
        Predicate<String> grand = x -> x.equals("总计") || x.endsWith("收入总计") || x.endsWith("支出总计");
        same(sideCell(t, IN, grand, ColumnKey.TOTAL), sideCell(t, OUT, grand, ColumnKey.TOTAL), out);
    }

    /** Which column of 财政拨款收入支出决算总表's 支出 side holds general-budget spending on this line. */
    private static Optional<String> fiscalColumn(Disclosure d, Table f, Optional<Integer> line) {
        Optional<Loc> gb = Locate.cell(f, line, ColumnKey.GENERAL_BUDGET);
        if (gb.isPresent() && gb.get().figure().map(x -> !x.blank()).orElse(false)) {
            return Optional.of(ColumnKey.GENERAL_BUDGET);
        }
        if (Locate.noFigures(d, FINAL_GOVERNMENT_FUND) && Locate.noFigures(d, FINAL_STATE_CAPITAL)) {
            return Optional.of(ColumnKey.TOTAL);
        }
        return Optional.empty();
    }

    /** The class lines of a summary's 支出 side against the 类 rows of a coded table, by name. */
    private static void classes(Table summary, TableKind.Side side, String key, Table coded, List<Finding> out) {
        for (int r = 0; r < summary.rows().size(); r++) {
            Row row = summary.rows().get(r);
            if (side != row.side()) {
                continue;
            }
            compareClass(summary, r, key, coded, out);
        }
    }

    private static void fiscalClasses(Disclosure d, Table f, Table g, List<Finding> out) {
        for (int r = 0; r < f.rows().size(); r++) {
            if (f.rows().get(r).side() != OUT) {
                continue;
            }
            Optional<String> key = fiscalColumn(d, f, Optional.of(r));
            if (key.isPresent()) {
                compareClass(f, r, key.get(), g, out);
            }
        }
    }

    private static void compareClass(Table summary, int r, String key, Table coded, List<Finding> out) {
        String name = Locate.className(summary.rows().get(r).label());
        if (name.isEmpty() || name.contains("合计") || name.contains("总计")) {
            return;
        }
        Integer match = null;
        for (int k = 0; k < coded.rows().size(); k++) {
            Row c = coded.rows().get(k);
            if (c.code() != null && c.code().scheme() == Scheme.FUNCTIONAL && c.code().level() == Level.CLASS
                    && Locate.className(c.label()).equals(name)) {
                if (match != null) {
                    return;
                }
                match = k;
            }
        }
        if (match != null) {
            same(Locate.cell(summary, Optional.of(r), key), Locate.cell(coded, Optional.of(match), ColumnKey.TOTAL), out);
        }
    }

    /** 一般公共预算财政拨款支出 ⊆ 支出: equal totals mean equal basic and project columns; larger is a WARNING. */
    private static void generalWithinAll(Table g, Table e, List<Finding> out) {
        Optional<Figure> gt = total(g, ColumnKey.TOTAL).flatMap(Loc::figure);
        Optional<Figure> et = total(e, ColumnKey.TOTAL).flatMap(Loc::figure);
        if (gt.isEmpty() || et.isEmpty() || gt.get().blank() || et.get().blank()) {
            return;
        }
        Agreement a = Consistency.samefact(gt.get().amount(), et.get().amount()).agreement();
        if (a == Agreement.AGREES) {
            same(total(g, ColumnKey.BASIC), total(e, ColumnKey.BASIC), out);
            same(total(g, ColumnKey.PROJECT), total(e, ColumnKey.PROJECT), out);
            return;
        }
        if (a == Agreement.ONE_UNIT_APART) {
            return;
        }
        Interval gi = Interval.of(gt.get().amount(), Reading.ROUNDED);
        Interval ei = Intervals.of(et.get().amount(), gt.get().amount().unit(), Reading.ROUNDED);
        if (gi.lo().compareTo(ei.hi()) > 0) {
            out.add(exceeds(gt.get(), total(g, ColumnKey.TOTAL).get().name(), et.get(), total(e, ColumnKey.TOTAL).get().name(),
                    "一般公共预算财政拨款支出是全部支出的一部分，不应大于后者。"));
        }
    }

    /** 人员经费合计 + 公用经费合计 of the basic-detail table = the basic column's 合计. */
    private static void basicDetail(Table b, Optional<Loc> basic, List<Finding> out) {
        Optional<Figure> total = basic.flatMap(Loc::figure);
        if (total.isEmpty()) {
            return;
        }
        int col = b.columnIndex(ColumnKey.TOTAL);
        if (col < 0) {
            return;
        }
        Optional<Integer> personnel = uncodedLine(b, "人员经费");
        Optional<Integer> pub = uncodedLine(b, "公用经费");
        if (personnel.isPresent() && pub.isPresent()) {
            Optional<Figure> fp = Figures.figure(b, personnel.get(), col);
            Optional<Figure> fu = Figures.figure(b, pub.get(), col);
            if (fp.isPresent() && fu.isPresent()) {
                FigureChecks.sum(ID, total.get(), List.of(Part.plus(fp.get()), Part.plus(fu.get())), basic.get().name(),
                        Wording.tableName(b) + "中人员经费合计与公用经费合计之和").ifPresent(out::add);
            }
            return;
        }
        same(Locate.cell(b, Hierarchy.totalRow(b), ColumnKey.TOTAL), basic, out);
    }

    private static Optional<Integer> uncodedLine(Table t, String word) {
        Integer found = null;
        for (int k = 0; k < t.rows().size(); k++) {
            Row r = t.rows().get(k);
            if (r.code() == null && Wording.norm(r.label()).contains(word)) {
                if (found != null) {
                    return Optional.empty();
                }
                found = k;
            }
        }
        return Optional.ofNullable(found);
    }

    /** 三公 决算数 against the matching economic lines of the basic-detail table (see the class comment). */
    private static void threePublic(Disclosure d, Table p, Table b, Optional<Table> g, List<Finding> out) {
        int bc = b.columnIndex(ColumnKey.TOTAL);
        if (bc < 0) {
            return;
        }
        Optional<Integer> dataRow = Optional.empty();
        for (int r = 0; r < p.rows().size() && dataRow.isEmpty(); r++) {
            for (String key : THREE_PUBLIC_LINES.keySet()) {
                int c = p.columnIndex(key);
                if (c >= 0 && p.rows().get(r).cell(c) != null && p.rows().get(r).cell(c).hasAmount()) {
                    dataRow = Optional.of(r);
                }
            }
        }
        if (dataRow.isEmpty()) {
            return;
        }
        boolean sameScope = g.isPresent() && Locate.noFigures(d, FINAL_GOVERNMENT_FUND)
                && Locate.noFigures(d, FINAL_STATE_CAPITAL)
                && total(g.get(), ColumnKey.PROJECT).flatMap(Loc::figure).map(x -> x.amount().value().signum() == 0).orElse(false);
        for (Map.Entry<String, String> e : THREE_PUBLIC_LINES.entrySet()) {
            Optional<Loc> pl = Locate.cell(p, dataRow, e.getKey());
            Optional<Integer> br = rowOf(b, SubjectCode.economic(e.getValue()));
            if (pl.isEmpty() || br.isEmpty()) {
                continue;
            }
            Loc bl = new Loc(b, br.get(), bc);
            Optional<Figure> pf = pl.get().figure();
            Optional<Figure> bf = bl.figure();
            if (pf.isEmpty() || bf.isEmpty()) {
                continue;
            }
            if (sameScope) {
                FigureChecks.samefact(ID, pf.get(), pl.get().name(), bf.get(), bl.name()).ifPresent(out::add);
            } else if (!bf.get().blank()) {
                Interval bi = Interval.of(bf.get().amount(), Reading.ROUNDED);
                Interval pi = Intervals.of(Figures.exact(pf.get()), bf.get().amount().unit(), Reading.ROUNDED);
                if (bi.lo().compareTo(pi.hi()) > 0) {
                    out.add(exceeds(bf.get(), bl.name(), pf.get(), pl.get().name(),
                            "基本支出明细只含一般公共预算财政拨款基本支出，是\"三公\"经费（全部财政拨款）的一部分，不应大于后者。"));
                }
            }
        }
    }

    private static Optional<Integer> rowOf(Table t, SubjectCode code) {
        Map<SubjectCode, Integer> rows = Hierarchy.uniqueCodes(t, code.scheme());
        return Optional.ofNullable(rows.get(code));
    }

    // ---------------------------------------------------------------- 预算

    private static void budget(Disclosure d, List<Finding> out) {
        Optional<Table> s = Locate.table(d, BUDGET_INCOME_EXPENDITURE_SUMMARY);
        Optional<Table> i = Locate.table(d, BUDGET_INCOME);
        Optional<Table> e = Locate.table(d, BUDGET_EXPENDITURE);
        Optional<Table> f = Locate.table(d, BUDGET_FISCAL_SUMMARY);
        Optional<Table> g = Locate.table(d, BUDGET_GENERAL_BUDGET_EXPENDITURE);
        Optional<Table> b = Locate.table(d, BUDGET_GENERAL_BUDGET_BASIC_EXPENDITURE);
        s.ifPresent(t -> balance(t, out));
        f.ifPresent(t -> balance(t, out));
        if (s.isPresent() && i.isPresent()) {
            anyOf(total(i.get(), ColumnKey.TOTAL), List.of(
                    sideCell(s.get(), IN, x -> x.contains("本年收入合计") || x.equals("本年收入"), ColumnKey.TOTAL),
                    sideCell(s.get(), IN, x -> x.equals("总计") || x.endsWith("收入总计"), ColumnKey.TOTAL)), out);
        }
        if (s.isPresent() && e.isPresent()) {
            anyOf(total(e.get(), ColumnKey.TOTAL), List.of(
                    sideCell(s.get(), OUT, x -> x.contains("本年支出合计") || x.equals("本年支出"), ColumnKey.TOTAL),
                    sideCell(s.get(), OUT, x -> x.equals("总计") || x.endsWith("支出总计"), ColumnKey.TOTAL)), out);
        }
        if (f.isPresent() && g.isPresent()) {
            anyOf(total(g.get(), ColumnKey.TOTAL), List.of(
                    sideCell(f.get(), OUT, x -> x.contains("本年支出合计") || x.equals("本年支出"), ColumnKey.GENERAL_BUDGET),
                    sideCell(f.get(), OUT, x -> x.equals("总计") || x.endsWith("支出总计"), ColumnKey.GENERAL_BUDGET)), out);
        }
        if (b.isPresent() && g.isPresent()) {
            same(Locate.cell(b.get(), Hierarchy.totalRow(b.get()), ColumnKey.TOTAL), total(g.get(), ColumnKey.BASIC), out);
        }
    }

    /** {@code a} must agree with one of the candidates; reported against the first readable one otherwise. */
    private static void anyOf(Optional<Loc> a, List<Optional<Loc>> candidates, List<Finding> out) {
        Optional<Figure> fa = a.flatMap(Loc::figure);
        if (fa.isEmpty() || fa.get().blank()) {
            return;
        }
        Loc first = null;
        for (Optional<Loc> c : candidates) {
            Optional<Figure> fc = c.flatMap(Loc::figure);
            if (fc.isEmpty() || fc.get().blank()) {
                continue;
            }
            if (Consistency.samefact(fa.get().amount(), fc.get().amount()).agreement() == Agreement.AGREES) {
                return;
            }
            if (first == null) {
                first = c.get();
            }
        }
        if (first != null) {
            same(Optional.of(first), a, out);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Optional<Loc> sideCell(Table t, TableKind.Side side, Predicate<String> label, String key) {
        return Locate.cell(t, Locate.line(t, side, label), key);
    }

    /** The uncoded 合计 line's cell in column {@code key}. */
    private static Optional<Loc> total(Table t, String key) {
        return Locate.cell(t, Hierarchy.totalRow(t), key);
    }

    /** Two printings of one fact; blanks and unreadable cells are not compared. */
    private static void same(Optional<Loc> a, Optional<Loc> b, List<Finding> out) {
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        Optional<Figure> fa = a.get().figure();
        Optional<Figure> fb = b.get().figure();
        if (fa.isEmpty() || fb.isEmpty() || fa.get().blank() || fb.get().blank()) {
            return;
        }
        FigureChecks.samefact(ID, fa.get(), a.get().name(), fb.get(), b.get().name()).ifPresent(out::add);
    }

    /** A part printed larger than the whole it belongs to: a WARNING. */
    private static Finding exceeds(Figure part, String partName, Figure whole, String wholeName, String why) {
        Amount w = Intervals.convert(whole.amount(), part.amount().unit());
        int dec = Math.max(part.amount().decimals(), w.decimals());
        java.math.BigDecimal diff = part.amount().value().subtract(w.value());
        Map<String, Amount> figs = new LinkedHashMap<>();
        figs.put(FindingFigure.STATED, part.amount());
        figs.put(FindingFigure.TABLE, whole.amount());
        figs.put(FindingFigure.DIFFERENCE, new Amount(diff, dec, part.amount().unit(), null));
        String msg = partName + "为" + Wording.display(part.amount()) + "，大于" + wholeName + "的"
                + Wording.display(w) + "，多出" + Wording.display(diff, dec, part.amount().unit()) + "。" + why;
        return new Finding(ID, Severity.WARNING, msg, figs, List.of(part.evidence(), whole.evidence()));
    }
}
