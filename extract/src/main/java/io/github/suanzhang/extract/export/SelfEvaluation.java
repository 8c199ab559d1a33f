package io.github.suanzhang.extract.export;

import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.NumberContext;
import io.github.suanzhang.core.number.NumberParser;
import io.github.suanzhang.core.number.ParseResult;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Cell;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 绩效自评表 (整体 or 项目) as an OCR export prints it: merged cells spread over lines, labels wrapped
 * inside cells ({@code 月业务经办 | 量(4分)}), two indicators in one cell, a score run into the cell
 * before it ({@code 938人次 5}). Rows, in print order:
 * <ul>
 * <li>{@code 预算执行情况}: the line whose last four cells are 预算数 (A), 执行数 (B), 执行率 and 得分;
 *     {@code target} = A and {@code actual} = B in the table's unit, {@code score} = 得分,
 *     {@code weight} = the {@code (20分)} printed before them, {@code level2} = the printed 口径
 *     (部门整体支出总额 / 年度财政资金总额, as the OCR gives it);</li>
 * <li>{@code 执行率(B/A)}: the same line's 执行率 in {@code actual} (a percentage), so it can be checked
 *     against B/A;</li>
 * <li>one row per indicator after the 一级指标 / 三级指标 header: {@code indicator} = the indicator's
 *     text (cells joined, spaces removed), {@code weight} = the {@code (4分)} at its end when printed
 *     (else none: it is not inferred), {@code target} / {@code actual} kept raw with the number in them
 *     ({@code 600份} → 600, {@code 98.5%以上} → 98.5%, {@code 无} → no figure), {@code score};</li>
 * <li>{@code 总分}: {@code score}.</li>
 * </ul>
 * Levels: {@code level2} is the template name of the 二级指标 (数量指标, 质量指标, 时效指标, 成本指标,
 * 社会/经济/生态效益指标, 可持续影响指标, 满意度指标) found among the cells left of the indicator, spelled
 * out in full (the OCR splits 质量指 | 标(10 分) over lines); {@code level1} is its template 一级指标
 * (产出指标, 效益指标, 满意度指标). A 二级指标 label stands in the middle of its merged cell, so
 * indicators above the first label take the first label, and each later indicator takes the last
 * label above it — unless that label printed its weight and its indicators' weights already reach
 * it, in which case the indicator belongs to the next label. The lines after 总分 (偏差原因, 改进措施)
 * become notes. An indicator line that ends in a score but cannot be made a row (no indicator text, too
 * few figures) is a {@link io.github.suanzhang.core.doc.ProblemKind#TABLE_NOT_UNDERSTOOD} problem at its
 * line: the rows read are then not the whole table (the 总分 check must not run).
 */
final class SelfEvaluation {

    private static final Pattern LEVEL2 = Pattern.compile("(数量|质量|时效|成本|社会效益|经济效益|生态效益|可持续影响|服务对象满意度|满意度)指");
    private static final Pattern LEVEL_WEIGHT = Pattern.compile("指标?\\(?(\\d+)");
    /** A cell that only continues a level's label: 标(10分), (40分), 分), ). */
    private static final Pattern FRAGMENT = Pattern.compile("^(指?标)?[()\\d分]*$");
    private static final Pattern WEIGHT = Pattern.compile("\\((\\d+(?:\\.\\d+)?)(分\\)?|\\)|$)");
    private static final Pattern INDICATOR_END = Pattern.compile("\\(\\d+(?:\\.\\d+)?分\\)");
    private static final Pattern RUN_IN_SCORE = Pattern.compile("^(.*?\\S)\\s+(\\d+(?:\\s?\\.\\s?\\d+)?)$");
    private static final Pattern BUDGET_WEIGHT = Pattern.compile("(\\d+)分");

    private SelfEvaluation() {
    }

    private static final class Indicator {
        final TableBuilder.Draft draft;
        final String level2;
        final Integer level2Weight;
        final java.math.BigDecimal weight;

        Indicator(TableBuilder.Draft draft, String level2, Integer level2Weight, java.math.BigDecimal weight) {
            this.draft = draft;
            this.level2 = level2;
            this.level2Weight = level2Weight;
            this.weight = weight;
        }
    }

    static TableBuilder parse(TableSegment s, Unit unit, List<Problem> problems) {
        TableBuilder b = new TableBuilder(s.id, s.kind, s.kind.columns());
        boolean indicators = false;
        boolean done = false;
        List<Indicator> found = new ArrayList<>();
        Deque<String> queued = new ArrayDeque<>();
        for (Line l : s.tableLines) {
            List<String> cells = Clean.cells(l.raw());
            Place place = Place.atLine(l.no());
            String compact = Clean.compact(String.join("", cells));
            if (done) {
                s.notes.add(Clean.prose(String.join(" ", cells.stream().filter(c -> !c.isEmpty()).toList())));
                continue;
            }
            if (Clean.compact(cells.get(0)).startsWith("总分")) {
                TableBuilder.Draft d = b.add(null, null, null, "总分", l.no());
                d.put("indicator", "总分");
                cells.stream().skip(1).filter(c -> !c.isEmpty()).findFirst().ifPresent(v -> {
                    d.put("score", v);
                    d.embedded.add("score");
                });
                done = true;
                continue;
            }
            List<int[]> values = new ArrayList<>();
            for (int i = cells.size() - 1; i >= 0 && values.size() < 4; i--) {
                if (!cells.get(i).isEmpty()) {
                    values.add(new int[] {i});
                }
            }
            if (!indicators) {
                if (compact.contains("一级指标") || (compact.contains("三级") && compact.contains("指标"))) {
                    indicators = true;
                    continue;
                }
                if (values.size() == 4 && cells.get(values.get(1)[0]).endsWith("%")
                        && number(cells.get(values.get(0)[0])) && number(cells.get(values.get(2)[0]))
                        && number(cells.get(values.get(3)[0]))) {
                    budget(b, cells, values, unit, place, l);
                }
                continue;
            }
            // an indicator line: score, actual, target from the right
            int scoreIdx = values.isEmpty() ? -1 : values.get(0)[0];
            if (scoreIdx < 0) {
                continue;
            }
            String score = cells.get(scoreIdx);
            String actual;
            String target;
            int targetIdx;
            if (number(score)) {
                if (values.size() < 3) {
                    lost(s, l, problems);
                    continue;
                }
                actual = cells.get(values.get(1)[0]);
                target = cells.get(values.get(2)[0]);
                targetIdx = values.get(2)[0];
            } else {
                Matcher run = RUN_IN_SCORE.matcher(score);
                if (!run.matches()) {
                    continue;
                }
                if (values.size() < 2) {
                    lost(s, l, problems);
                    continue;
                }
                actual = run.group(1);
                score = run.group(2);
                target = cells.get(values.get(1)[0]);
                targetIdx = values.get(1)[0];
            }
            String level2 = null;
            Integer level2Weight = null;
            StringBuilder text = new StringBuilder();
            int i = targetIdx - 1;
            while (i >= 0 && cells.get(i).isEmpty()) {
                i--;
            }
            boolean collecting = true;
            for (; i >= 0; i--) {
                String c = Clean.compact(cells.get(i));
                Matcher lv = LEVEL2.matcher(c);
                if (lv.find()) {
                    level2 = lv.group(1) + "指标";
                    Matcher w = LEVEL_WEIGHT.matcher(c.substring(lv.end() - 1));
                    level2Weight = w.find() ? Integer.valueOf(w.group(1)) : null;
                    collecting = false;
                    continue;
                }
                if (c.isEmpty() || FRAGMENT.matcher(c).matches()) {
                    collecting = false;
                    continue;
                }
                if (collecting) {
                    text.insert(0, c);
                }
            }
            List<String> names = splitIndicators(text.toString());
            String name;
            if (names.isEmpty()) {
                name = queued.poll();
                if (name == null) {
                    lost(s, l, problems);
                    continue;
                }
            } else {
                name = names.get(0);
                queued.addAll(names.subList(1, names.size()));
            }
            TableBuilder.Draft d = new TableBuilder.Draft(null, null, null, name, l.no());
            b.drafts.add(d);
            d.put("indicator", name);
            java.math.BigDecimal weight = null;
            Matcher w = WEIGHT.matcher(name);
            String weightRaw = null;
            while (w.find()) {
                weightRaw = w.group();
                weight = new java.math.BigDecimal(w.group(1));
            }
            if (weight != null) {
                d.given.put("weight", new Cell(weightRaw, new Amount(weight, Math.max(0, weight.scale()), Unit.NONE,
                        weightRaw), place, false));
            }
            d.put("target", target).put("actual", actual).put("score", score);
            d.embedded.addAll(List.of("target", "actual", "score"));
            found.add(new Indicator(d, level2, level2Weight, weight));
        }
        assignLevels(found);
        return b;
    }

    /** An indicator line that ends in a score but could not be read as a row: the table is incomplete. */
    private static void lost(TableSegment s, Line l, List<Problem> problems) {
        problems.add(new Problem(io.github.suanzhang.core.doc.ProblemKind.TABLE_NOT_UNDERSTOOD, s.title
                + "：一行指标以得分结尾，但其指标名称或数字无法读取，本表的行不完整", Place.atLine(l.no())));
    }

    private static boolean number(String s) {
        Matcher m = Pattern.compile("^[\\d.,\\s]+%?$").matcher(s);
        return m.matches() && NumberParser.parse(s, NumberContext.ANY) instanceof ParseResult.Parsed;
    }

    /** Splits a cell holding several indicators after each {@code (N分)}. */
    static List<String> splitIndicators(String text) {
        List<String> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        Matcher m = INDICATOR_END.matcher(text);
        int start = 0;
        while (m.find()) {
            if (m.end() < text.length()) {
                out.add(text.substring(start, m.end()));
                start = m.end();
            }
        }
        out.add(text.substring(start));
        return out;
    }

    private static void budget(TableBuilder b, List<String> cells, List<int[]> values, Unit unit, Place place,
                               Line l) {
        int aIdx = values.get(3)[0];
        String left = Clean.compact(String.join("", cells.subList(0, aIdx)));
        String level2 = "";
        for (int i = aIdx - 1; i >= 0; i--) {
            if (!cells.get(i).isEmpty()) {
                level2 = Clean.compact(cells.get(i));
                break;
            }
        }
        TableBuilder.Draft d = b.add(null, null, null, "预算执行情况", l.no());
        d.put("level1", "预算执行情况").put("level2", level2);
        Matcher w = BUDGET_WEIGHT.matcher(left);
        if (w.find()) {
            java.math.BigDecimal weight = new java.math.BigDecimal(w.group(1));
            d.given.put("weight", new Cell(w.group(), new Amount(weight, 0, Unit.NONE, w.group()), place, false));
        }
        money(d, "target", cells.get(aIdx), unit, place);
        money(d, "actual", cells.get(values.get(2)[0]), unit, place);
        d.put("score", cells.get(values.get(0)[0]));
        d.embedded.add("score");
        TableBuilder.Draft r = b.add(null, null, null, "执行率(B/A)", l.no());
        r.put("level1", "预算执行情况").put("indicator", "执行率(B/A)");
        r.given.put("actual", TableBuilder.embeddedCell(cells.get(values.get(1)[0]), place));
    }

    private static void money(TableBuilder.Draft d, String key, String raw, Unit unit, Place place) {
        ParseResult.Parsed p = TableParsers.amount(raw, unit, null);
        d.given.put(key, p == null ? Cell.text(raw, place) : new Cell(raw, p.amount(), place, p.repaired()));
    }

    private static final Map<String, String> LEVEL1 = Map.of("数量指标", "产出指标", "质量指标", "产出指标",
            "时效指标", "产出指标", "成本指标", "产出指标", "社会效益指标", "效益指标", "经济效益指标", "效益指标",
            "生态效益指标", "效益指标", "可持续影响指标", "效益指标", "服务对象满意度指标", "满意度指标",
            "满意度指标", "满意度指标");

    /** See the class comment. */
    private static void assignLevels(List<Indicator> rows) {
        List<Indicator> pending = new ArrayList<>();
        String current = null;
        Integer currentWeight = null;
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        List<Map.Entry<Indicator, String>> assigned = new ArrayList<>();
        for (Indicator r : rows) {
            if (r.level2 != null) {
                current = r.level2;
                currentWeight = r.level2Weight;
                sum = java.math.BigDecimal.ZERO;
                for (Indicator p : pending) {
                    assigned.add(Map.entry(p, current));
                    sum = sum.add(p.weight == null ? java.math.BigDecimal.ZERO : p.weight);
                }
                pending.clear();
                assigned.add(Map.entry(r, current));
                sum = sum.add(r.weight == null ? java.math.BigDecimal.ZERO : r.weight);
            } else if (current == null || (currentWeight != null && sum.compareTo(java.math.BigDecimal.valueOf(currentWeight)) >= 0)) {
                pending.add(r);
            } else {
                assigned.add(Map.entry(r, current));
                sum = sum.add(r.weight == null ? java.math.BigDecimal.ZERO : r.weight);
            }
        }
        for (Indicator p : pending) {
            assigned.add(Map.entry(p, current));
        }
        for (Map.Entry<Indicator, String> e : assigned) {
            if (e.getValue() != null) {
                e.getKey().draft.put("level2", e.getValue());
                e.getKey().draft.put("level1", LEVEL1.get(e.getValue()));
            }
        }
    }
}
