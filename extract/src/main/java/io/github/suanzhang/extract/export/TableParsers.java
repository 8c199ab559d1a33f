package io.github.suanzhang.extract.export;

import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.NumberContext;
import io.github.suanzhang.core.number.NumberParser;
import io.github.suanzhang.core.number.ParseResult;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.ColumnDef;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.extract.typing.AmountColumns;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a {@link TableSegment} into a typed {@link Table}, one method per printed layout (the one-sided
 * tables with subject codes in {@link CodedTables}). See {@link TextExportReader} for what each layout handles.
 */
final class TableParsers {

    static final TableKind.Side INCOME = TableKind.Side.INCOME;
    static final TableKind.Side EXPENDITURE = TableKind.Side.EXPENDITURE;
    private static final Pattern INTEGER = Pattern.compile("\\d{1,3}");

    private TableParsers() {
    }

    static Table parse(TableSegment s, Unit defaultUnit, List<Problem> problems) {
        Unit unit = s.unit != null ? s.unit : s.kind == TableKind.GENERIC ? null : defaultUnit;
        TableBuilder b;
        if (s.kind.isTwoSided()) {
            b = twoSided(s, problems);
        } else if (s.kind == TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE) {
            b = panels(s);
        } else if (s.kind == TableKind.FINAL_THREE_PUBLIC || s.kind == TableKind.BUDGET_THREE_PUBLIC) {
            b = positional(s, problems);
        } else if (s.kind == TableKind.PERFORMANCE_SELF_EVALUATION) {
            b = SelfEvaluation.parse(s, unit, problems);
        } else if (s.kind.column("code").isPresent()) {
            b = CodedTables.coded(s, unit, problems);
        } else {
            b = generic(s);
        }
        String emptyNote = null;
        List<String> notes = new ArrayList<>(s.notes);
        boolean anyValue = b.drafts.stream().anyMatch(TableBuilder.Draft::hasAnyValue);
        if (!s.emptyNoteCandidates.isEmpty()) {
            if (!anyValue) {
                emptyNote = s.emptyNoteCandidates.get(0);
                b.drafts.clear();
                notes.addAll(s.emptyNoteCandidates.subList(1, s.emptyNoteCandidates.size()));
            } else {
                notes.addAll(s.emptyNoteCandidates);
            }
        }
        for (Line l : s.trailingTableLines) {
            notes.add(Clean.prose(String.join(" ", Clean.cells(l.raw()))));
        }
        if (b.drafts.isEmpty() && emptyNote == null) {
            problems.add(new Problem(ProblemKind.TABLE_NOT_UNDERSTOOD, s.title + "：表中没有一行能够读取",
                    Place.atLine(s.titleLine.no())));
        }
        return b.build(s.number, s.title, unit, notes, emptyNote, Place.atLine(s.titleLine.no()), problems);
    }

    // ---------------------------------------------------------------- shared by the layouts

    /** Puts the cells from {@code from} on under {@code keys}, marking the one that ends the printed line. */
    static void putAmounts(TableBuilder.Draft d, List<String> cells, int from, List<String> keys, Line l) {
        boolean endsWithText = !l.raw().isEmpty() && !Character.isWhitespace(l.raw().charAt(l.raw().length() - 1));
        for (int k = 0; k < keys.size() && from + k < cells.size(); k++) {
            String v = cells.get(from + k);
            if (v.isEmpty()) {
                continue;
            }
            d.put(keys.get(k), v);
            if (endsWithText && from + k == cells.size() - 1) {
                d.endsLine.add(keys.get(k));
            }
        }
    }

    // ---------------------------------------------------------------- two-sided summary tables

    /**
     * 收入 | 支出 side by side. The split is the second 项目 header cell; each side is 项目 / 行次 /
     * amounts, and a side is a line when its 行次 cell is a number, even with an empty 项目 (the
     * converter dropped some labels). Rows: the 收入 side's lines in print order, then the 支出 side's.
     * Loose lines after the table that repeat printed lines one cell per line (the seed repeats the
     * 总计 line of 公开04表) are compared with the lines read: when every label, 行次 and figure
     * matches, they are a repetition and ignored; otherwise a {@link ProblemKind#TABLE_NOT_UNDERSTOOD}.
     */
    static TableBuilder twoSided(TableSegment s, List<Problem> problems) {
        TableBuilder b = new TableBuilder(s.id, s.kind, s.kind.columns());
        int split = -1;
        for (Line l : s.tableLines) {
            List<String> cells = Clean.cells(l.raw());
            int first = -1;
            for (int i = 0; i < cells.size(); i++) {
                if (Clean.compact(cells.get(i)).equals("项目")) {
                    if (first < 0) {
                        first = i;
                    } else {
                        split = i;
                        break;
                    }
                }
            }
            if (split > 0) {
                break;
            }
        }
        if (split < 0) {
            split = 3;
        }
        List<String> incomeKeys = AmountColumns.keys(s.kind.columns(TableKind.Side.INCOME));
        List<String> expenditureKeys = AmountColumns.keys(s.kind.columns(TableKind.Side.EXPENDITURE));
        List<TableBuilder.Draft> income = new ArrayList<>();
        List<TableBuilder.Draft> expenditure = new ArrayList<>();
        for (Line l : s.tableLines) {
            List<String> cells = Clean.cells(l.raw());
            side(cells, 0, split, INCOME, incomeKeys, l, income, b);
            side(cells, split, cells.size(), EXPENDITURE, expenditureKeys, l, expenditure, b);
        }
        b.drafts.clear();
        b.drafts.addAll(income);
        b.drafts.addAll(expenditure);
        if (!s.looseLines.isEmpty()) {
            repetition(s, b, problems);
        }
        return b;
    }

    private static void side(List<String> cells, int from, int to, TableKind.Side side, List<String> keys, Line l,
                             List<TableBuilder.Draft> out, TableBuilder b) {
        if (from + 1 >= Math.min(to, cells.size())) {
            return;
        }
        String lineNo = Clean.compact(cells.get(from + 1));
        if (!INTEGER.matcher(lineNo).matches()) {
            return;
        }
        String label = Clean.prose(cells.get(from));
        TableBuilder.Draft d = new TableBuilder.Draft(side, lineNo, null, label, l.no());
        if (!label.isEmpty()) {
            d.put("item", label);
        }
        d.put("line", lineNo);
        List<String> sideCells = cells.subList(0, Math.min(to, cells.size()));
        putAmounts(d, sideCells, from + 2, keys, to >= cells.size() ? l : new Line(l.no(), l.raw() + "\t"));
        out.add(d);
    }

    /** Checks loose lines (one cell per line) against the lines read; see {@link #twoSided}. */
    private static void repetition(TableSegment s, TableBuilder b, List<Problem> problems) {
        List<String> tokens = new ArrayList<>();
        for (Line l : s.looseLines) {
            tokens.add(Clean.cell(l.raw()));
        }
        List<List<String>> groups = new ArrayList<>();
        for (String t : tokens) {
            if (Clean.hasHan(t) || groups.isEmpty()) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(t);
        }
        boolean all = true;
        for (List<String> g : groups) {
            all &= matchesRow(g, b);
        }
        int first = s.looseLines.get(0).no();
        int last = s.looseLines.get(s.looseLines.size() - 1).no();
        if (!all) {
            problems.add(new Problem(ProblemKind.TABLE_NOT_UNDERSTOOD, s.title + "：第 " + first + "–" + last
                    + " 行（" + String.join(" ", tokens) + "）不是本表的行，也不是某行的重复",
                    Place.atLine(first)));
        }
    }

    private static boolean matchesRow(List<String> group, TableBuilder b) {
        if (group.size() < 3 || !Clean.hasHan(group.get(0)) || !INTEGER.matcher(group.get(1)).matches()) {
            return false;
        }
        String label = Clean.compact(group.get(0));
        for (TableBuilder.Draft d : b.drafts) {
            if (!group.get(1).equals(d.lineNo) || !Clean.compact(d.label).equals(label)) {
                continue;
            }
            List<String> values = d.raw.entrySet().stream().filter(e -> !AmountColumns.TEXT_KEYS.contains(e.getKey()))
                    .map(Map.Entry::getValue).toList();
            List<String> repeated = group.subList(2, group.size());
            if (values.size() != repeated.size()) {
                return false;
            }
            for (int i = 0; i < values.size(); i++) {
                if (!sameValue(values.get(i), repeated.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean sameValue(String a, String b) {
        NumberContext ctx = NumberContext.amount(Unit.NONE, 2);
        if (NumberParser.parse(a, ctx) instanceof ParseResult.Parsed pa
                && NumberParser.parse(b, ctx) instanceof ParseResult.Parsed pb) {
            return pa.amount().value().compareTo(pb.amount().value()) == 0;
        }
        return false;
    }

    // ---------------------------------------------------------------- 公开06表: panels side by side

    private static final Pattern ECONOMIC = Pattern.compile("\\d{3}|\\d{5}");

    /**
     * 基本支出决算明细表 printed as panels side by side (人员经费 | 公用经费 | 资本性支出), each 科目代码 /
     * 科目名称 / 决算数. The panels start where the header prints 科目代码 (or 科目编码), by default every
     * third cell. One row per economic code, panel after panel, then the 合计 lines (人员经费合计,
     * 公用经费合计) in print order. A 合计 cell's figure is the first cell after it that holds no Han
     * character, wherever the converter put it (the seed shifts 公用经费合计 by three cells).
     */
    static TableBuilder panels(TableSegment s) {
        TableBuilder b = new TableBuilder(s.id, s.kind, s.kind.columns());
        List<Integer> starts = new ArrayList<>();
        for (Line l : s.tableLines) {
            List<String> cells = Clean.cells(l.raw());
            List<Integer> found = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                String c = Clean.compact(cells.get(i));
                if (c.startsWith("科目代") || c.startsWith("科目编")) {
                    found.add(i);
                }
            }
            if (found.size() >= 2) {
                starts = found;
                break;
            }
        }
        if (starts.isEmpty()) {
            starts = List.of(0, 3, 6);
        }
        List<List<TableBuilder.Draft>> byPanel = new ArrayList<>();
        for (int p = 0; p < starts.size(); p++) {
            byPanel.add(new ArrayList<>());
        }
        List<TableBuilder.Draft> totals = new ArrayList<>();
        boolean endsWithText;
        for (Line l : s.tableLines) {
            List<String> cells = Clean.cells(l.raw());
            endsWithText = !Character.isWhitespace(l.raw().charAt(l.raw().length() - 1));
            for (int p = 0; p < starts.size(); p++) {
                int at = starts.get(p);
                if (at + 2 >= cells.size() + 1 || at >= cells.size()) {
                    continue;
                }
                String code = Clean.compact(cells.get(at));
                if (!ECONOMIC.matcher(code).matches()) {
                    continue;
                }
                String name = at + 1 < cells.size() ? Clean.prose(cells.get(at + 1)) : "";
                TableBuilder.Draft d = new TableBuilder.Draft(null, null, SubjectCode.economic(code), name, l.no());
                d.put("code", code).put("name", name);
                if (at + 2 < cells.size() && !cells.get(at + 2).isEmpty()) {
                    d.put("total", cells.get(at + 2));
                    if (endsWithText && at + 2 == cells.size() - 1) {
                        d.endsLine.add("total");
                    }
                }
                byPanel.get(p).add(d);
            }
            for (int i = 0; i < cells.size(); i++) {
                String c = Clean.compact(cells.get(i));
                if (!c.endsWith("合计")) {
                    continue;
                }
                TableBuilder.Draft d = new TableBuilder.Draft(null, null, null, c, l.no());
                d.put("name", c);
                for (int j = i + 1; j < cells.size(); j++) {
                    String v = cells.get(j);
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (!Clean.hasHan(v)) {
                        d.put("total", v);
                        if (endsWithText && j == cells.size() - 1) {
                            d.endsLine.add("total");
                        }
                    }
                    break;
                }
                totals.add(d);
            }
        }
        for (List<TableBuilder.Draft> panel : byPanel) {
            b.drafts.addAll(panel);
        }
        b.drafts.addAll(totals);
        return b;
    }

    // ---------------------------------------------------------------- 公开09表: figures by position

    /**
     * The "三公" table: no label column; the column-number line ({@code 1 2 … 12}) gives the count, and
     * each later line holding figures is one row whose cells map to the kind's columns by position.
     */
    static TableBuilder positional(TableSegment s, List<Problem> problems) {
        TableBuilder b = new TableBuilder(s.id, s.kind, s.kind.columns());
        List<String> keys = s.kind.columns().stream().map(ColumnDef::key).toList();
        int printed = -1;
        for (Line l : s.tableLines) {
            List<String> cells = Clean.cells(l.raw());
            if (printed < 0) {
                List<String> nonEmpty = cells.stream().filter(c -> !c.isEmpty()).toList();
                boolean numbering = nonEmpty.size() >= 2;
                for (int i = 0; i < nonEmpty.size() && numbering; i++) {
                    numbering = nonEmpty.get(i).equals(String.valueOf(i + 1));
                }
                if (numbering) {
                    printed = nonEmpty.size();
                    if (printed == keys.size() / 2 && s.kind == TableKind.FINAL_THREE_PUBLIC) {
                        keys = keys.subList(keys.size() / 2, keys.size());
                    } else if (printed != keys.size()) {
                        problems.add(new Problem(ProblemKind.TABLE_NOT_UNDERSTOOD, s.title + "：印有 " + printed
                                + " 列，而标准格式为 " + keys.size() + " 列", Place.atLine(l.no())));
                    }
                }
                continue;
            }
            boolean figures = cells.stream().anyMatch(c -> NumberParser.parse(c, NumberContext.ANY)
                    instanceof ParseResult.Parsed);
            if (!figures) {
                continue;
            }
            TableBuilder.Draft d = b.add(null, null, null, "", l.no());
            putAmounts(d, cells, 0, keys, l);
        }
        return b;
    }

    // ---------------------------------------------------------------- anything else

    /** A table of no known kind: columns as the first line prints them, one text row per later line. */
    static TableBuilder generic(TableSegment s) {
        List<ColumnDef> cols = new ArrayList<>();
        if (!s.tableLines.isEmpty()) {
            List<String> head = Clean.cells(s.tableLines.get(0).raw());
            int max = 0;
            for (Line l : s.tableLines) {
                max = Math.max(max, Clean.cells(l.raw()).size());
            }
            for (int i = 0; i < max; i++) {
                String label = i < head.size() ? Clean.prose(head.get(i)) : "";
                cols.add(new ColumnDef("c" + (i + 1), label));
            }
        }
        TableBuilder b = new TableBuilder(s.id, s.kind, cols);
        for (int r = 1; r < s.tableLines.size(); r++) {
            Line l = s.tableLines.get(r);
            List<String> cells = Clean.cells(l.raw());
            String label = cells.stream().filter(c -> !c.isEmpty()).findFirst().map(Clean::prose).orElse("");
            TableBuilder.Draft d = b.add(null, null, null, label, l.no());
            for (int i = 0; i < cells.size(); i++) {
                if (!cells.get(i).isEmpty()) {
                    d.given.put("c" + (i + 1), Cell.text(Clean.prose(cells.get(i)), Place.atLine(l.no())));
                }
            }
        }
        return b;
    }

    /** An amount read with the table's unit and known precision; null when the text is not one. */
    static ParseResult.Parsed amount(String raw, Unit unit, Integer decimals) {
        ParseResult r = NumberParser.parse(raw, new NumberContext(NumberContext.Kind.AMOUNT, unit, decimals));
        return r instanceof ParseResult.Parsed p ? p : null;
    }

    static BigDecimal value(Amount a) {
        return a == null ? BigDecimal.ZERO : a.value();
    }
}
