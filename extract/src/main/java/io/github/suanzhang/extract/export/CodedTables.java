package io.github.suanzhang.extract.export;

import io.github.suanzhang.core.code.Scheme;
import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.ColumnDef;
import io.github.suanzhang.extract.typing.RunningCode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One-sided tables with subject codes (公开02/03/05/07/08表 and the budget kinds alike): the 栏次 layout, the
 * code parts and their assembly into a {@link SubjectCode}. Split out of {@link TableParsers}, which dispatches
 * to {@link #coded}.
 */
final class CodedTables {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern LEADING_DIGITS = Pattern.compile("^(\\d{2,7})\\s*(.*)$");
    private static final Pattern TOTAL_LABEL = Pattern.compile("^(合计|总计)$|合计$");

    private CodedTables() {
    }

    /** Where the code parts and the label stand in the printed columns, and what the amount columns are. */
    private record Layout(int labelIdx, List<String> keys) {
    }

    private static Layout layout(TableSegment s, List<Problem> problems) {
        int labelIdx = -1;
        int printed = 0;
        for (Line l : s.tableLines) {
            List<String> cells = Clean.cells(l.raw());
            for (int i = 0; i < cells.size(); i++) {
                if (Clean.compact(cells.get(i)).equals("栏次")) {
                    labelIdx = i;
                    int n = 0;
                    for (int j = i + 1; j < cells.size() && cells.get(j).equals(String.valueOf(n + 1)); j++) {
                        n++;
                    }
                    printed = n;
                    break;
                }
            }
            if (labelIdx >= 0) {
                break;
            }
        }
        return new Layout(labelIdx, amountKeys(s, printed, problems));
    }

    /**
     * The keys of the printed amount columns: the kind's canonical amount columns when as many are
     * printed; the known subsets of the templates otherwise (the 2023 公开08表 prints 合计/基本支出/项目支出
     * of the 政府性基金 column set).
     */
    static List<String> amountKeys(TableSegment s, int printed, List<Problem> problems) {
        List<String> canon = s.kind.columns().stream().map(ColumnDef::key)
                .filter(k -> !TableBuilder.TEXT_KEYS.contains(k)).toList();
        if (printed == 0 || printed == canon.size()) {
            return canon;
        }
        if (printed == 3 && canon.containsAll(List.of("total", "basic", "project"))) {
            return List.of("total", "basic", "project");
        }
        problems.add(new Problem(ProblemKind.TABLE_NOT_UNDERSTOOD, s.title + "：印有 " + printed
                + " 个金额列，而标准格式为 " + canon.size() + " 列；按前几列处理", Place.atLine(s.titleLine.no())));
        return canon.subList(0, Math.min(printed, canon.size()));
    }

    private record Part(int idx, String digits) {
    }

    /**
     * One-sided tables with subject codes (公开02/03/05/07/08表 and the budget kinds alike). The 栏次 line
     * fixes the layout: the cell holding 栏次 is the label column, the cells before it hold the code (one
     * whole-code column or split 类 | 款 | 项 columns), and the numbered cells after it are the amount
     * columns, mapped to {@link #amountKeys}. Lines above the 栏次 line are headers. A later line is a row
     * when its label is 合计/总计 (spaces and OCR noise before it are ignored: {@code 大林 | 合 计}) or its code
     * cells form a subject code ({@link #assemble}); anything else (stamp noise, repeated headers) is
     * skipped. With no tab-separated row at all, a loose line full of figures is read as a flattened table
     * ({@link Flattened}).
     *
     * <p><b>Damaged lines.</b> When a line's label cell repeats the code's last part ({@code 22102 | 02
     * 住房改革支出}, the code cell split differently from the other lines) and its figures leave an empty
     * value column before a printed one ({@code | | 161. 21} where every other line prints its 合计 and
     * 财政拨款 alike), the export lost a figure of the line and the remaining ones cannot be placed: every
     * value cell of the line is {@linkplain io.github.suanzhang.core.table.Cell#unreadable unreadable}, with
     * one {@link ProblemKind#UNREADABLE_FIGURE} problem at the line. The missing figure is never invented.
     */
    static TableBuilder coded(TableSegment s, Unit unit, List<Problem> problems) {
        TableBuilder b = new TableBuilder(s.id, s.kind, s.kind.columns());
        Layout layout = layout(s, problems);
        RunningCode cc = new RunningCode();
        boolean afterHeader = layout.labelIdx() < 0;
        for (Line l : s.tableLines) {
            List<String> cells = Clean.cells(l.raw());
            if (!afterHeader) {
                afterHeader = cells.stream().anyMatch(c -> Clean.compact(c).equals("栏次"));
                continue;
            }
            int labelIdx = layout.labelIdx() >= 0 ? layout.labelIdx() : guessLabel(cells);
            if (labelIdx < 0 || labelIdx >= cells.size()) {
                continue;
            }
            List<Part> parts = new ArrayList<>();
            String mergedLabel = null;
            for (int i = 0; i < labelIdx; i++) {
                String c = Clean.compact(cells.get(i));
                if (DIGITS.matcher(c).matches()) {
                    parts.add(new Part(i, c));
                } else {
                    String rest = Clean.prose(cells.get(i));
                    Matcher m = LEADING_DIGITS.matcher(rest);
                    if (m.matches() && Clean.hasHan(m.group(2)) && (i == 0 || parts.isEmpty())) {
                        // 22102 住房改革支出, 20805 06 机关事业单位职业年金缴费支出
                        for (; m.matches() && Clean.hasHan(m.group(2)); m = LEADING_DIGITS.matcher(rest)) {
                            parts.add(new Part(i, m.group(1)));
                            rest = m.group(2);
                        }
                        mergedLabel = rest;
                    }
                }
            }
            String label = Clean.prose(cells.get(labelIdx));
            String labelDigits = null;
            Matcher m = LEADING_DIGITS.matcher(label);
            if (m.matches() && Clean.hasHan(m.group(2))) {
                labelDigits = m.group(1);
                label = m.group(2);
            }
            if (label.isEmpty() && mergedLabel != null) {
                label = mergedLabel;
            }
            boolean total = TOTAL_LABEL.matcher(Clean.compact(label)).find();
            SubjectCode code = null;
            if (parts.isEmpty() && labelDigits != null) {
                parts.add(new Part(labelIdx, labelDigits)); // 01 住房公积金: the code's own part, completed below
                labelDigits = null;
            }
            if (!total && !parts.isEmpty()) {
                code = assemble(parts, labelDigits, layout.labelIdx() >= 3, cc, s, l, problems);
            }
            if (code == null && !total) {
                continue;
            }
            if (code != null) {
                cc.saw(code);
            }
            TableBuilder.Draft d = b.add(null, null, code, total ? Clean.compact(label) : label, l.no());
            if (code != null) {
                d.put("code", String.join(" ", parts.stream().map(Part::digits).toList())
                        + (labelDigits != null ? " " + labelDigits : ""));
            }
            d.put("name", total ? Clean.compact(label) : label);
            TableParsers.putAmounts(d, cells, labelIdx + 1, layout.keys(), l);
            String echo = String.join("", parts.stream().map(Part::digits).toList());
            if (labelDigits != null && echo.length() > labelDigits.length() && echo.endsWith(labelDigits)
                    && hasGap(d, layout.keys())) {
                d.unreadable = "科目编码末段“" + labelDigits + "”在名称栏开头又出现一次，且数字在印出的列之前空出一列："
                        + "导出时这一行的切分不同并丢失了一个数字，无法确定各数字属于哪一列";
                d.unreadableKeys.addAll(layout.keys());
            }
        }
        if (b.drafts.isEmpty()) {
            for (Line l : s.looseLines) {
                if (Flattened.looksFlattened(l)) {
                    return Flattened.parse(s, l, unit, problems);
                }
            }
        }
        return b;
    }

    /** An empty value column before a printed one (in the order of {@code keys}). */
    static boolean hasGap(TableBuilder.Draft d, List<String> keys) {
        boolean empty = false;
        for (String k : keys) {
            String v = d.raw.get(k);
            if (v == null || v.isBlank()) {
                empty = true;
            } else if (empty) {
                return true;
            }
        }
        return false;
    }

    private static int guessLabel(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (Clean.hasHan(c) && !LEADING_DIGITS.matcher(c).matches()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A subject code from the printed parts: whole ({@code 2080101}), split ({@code 208 | 01}), broken
     * ({@code 208 | 010 | 1}, {@code 210 | 1103 | 3} — once seven digits are reached, a further part
     * that repeats the code's last digits is an echo of the OCR and is dropped), with a label that starts
     * with the code's own part ({@code 22102 | 02 住房改革支出}), or without its 类/款, completed from the
     * rows above: with split columns the column tells whether a two-digit part is a 款 or a 项; with one
     * code column a two-digit code is a 项 of the last 款 (a 款 of the last 类 where there is none).
     */
    static SubjectCode assemble(List<Part> parts, String labelDigits, boolean splitColumns, RunningCode cc,
                                TableSegment s, Line l, List<Problem> problems) {
        List<Part> all = new ArrayList<>(parts);
        StringBuilder acc = new StringBuilder();
        if (!all.isEmpty() && (all.get(0).digits().length() == 2 || all.get(0).digits().length() == 4)) {
            Part first = all.get(0);
            String prefix = null;
            if (splitColumns && first.idx() == 1) {
                prefix = cc.classCode();
            } else if (splitColumns && first.idx() == 2) {
                prefix = cc.sectionCode();
            } else if (first.digits().length() == 4) {
                prefix = cc.classCode();
            } else {
                prefix = cc.sectionCode() != null ? cc.sectionCode() : cc.classCode();
            }
            if (prefix != null) {
                acc.append(prefix);
            }
        }
        for (Part p : all) {
            if (acc.length() >= 7) {
                if (!acc.toString().endsWith(p.digits())) {
                    problems.add(new Problem(ProblemKind.TABLE_NOT_UNDERSTOOD, s.title + "：编码各段 "
                            + all.stream().map(Part::digits).toList() + " 组不成科目编码",
                            Place.atLine(l.no())));
                    return null;
                }
                continue;
            }
            acc.append(p.digits());
        }
        if (labelDigits != null) {
            if (acc.length() == 0) {
                acc.append(labelDigits);
            } else if (!acc.toString().endsWith(labelDigits)) {
                acc.append(labelDigits);
            }
        }
        return SubjectCode.parse(acc.toString(), Scheme.FUNCTIONAL).orElseGet(() -> {
            problems.add(new Problem(ProblemKind.TABLE_NOT_UNDERSTOOD, s.title + "：“" + acc
                    + "”不是科目编码", Place.atLine(l.no())));
            return null;
        });
    }
}
