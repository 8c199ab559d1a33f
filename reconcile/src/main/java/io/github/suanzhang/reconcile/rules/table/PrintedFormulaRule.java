package io.github.suanzhang.reconcile.rules.table;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.interval.Check;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import io.github.suanzhang.reconcile.rules.FigureChecks;
import io.github.suanzhang.reconcile.rules.Figures;
import io.github.suanzhang.reconcile.rules.Wording;
import io.github.suanzhang.reconcile.rules.Figures.Figure;
import io.github.suanzhang.reconcile.rules.Figures.Part;
import io.github.suanzhang.reconcile.rules.table.FormulaParser.Axis;
import io.github.suanzhang.reconcile.rules.table.FormulaParser.Formula;
import io.github.suanzhang.reconcile.rules.table.FormulaParser.Ref;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The arithmetic a table prints in its own notes ({@code 27行=(1+…+8)行}, {@code 1栏各行=(2+…+7)栏各行},
 * {@code 6栏各行=(1+2-3)栏各行}, {@code 3栏=(4+5)栏}), read by {@link FormulaParser} and checked with
 * interval arithmetic. 行 n is the line whose 行次 is n (on either side of a two-sided table), in every
 * amount column; 栏 n is the n-th amount column of the table, on every line. Blank cells are printed
 * zeros. A line a formula names but the table lacks counts as blank; a difference that depends on it
 * is only an INFO (the table may not have been read whole).
 * Blank cells are exact zeros ({@link Figures#exact}).
 */
@RuleMeta(id = "table.formula", severity = Severity.ERROR, summary = "表注中印出的行列计算公式（如 27行=(1+…+8)行、1栏=(2+3)栏）是否成立")
public final class PrintedFormulaRule implements Rule {

    static final String ID = "table.formula";

    @Override
    public Stream<Finding> check(Disclosure disclosure) {
        List<Finding> out = new ArrayList<>();
        for (Table t : disclosure.tables()) {
            if (t.withoutFigures()) {
                continue;
            }
            for (Formula f : FormulaParser.parseAll(t.notes())) {
                if (f.axis() == Axis.LINE) {
                    checkLines(t, f, out);
                } else if (!t.kind().isTwoSided()) {
                    checkColumns(t, f, out);
                }
            }
        }
        return out.stream();
    }

    private static void checkLines(Table t, Formula f, List<Finding> out) {
        Map<Integer, List<Integer>> byLine = new HashMap<>();
        for (int i = 0; i < t.rows().size(); i++) {
            String ln = t.rows().get(i).lineNo();
            if (ln != null && ln.strip().matches("\\d{1,3}")) {
                byLine.computeIfAbsent(Integer.parseInt(ln.strip()), k -> new ArrayList<>()).add(i);
            }
        }
        List<Integer> target = byLine.get(f.target());
        if (target == null || target.size() != 1) {
            return;
        }
        for (Ref r : f.terms()) {
            if (byLine.containsKey(r.number()) && byLine.get(r.number()).size() != 1) {
                return;
            }
        }
        int tr = target.get(0);
        for (int c : Figures.summableColumns(t)) {
            Optional<Figure> total = Figures.figure(t, tr, c);
            if (total.isEmpty()) {
                continue;
            }
            List<Part> parts = new ArrayList<>();
            List<Integer> missing = new ArrayList<>();
            boolean readable = true;
            for (Ref r : f.terms()) {
                List<Integer> rows = byLine.get(r.number());
                Figure fig;
                if (rows == null) {
                    missing.add(r.number());
                    fig = missingLine(t, c, r.number(), total.get().amount());
                } else {
                    Optional<Figure> o = Figures.figure(t, rows.get(0), c);
                    if (o.isEmpty()) {
                        readable = false;
                        break;
                    }
                    fig = o.get();
                }
                parts.add(new Part(r.sign(), fig));
            }
            if (!readable) {
                continue;
            }
            String col = Wording.columnName(t, c);
            String subject = Wording.tableName(t) + "中" + Wording.rowName(t.rows().get(tr)) + col;
            String phrase = "按表注公式“" + f.text() + "”计算的结果";
            report(total.get(), parts, subject, phrase, missing, out);
        }
    }

    private static void checkColumns(Table t, Formula f, List<Finding> out) {
        List<Integer> cols = Figures.amountColumns(t);
        int max = Math.max(f.target(), f.terms().stream().mapToInt(Ref::number).max().orElse(0));
        if (max > cols.size()) {
            out.add(new Finding(ID, Severity.INFO, Wording.tableName(t) + "的表注公式“" + f.text() + "”提到第" + max
                    + "栏，但表中只识别出" + cols.size() + "个金额栏，未能核对。", Map.of(),
                    List.of(Evidence.at(t.place(), f.text()))));
            return;
        }
        int tc = cols.get(f.target() - 1);
        for (int i = 0; i < t.rows().size(); i++) {
            Row row = t.rows().get(i);
            if (Wording.norm(row.label()).contains("栏次")) {
                continue;
            }
            Optional<Figure> total = Figures.figure(t, i, tc);
            if (total.isEmpty()) {
                continue;
            }
            List<Part> parts = new ArrayList<>();
            boolean readable = true;
            for (Ref r : f.terms()) {
                Optional<Figure> o = Figures.figure(t, i, cols.get(r.number() - 1));
                if (o.isEmpty()) {
                    readable = false;
                    break;
                }
                parts.add(new Part(r.sign(), o.get()));
            }
            if (!readable) {
                continue;
            }
            String subject = Wording.tableName(t) + "中" + Wording.rowName(row) + "第" + f.target() + "栏（"
                    + t.columns().get(tc).label() + "）";
            String phrase = "按表注公式“" + f.text() + "”由" + f.terms().stream().map(r -> String.valueOf(r.number()))
                    .collect(Collectors.joining("、")) + "栏计算的结果";
            report(total.get(), parts, subject, phrase, List.of(), out);
        }
    }

    private static void report(Figure total, List<Part> parts, String subject, String phrase, List<Integer> missing,
                               List<Finding> out) {
        if (total.blank() && parts.stream().allMatch(p -> p.figure().blank())) {
            return;
        }
        Check check = FigureChecks.check(parts, total);
        Severity sev = FigureChecks.severity(check.agreement());
        if (sev == null) {
            return;
        }
        String remark = "";
        if (!missing.isEmpty()) {
            sev = Severity.INFO;
            remark = "（表中未找到第" + missing.stream().map(String::valueOf).collect(Collectors.joining("、"))
                    + "行，已按空白计；可能是表格未能完整读出，请对照原表。）";
        }
        out.add(FigureChecks.sumFinding(ID, sev, check, total, parts, subject, phrase, remark));
    }

    /** A line the formula names but the table lacks: a blank with the precision of the total. */
    private static Figure missingLine(Table t, int col, int line, Amount like) {
        Amount zero = new Amount(BigDecimal.ZERO, like.decimals(), like.unit(), "");
        return new Figure(zero, true, new Evidence(t.place(), "第" + line + "行（表中未见）", t.id(), null,
                t.columns().get(col).key()));
    }

}
