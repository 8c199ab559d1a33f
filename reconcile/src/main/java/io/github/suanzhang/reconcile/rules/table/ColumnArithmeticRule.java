package io.github.suanzhang.reconcile.rules.table;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.interval.Agreement;
import io.github.suanzhang.core.interval.Check;
import io.github.suanzhang.core.table.ColumnDef;
import io.github.suanzhang.core.table.ColumnKey;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.core.text.TextNormalizer;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import io.github.suanzhang.reconcile.rules.FigureChecks;
import io.github.suanzhang.reconcile.rules.Figures;
import io.github.suanzhang.reconcile.rules.Figures.Figure;
import io.github.suanzhang.reconcile.rules.Figures.Part;
import io.github.suanzhang.reconcile.rules.Wording;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns of the standard tables, line by line: the total column is the sum of the columns that split it
 * ({@link ColumnIdentities}: 合计 = 基本支出 + 项目支出 (+ 上缴上级 + 经营 + 对附属单位补助); 本年收入合计 = 财政拨款收入 + 上级补助
 * + 事业 + 经营 + 附属单位上缴 + 其他; 总计 = 一般公共预算 + 政府性基金 + 国有资本经营 + … by source; 年末结转和结余 = 年初结转和结余
 * + 本年收入 − 本年支出). The template builds every line so; the notes rarely print it.
 *
 * <p>Abstains — the table is not judged and its cells are not counted as compared — when its columns cannot be
 * identified with certainty: an amount column the reader could not map to a canonical key (other than a 财政拨款 小计,
 * read as 财政拨款收入, and the 人员经费/公用经费 (人员支出/日常公用支出) columns under 基本支出), or an identity that fails on too many lines (at least one line must agree and at most half as
 * many fail as agree, a single failure always allowed: a misread header fails on almost every line). A line is judged
 * when its total or a part is printed and at least one part is; a line whose cells hold text is not. A table that
 * prints column formulas ({@code 1栏=(2+3)栏}) is {@code table.formula}'s. Several template variants (a 总计 with or
 * without 上年结转) are tried; a line that agrees with one agrees. Blanks are exact zeros; ERROR / WARNING as
 * {@link FigureChecks#severity}.
 */
@RuleMeta(id = "table.columns", severity = Severity.ERROR, summary = "标准表各行：合计列等于其分项列之和（基本支出+项目支出、按资金来源、年末结转=年初+收入−支出）")
public final class ColumnArithmeticRule implements Rule {
    static final String ID = "table.columns";

    @Override
    public Stream<Finding> check(Disclosure d) {
        List<Finding> out = new ArrayList<>();
        for (Table t : d.tables()) {
            if (t.withoutFigures() || !FormulaParser.parseAll(t.notes()).isEmpty()) {
                continue;
            }
            Map<String, Integer> cols = columns(t);
            if (cols == null) {
                continue;
            }
            if (t.columnIndex(ColumnKey.PERSONNEL) >= 0 && t.columnIndex(ColumnKey.BASIC) < 0) {
                continue; // 合计 = 人员经费 + 公用经费 with the columns read as such is table.economic's
            }
            for (ColumnIdentities.Identity id : ColumnIdentities.of(t.kind())) {
                check(t, cols, id, out);
            }
        }
        return out.stream();
    }

    /**
     * The table's amount columns by key, a 财政拨款 小计 as {@link ColumnKey#FISCAL_ALLOCATION}; null when a column
     * has no known key or a key is printed twice (the columns are not identified with certainty).
     */
    static Map<String, Integer> columns(Table t) {
        List<ColumnDef> known = t.kind().columns();
        Map<String, Integer> out = new HashMap<>();
        for (int c : Figures.summableColumns(t)) {
            ColumnDef def = t.columns().get(c);
            String key = def.key();
            if (known.stream().noneMatch(k -> k.key().equals(def.key()))) {
                String label = TextNormalizer.compact(def.label() == null ? "" : def.label());
                if (label.contains("财政拨款") && (label.endsWith("小计") || label.endsWith("合计"))) {
                    key = ColumnKey.FISCAL_ALLOCATION;
                } else if (label.contains("基本支出") && (label.endsWith("人员经费") || label.endsWith("人员支出"))) {
                    key = ColumnKey.PERSONNEL;
                } else if (label.contains("基本支出") && (label.endsWith("公用经费") || label.endsWith("公用支出"))) {
                    key = ColumnKey.PUBLIC;
                } else if (hasFigure(t, c)) {
                    return null;
                } else {
                    continue;
                }
            }
            if (out.put(key, c) != null) {
                return null;
            }
        }
        return out;
    }

    private static boolean hasFigure(Table t, int c) {
        return t.rows().stream().anyMatch(r -> r.cell(c) != null && r.cell(c).hasAmount());
    }

    /** One line's check of one identity variant. */
    private record Line(int row, Figure total, List<Part> parts, Check check) {
    }

    private static void check(Table t, Map<String, Integer> cols, ColumnIdentities.Identity id, List<Finding> out) {
        Integer total = cols.get(id.total());
        if (total == null) {
            return;
        }
        List<List<String>> variants = id.variants().stream()
                .filter(v -> v.stream().filter(k -> cols.containsKey(ColumnIdentities.key(k))).count() >= 2
                        && v.stream().filter(ColumnIdentities::required).allMatch(k -> cols.containsKey(ColumnIdentities.key(k))))
                .sorted(java.util.Comparator.comparingLong((List<String> v) -> -v.stream()
                        .filter(k -> cols.containsKey(ColumnIdentities.key(k))).count()))
                .toList();
        if (variants.isEmpty()) {
            return;
        }
        List<Line> agree = new ArrayList<>();
        List<Line> fail = new ArrayList<>();
        int supporting = 0;
        for (int r = 0; r < t.rows().size(); r++) {
            Optional<Figure> tot = Figures.figure(t, r, total);
            if (tot.isEmpty()) {
                continue;
            }
            Line first = null;
            Line agreeing = null;
            for (List<String> v : variants) {
                List<Part> parts = parts(t, r, cols, v);
                if (parts == null || parts.stream().allMatch(p -> p.figure().blank())) {
                    first = null;
                    break; // text in a part, or no part printed: this line is not judged
                }
                Line l = new Line(r, tot.get(), parts, FigureChecks.trial(parts, tot.get()));
                if (first == null) {
                    first = l;
                }
                if (l.check().agreement() == Agreement.AGREES) {
                    agreeing = l;
                    break;
                }
            }
            if (first == null) {
                continue;
            }
            if (agreeing != null) {
                agree.add(agreeing);
                if (!tot.get().blank() && tot.get().amount().value().signum() != 0) {
                    supporting++;
                }
            } else {
                fail.add(first);
            }
        }
        if (agree.isEmpty() && fail.isEmpty()) {
            return;
        }
        if (!fail.isEmpty() && (supporting < 1 || (fail.size() > 1 && supporting < 2 * fail.size()))) {
            return; // the identity fails on too many lines: the columns are not what their keys say
        }
        for (Line l : agree) {
            FigureChecks.check(l.parts(), l.total()); // noted as compared
        }
        for (Line l : fail) {
            FigureChecks.sum(ID, l.total(), l.parts(), where(t, l.row(), total), phrase(t, l.parts())).ifPresent(out::add);
        }
    }

    /** The signed figures of a line at the variant's columns (absent columns left out); null when one is text. */
    private static List<Part> parts(Table t, int row, Map<String, Integer> cols, List<String> variant) {
        List<Part> out = new ArrayList<>();
        for (String k : variant) {
            Integer c = cols.get(ColumnIdentities.key(k));
            if (c == null) {
                continue;
            }
            Optional<Figure> f = Figures.figure(t, row, c);
            if (f.isEmpty()) {
                return null;
            }
            out.add(ColumnIdentities.minus(k) ? Part.minus(f.get()) : Part.plus(f.get()));
        }
        return out;
    }

    /** {@code 基本支出、项目支出之和}, {@code 年初结转和结余、本年收入之和减本年支出小计}. */
    private static String phrase(Table t, List<Part> parts) {
        StringBuilder plus = new StringBuilder();
        StringBuilder minus = new StringBuilder();
        for (Part p : parts) {
            int c = t.columnIndex(p.figure().evidence().column());
            String label = c < 0 ? p.figure().evidence().column() : t.columns().get(c).label();
            StringBuilder b = p.sign() == io.github.suanzhang.core.interval.Term.Sign.MINUS ? minus : plus;
            b.append(b.isEmpty() ? "" : "、").append("“").append(label).append("”");
        }
        return plus + "之和" + (minus.isEmpty() ? "" : "减" + minus);
    }

    private static String where(Table t, int row, int col) {
        return Wording.tableName(t) + "中" + Wording.rowName(t.rows().get(row)) + Wording.columnName(t, col);
    }
}
