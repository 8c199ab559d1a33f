package io.github.suanzhang.extract.export;

import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.extract.typing.AmountColumns;
import io.github.suanzhang.extract.typing.RunningCode;
import io.github.suanzhang.extract.typing.SubjectCodes;
import io.github.suanzhang.extract.typing.SubjectCodes.Part;
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

    /** The keys of the printed amount columns ({@link AmountColumns#printed}); a count that does not fit is a problem. */
    static List<String> amountKeys(TableSegment s, int printed, List<Problem> problems) {
        AmountColumns.Printed p = AmountColumns.printed(s.kind.columns(), printed);
        if (!p.fits()) {
            problems.add(new Problem(ProblemKind.TABLE_NOT_UNDERSTOOD, s.title + "：印有 " + printed
                    + " 个金额列，而标准格式为 " + AmountColumns.keys(s.kind.columns()).size() + " 列；按前几列处理",
                    Place.atLine(s.titleLine.no())));
        }
        return p.keys();
    }

    /**
     * One-sided tables with subject codes (公开02/03/05/07/08表 and the budget kinds alike). The 栏次 line
     * fixes the layout: the cell holding 栏次 is the label column, the cells before it hold the code (one
     * whole-code column or split 类 | 款 | 项 columns), and the numbered cells after it are the amount
     * columns, mapped to {@link #amountKeys}. Lines above the 栏次 line are headers. A later line is a row
     * when its label is 合计/总计 (spaces and OCR noise before it are ignored: {@code 大林 | 合 计}) or its code
     * cells form a subject code ({@link SubjectCodes#parts}); anything else (stamp noise, repeated headers) is
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
                SubjectCodes.Result r = SubjectCodes.parts(parts, labelDigits, layout.labelIdx() >= 3, cc);
                code = r.code();
                if (r.problem() != null) {
                    problems.add(new Problem(ProblemKind.TABLE_NOT_UNDERSTOOD, s.title + "：" + r.problem(),
                            Place.atLine(l.no())));
                }
            }
            if (code == null && !total) {
                continue;
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
}
