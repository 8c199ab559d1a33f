package io.github.suanzhang.reconcile.rules.narrative;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.FindingFigure;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import io.github.suanzhang.reconcile.rules.Applicability;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A year in a fiscal sentence that is neither the report's year Y nor the year before, where the sentence
 * speaks of the report's own figures. A 部门/单位 预算 or 决算 of year Y states its figures for Y and compares
 * them with Y−1 (上年); two places in a sentence carry that year:
 * <ul>
 *   <li>the <b>time of a figure</b>: the year heads a clause that names a fiscal measure (收入, 支出, 预算,
 *       决算, 拨款, 经费, 收支) and prints an amount — {@code 2027年收入预算合计4,651.67万元} in a 2026 预算;</li>
 *   <li>the <b>base of a comparison</b>: the year follows 比/较/与/同 in a sentence that states a change —
 *       {@code 与2021年度相比,支出合计减少244.12万元} in a 2023 决算, whose base is 2022.</li>
 * </ul>
 * Not judged (legitimate mentions of other years): ranges ({@code 2024-2035年}, {@code 2025至2027年}); dates
 * ({@code 2023年12月}, {@code 截至2021年底}); years in brackets or titles ({@code (含2022年及以往)},
 * {@code 《…(2016年-2035年)》}); founding years ({@code 成立于2019年}); earlier years in sentences about
 * carry-overs and history ({@code 2024年结转资金}, 历年, 以前年度, 累计); later years in plans ({@code 计划},
 * {@code 预计}, {@code 将}, {@code 到2030年}); next year's budget named in a 决算 ({@code 2025年预算}); the
 * report's own year as a base (a 决算 comparing with its own 预算; in a 预算 that is {@code text.year}'s);
 * a sentence {@code narrative.year} already reports (another year's report of this type). Government-level
 * reports are not judged ({@link Applicability#departmental}). WARNING: the figure is attributed to the wrong
 * year, or compared with the wrong one; the figures themselves are judged by the other rules.
 */
@RuleMeta(id = "narrative.measure-year", severity = Severity.WARNING, summary = "情况说明中本年数字所标年度为报告年度、比较基数为上年")
public final class MeasureYearRule implements Rule {
    static final String ID = "narrative.measure-year";
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(20[0-9]{2})年");
    private static final Pattern MONEY = Pattern.compile("[0-9](?:\\.[0-9]+)?(?:万元|亿元|千元|元)");
    private static final Pattern FISCAL = Pattern.compile("预算|决算|收入|支出|拨款|经费|收、支|收支");
    private static final Pattern CHANGE = Pattern.compile("增加|减少|增长|下降|上升|降低|持平|增幅|降幅|增减");
    private static final String CLAUSE_END = ",;:。!?";
    /** Immediately before the year: a comparison's base. */
    private static final Pattern BASE = Pattern.compile("(?:比|较|与|同|和|对比|相比)$");
    /** Immediately before the year: a range, a date, a founding. */
    private static final Pattern NOT_BEFORE = Pattern.compile("(?:[-—－~～至到]|截至|截止|自|从|于|起|成立|组建|设立|始建)$");
    /** Right after {@code 年}: a range's second year, a date, a span. */
    private static final Pattern NOT_AFTER = Pattern.compile("^(?:度)?(?:[-—－~～至到]|[0-9]{1,2}月|底|末|以来|以前|以后|之前|之后|前|后|及以前|及以往|及以后)");
    private static final Pattern HISTORY = Pattern.compile("历年|往年|以前年度|累计|结转|结余|成立|组建|设立");
    private static final Pattern PLAN = Pattern.compile("计划|规划|预计|预期|拟|将|目标|力争|到|展望|中期");
    private static final Pattern NEXT_BUDGET = Pattern.compile("^(?:度)?(?:部门|单位)?预算");
    /** The year stands alone before the sentence's first comma, after at most a list label. */
    private static final Pattern LABEL = Pattern.compile("(?:[(（]?[一二三四五六七八九十0-9]{1,3}[)）、.．]?)?");
    /** 本单位2025年度无国有资本经营预算财政拨款收入和支出: the year's own figures stated as nil. */
    private static final Pattern NONE = Pattern.compile("^度?[^0-9]{0,24}?(?:无|没有|未安排|未发生)");
    private static final Pattern FOUNDED_BEFORE = Pattern.compile("(?:成立于|组建于|设立于|成立)$");
    private static final Pattern FOUNDED_AFTER = Pattern.compile("^(?:度)?(?:新)?(?:成立|组建|设立)");
    private static final Pattern AS_OF = Pattern.compile("(?:截至|截止|截止到|截止至)$");

    /** Where the year stands. */
    private enum Role {
        /** the time of the report's own figures */
        FIGURE,
        /** the base of a comparison */
        BASE,
        /** the founding of the unit, later than the report's year */
        FOUNDING,
        /** a date the report could not yet know */
        DATE
    }

    @Override
    public Stream<Finding> check(Disclosure d) {
        Integer year = d.document().year();
        DocumentType type = d.document().type();
        if (year == null || type == DocumentType.UNKNOWN || !Applicability.departmental(d)) {
            return Stream.empty();
        }
        List<Finding> out = new ArrayList<>();
        for (Statement s : d.statements()) {
            check(s, year, type).ifPresent(out::add);
        }
        return out.stream();
    }

    /** The first year of the sentence that is misplaced, as a finding. */
    static Optional<Finding> check(Statement s, int year, DocumentType type) {
        String t = s.text().replaceAll("\\s", "");
        boolean fiscal = FISCAL.matcher(t).find();
        boolean money = MONEY.matcher(t).find();
        boolean changes = CHANGE.matcher(t).find() || s.claims().stream().anyMatch(c -> c.kind() == ClaimKind.CHANGE);
        Matcher m = YEAR.matcher(t);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y == year || y == year - 1 || reportedElsewhere(s, y, year, type)) {
                continue;
            }
            String before = t.substring(0, m.start());
            String after = t.substring(m.end());
            String clause = clause(t, m.start(), m.end());
            if (y > year && !PLAN.matcher(clause).find() && !inBrackets(t, m.start())) {
                // a later year where only an earlier one can stand: a founding, a date the report could not know
                if (fiscal && (FOUNDED_BEFORE.matcher(before).find() || FOUNDED_AFTER.matcher(after).find())) {
                    return Optional.of(finding(s, y, year, type, Role.FOUNDING));
                }
                if (AS_OF.matcher(before).find() && money && y > year + (type == DocumentType.FINAL_ACCOUNTS ? 1 : 0)) {
                    return Optional.of(finding(s, y, year, type, Role.DATE));
                }
            }
            if (!fiscal || NOT_BEFORE.matcher(before).find() || NOT_AFTER.matcher(after).find() || inBrackets(t, m.start())
                    || (y < year && HISTORY.matcher(t).find())) {
                continue;
            }
            if (y > year && PLAN.matcher(clause).find()) {
                continue;
            }
            if (type == DocumentType.FINAL_ACCOUNTS && y == year + 1 && NEXT_BUDGET.matcher(after).find()) {
                continue;
            }
            if (BASE.matcher(before).find()) {
                if (changes && (money || t.contains("%"))) {
                    return Optional.of(finding(s, y, year, type, Role.BASE));
                }
                continue;
            }
            String rest = clauseAfter(t, m.end());
            if (rest.length() <= 1 && LABEL.matcher(before).matches() && m.end() + rest.length() < t.length()) {
                // 2027年,本部门机关运行经费安排523.62万元: the year is a clause of its own, heading the sentence
                rest = clauseAfter(t, m.end() + rest.length() + 1);
            }
            if (FISCAL.matcher(rest).find() && (MONEY.matcher(rest).find() || NONE.matcher(rest).find())) {
                return Optional.of(finding(s, y, year, type, Role.FIGURE));
            }
        }
        return Optional.empty();
    }

    /** {@code narrative.year} reports this sentence for this year (another year's report of this type). */
    private static boolean reportedElsewhere(Statement s, int y, int year, DocumentType type) {
        for (Claim c : s.claims()) {
            if (c.kind() == ClaimKind.YEAR_REFERENCE && c.year() != null && c.year() == y
                    && YearReferenceRule.judges(s.text(), c, year, type)) {
                return true;
            }
        }
        return false;
    }

    /** Whether position {@code p} is inside brackets or quotation marks opened before it in the sentence. */
    static boolean inBrackets(String t, int p) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < p; i++) {
            char c = t.charAt(i);
            if (c == '(' || c == '（' || c == '《' || c == '【' || c == '[') {
                depth++;
            } else if ((c == ')' || c == '）' || c == '》' || c == '】' || c == ']') && depth > 0) {
                depth--;
            } else if (c == '“' || c == '”' || c == '"') {
                quoted = c == '“' || (c == '"' && !quoted);
                if (c == '”') {
                    quoted = false;
                }
            }
        }
        return depth > 0 || quoted;
    }

    private static String clause(String t, int start, int end) {
        int s = start;
        while (s > 0 && CLAUSE_END.indexOf(t.charAt(s - 1)) < 0) {
            s--;
        }
        return t.substring(s, end) + clauseAfter(t, end);
    }

    /** From {@code end} to the end of its clause (a comma inside a figure such as 4,651.67 does not end it). */
    private static String clauseAfter(String t, int end) {
        int e = end;
        while (e < t.length()) {
            char c = t.charAt(e);
            boolean groupComma = c == ',' && e > 0 && e + 1 < t.length() && Character.isDigit(t.charAt(e - 1))
                    && Character.isDigit(t.charAt(e + 1));
            if (CLAUSE_END.indexOf(c) >= 0 && !groupComma) {
                break;
            }
            e++;
        }
        return t.substring(end, e);
    }

    private static Finding finding(Statement s, int stated, int year, DocumentType type, Role where) {
        String report = "本报告为" + year + "年度" + type.label() + "，";
        String msg = switch (where) {
            case BASE -> report + "情况说明以" + stated + "年为比较基数，上年应为" + (year - 1) + "年。";
            case FIGURE -> report + "情况说明却把本报告的数字标为" + stated + "年（既非本年度" + year + "年，也非上年" + (year - 1) + "年）。";
            case FOUNDING -> report + "情况说明却称单位" + stated + "年成立，晚于报告年度。";
            case DATE -> report + "情况说明却称截至" + stated + "年，晚于报告能知道的日期。";
        };
        Map<String, Amount> fig = new LinkedHashMap<>();
        fig.put(FindingFigure.STATED, new Amount(BigDecimal.valueOf(stated), 0, Unit.NONE, String.valueOf(stated)));
        fig.put("report", new Amount(BigDecimal.valueOf(year), 0, Unit.NONE, String.valueOf(year)));
        return new Finding(ID, Severity.WARNING, msg, fig, List.of(Evidence.at(s.place(), s.text())));
    }
}
