package io.github.suanzhang.core.table;

import io.github.suanzhang.core.text.TextNormalizer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a table title line and tells which {@link TableKind} it names, with the table number
 * printed beside it. Stateless and thread-safe.
 *
 * <p>The title variants come from the corpus survey ({@code tools/survey-titles.py},
 * {@code docs/corpus/table-titles.md}); that script carries the same table and rules, keep them in step.
 *
 * <p><b>Steps.</b>
 * <ol>
 * <li>Normalise ({@link TextNormalizer#matchKey}): NFKC (full-width brackets, colons, digits), drop quotes
 *     (“三公” / "三公" / 三公 all become 三公), 〔〕【】 to (), remove all whitespace (so 收 入 支 出 决 算 总 表
 *     reads as one word).</li>
 * <li>Take the number off: a formal number anywhere in the line (公开01表, 预算01-1表, 附表1, 表1, 表1-2,
 *     表一), else a leading ordinal (一、 / (一) / 1. / 2.1 / §1, never a year) or a trailing (1); also a
 *     trailing 单位:万元 and a leading colon (公开01表：收支预算总表).</li>
 * <li>Shape test, which is what keeps running text out ({@link #MAX_LENGTH} characters at most; no
 *     sentence punctuation ，。；！？; none of 详见 / 见附表 / 本表 / 反映 / 说明 / 《》 / dot leaders;
 *     no 、 except in "三公"经费、会议费、培训费; the rest must end with 表, bar bracketed qualifiers
 *     such as (按功能分类)). Part headings (…部门决算表, 部门预算报表, 预算公开表) are not titles.</li>
 * <li>Classify: every variant of every kind is matched; the longest match wins, so 财政拨款收入支出决算总表
 *     beats 收入支出决算总表 beats 支出决算表, and 收入决算表 is not found inside 收入支出决算总表 because a
 *     match must end the title. A match is discarded when the text before it names a fund or a
 *     government construct (一般公共预算收支总表 of a province is not a department's 收支总表).</li>
 * <li>Government-level titles (全省, 省级, 本级, 全区, 各市县, 分地区, 代编, 执行情况, 草案, 债务, 转移支付,
 *     社会保险基金, 一般公共预算收入…, or a place name directly before a fund name) are {@link TableKind#GENERIC}.</li>
 * </ol>
 * A title-shaped line naming no standard table is {@link TableKind#GENERIC}; a line that is not a
 * title gives {@link Optional#empty()}. The classifier sees one line: telling a table-of-contents entry
 * (一、收入支出决算总表 in the list of tables) from the title above a table needs the lines around it (a
 * following 单位：万元), which is the table locator's job.
 */
public final class TableTitleClassifier {

    /** Longest normalised line (number included) still taken as a title; real ones reach 45. */
    public static final int MAX_LENGTH = 70;

    /** How the number beside a title is written. */
    public enum NumberStyle {
        /** 公开01表 */
        GONGKAI,
        /** 预算01-1表 */
        BUDGET_CODE,
        /** 附表1 */
        ATTACHMENT,
        /** 表1, 表12-1 */
        TABLE_ARABIC,
        /** 表一, 表二十一 */
        TABLE_CHINESE,
        /** a list position: 一、 (一) 1. 2.1 §1 or a trailing (1) */
        ORDINAL
    }

    /**
     * A recognised title.
     *
     * @param kind        the kind; {@link TableKind#GENERIC} for a title naming no standard table
     * @param number      the number as printed after normalisation (公开01表, 表一, 一、), or null
     * @param numberStyle how the number is written, or null when there is none
     * @param variant     the matched title variant (normalised, e.g. 财政拨款三公经费支出决算表); null for GENERIC
     * @param title       the title without number and unit, normalised (e.g. 2023年度收入决算表)
     */
    public record Match(TableKind kind, String number, NumberStyle numberStyle, String variant, String title) {
        /** Requires a kind and a title. */
        public Match {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(title, "title");
        }

        /** The printed number, if any. */
        public Optional<String> numberText() {
            return Optional.ofNullable(number);
        }
    }

    private record Variant(TableKind kind, Pattern pattern) {
    }

    private static final List<Variant> VARIANTS = variants(Map.ofEntries(
            Map.entry(TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, List.of("收入支出决算总表")),
            Map.entry(TableKind.FINAL_INCOME, List.of("收入决算表")),
            Map.entry(TableKind.FINAL_EXPENDITURE, List.of("支出决算表")),
            Map.entry(TableKind.FINAL_FISCAL_SUMMARY, List.of("财政拨款收入支出决算总表")),
            Map.entry(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, List.of("一般公共预算财政拨款支出决算表")),
            Map.entry(TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE, List.of("一般公共预算财政拨款基本支出决算(明细)?表")),
            Map.entry(TableKind.FINAL_GOVERNMENT_FUND, List.of("政府性基金预算财政拨款收入支出决算表")),
            Map.entry(TableKind.FINAL_STATE_CAPITAL, List.of("国有资本经营预算财政拨款(收入)?支出决算表")),
            Map.entry(TableKind.FINAL_THREE_PUBLIC, List.of("财政拨款三公经费支出决算表")),
            Map.entry(TableKind.PERFORMANCE_SELF_EVALUATION,
                    List.of("(部门|单位)?(整体|项目)?(支出)?绩效自评(价)?表", "项目自评表")),

            Map.entry(TableKind.BUDGET_INCOME_EXPENDITURE_SUMMARY, List.of("(财务)?收支预算总表", "收支总表", "收支总体情况表")),
            Map.entry(TableKind.BUDGET_INCOME, List.of("收入预算总表", "收入总表", "收入总体情况表")),
            Map.entry(TableKind.BUDGET_EXPENDITURE, List.of("支出预算总表", "支出总表", "(本年)?支出总体情况表")),
            Map.entry(TableKind.BUDGET_FISCAL_SUMMARY, List.of("财政拨款收支预算总表", "财政拨款收支总表", "财政拨款收支总体情况表")),
            Map.entry(TableKind.BUDGET_FISCAL_EXPENDITURE, List.of("财政拨款支出预算表(\\(功能科目\\))?", "财政拨款支出表\\(功能科目\\)")),
            Map.entry(TableKind.BUDGET_FISCAL_BASIC_EXPENDITURE,
                    List.of("财政拨款基本支出预算表(\\(经济科目\\))?", "财政拨款基本支出表\\(经济科目\\)")),
            Map.entry(TableKind.BUDGET_GENERAL_BUDGET_EXPENDITURE, List.of("一般公共预算支出功能分类预算表",
                    "一般公共预算支出预算表(\\(功能科目\\))?", "一般公共预算支出表(\\(按功能分类(科目)?\\))?",
                    "一般公共预算支出情况表(\\(按功能分类(科目)?\\))?")),
            Map.entry(TableKind.BUDGET_GENERAL_BUDGET_EXPENDITURE_ECONOMIC,
                    List.of("一般公共预算支出表\\(按经济分类(科目)?\\)", "一般公共预算支出经济分类预算表")),
            Map.entry(TableKind.BUDGET_GENERAL_BUDGET_BASIC_EXPENDITURE, List.of("一般公共预算基本支出部门预算经济分类预算表",
                    "一般公共预算基本支出经济分类预算表", "一般公共预算基本支出预算表(\\(经济科目\\))?",
                    "一般公共预算基本支出表(\\(按经济分类(科目)?\\))?", "一般公共预算基本支出情况表(\\(按经济分类(科目)?\\))?")),
            Map.entry(TableKind.BUDGET_GENERAL_BUDGET_PROJECT_EXPENDITURE_ECONOMIC,
                    List.of("一般公共预算项目支出情况表(\\(按经济分类(科目)?\\))?")),
            Map.entry(TableKind.BUDGET_BASIC_EXPENDITURE, List.of("基本支出总表", "部门预算基本支出预算表")),
            Map.entry(TableKind.BUDGET_PROJECT_EXPENDITURE, List.of("项目支出总表", "部门预算项目支出及其他支出预算表", "项目支出(预算)?表")),
            Map.entry(TableKind.BUDGET_THREE_PUBLIC, List.of(
                    "(一般公共预算|财政拨款)?三公经费(和|及)机关运行经费(支出)?预算表",
                    "(一般公共预算|财政拨款)?三公经费、?会议费、?培训费(支出)?(预算)?表",
                    "财政拨款安排的行政经费及三公经费预算表",
                    "(一般公共预算|财政拨款)?三公经费(支出)?(预算|情况)?表")),
            Map.entry(TableKind.BUDGET_OPERATING_COSTS, List.of("(一般公共预算)?机关运行经费(支出)?预算表")),
            Map.entry(TableKind.BUDGET_GOVERNMENT_FUND, List.of("政府性基金预算支出功能分类预算表",
                    "政府性基金(预算|财政拨款)?支出(预算|情况)?表", "财政拨款政府性基金支出预算表")),
            Map.entry(TableKind.BUDGET_STATE_CAPITAL, List.of("国有资本经营预算支出功能分类预算表",
                    "国有资本经营预算(财政拨款)?支出(预算|情况)?表")),
            Map.entry(TableKind.BUDGET_GOVERNMENT_PROCUREMENT, List.of("政府采购(支出)?预算(明细)?表", "政府采购支出表")),
            Map.entry(TableKind.BUDGET_PERFORMANCE_TARGETS_OVERALL, List.of("(部门|单位)整体(支出)?绩效目标表")),
            Map.entry(TableKind.BUDGET_PERFORMANCE_TARGETS_PROJECT, List.of("项目(支出)?绩效目标表"))));

    /** Text before a match that makes it the tail of another table's name. */
    private static final Pattern GUARD_BEFORE = Pattern.compile(
            "一般公共预算|政府性基金|国有资本经营|社会保险基金|财政拨款|转移支付|债务|(基本|项目|专项|上级补助|平衡|经济分类|功能分类)$");
    /** Marks of a government-level table (总预算/总决算, 执行情况, debt, transfers). */
    private static final Pattern GOVERNMENT = Pattern.compile(
            "(省|市|县|区|州)(一般公共预算|政府性基金|国有资本经营|社会保险基金)|执行情况|草案|本级|全省|省级|全市|全区|区级"
                    + "|各市县|各区市|分地区|代编|全州|全县|对下|对各市|转移支付|债务|社会保险基金|平衡表"
                    + "|一般公共预算收入|政府性基金(预算)?收入|国有资本经营(预算)?收入|行政事业单位");

    private static final List<Map.Entry<NumberStyle, Pattern>> NUMBERS = List.of(
            Map.entry(NumberStyle.GONGKAI, Pattern.compile("公开(0?\\d{1,2}(-\\d+)?表|表[一二三四五六七八九十]+)")),
            Map.entry(NumberStyle.BUDGET_CODE, Pattern.compile("预算\\d{1,2}(-\\d+)?表")),
            Map.entry(NumberStyle.ATTACHMENT, Pattern.compile("附表\\d+(-\\d+)?")),
            Map.entry(NumberStyle.TABLE_ARABIC, Pattern.compile("表\\d+(-\\d+)?")),
            Map.entry(NumberStyle.TABLE_CHINESE, Pattern.compile("表[一二三四五六七八九十]+")));
    private static final Pattern ORDINAL_PREFIX = Pattern.compile("^(第[一二三四五六七八九十]+部分)?"
            + "(\\([一二三四五六七八九十]+\\)|[一二三四五六七八九十]+、|§\\d+|\\d{1,2}(\\.\\d{1,2})?(?=(19|20)\\d{2}年|[^\\d年])[.、]?)");
    private static final Pattern TRAILING_ORDINAL = Pattern.compile("\\(\\d+\\)$");
    private static final Pattern UNIT_TAIL = Pattern.compile("(金额)?单位:?(万元|元|千元|亿元)$");
    private static final Pattern QUALIFIER_TAIL = Pattern.compile("\\([^()]{1,12}\\)$");
    private static final Pattern QUALIFIERS_ONLY = Pattern.compile("(\\([^()]{1,12}\\))*");
    private static final Pattern NARRATIVE = Pattern.compile("[,.;!?。]|详见|见附表|本表|反映|说明|《|》|…|···|\\d+\\)$");
    private static final Pattern PART_HEADING = Pattern.compile(
            "(部门|单位)(预算|决算)(报)?表$|预算公开表$|决算报表$|预算报表$|^表$");

    /** The kind named by a title line; empty when the line is not a table title. */
    public Optional<TableKind> classify(String titleLine) {
        return match(titleLine).map(Match::kind);
    }

    /** The full result for a title line; empty when the line is not a table title. */
    public Optional<Match> match(String titleLine) {
        if (titleLine == null) {
            return Optional.empty();
        }
        String s = TextNormalizer.matchKey(titleLine);
        if (s.isEmpty() || s.length() > MAX_LENGTH || s.indexOf('表') < 0) {
            return Optional.empty();
        }
        // The ordinal's dot (1. / 2.1) is not narrative punctuation: test the shape after taking it off.
        NumberStyle style = null;
        String number = null;
        String rest = s;
        boolean found = false;
        for (Map.Entry<NumberStyle, Pattern> e : NUMBERS) {
            Matcher m = e.getValue().matcher(s);
            if (m.find()) {
                style = e.getKey();
                number = m.group();
                rest = s.substring(0, m.start()) + s.substring(m.end());
                found = true;
                break;
            }
        }
        if (!found) {
            Matcher m = ORDINAL_PREFIX.matcher(s);
            if (m.find() && m.group(2) != null) {
                style = NumberStyle.ORDINAL;
                number = m.group(2);
                rest = s.substring(m.end());
            } else {
                Matcher t = TRAILING_ORDINAL.matcher(s);
                if (t.find()) {
                    style = NumberStyle.ORDINAL;
                    number = t.group();
                    rest = s.substring(0, t.start());
                }
            }
        }
        rest = UNIT_TAIL.matcher(rest).replaceFirst("");
        rest = rest.replaceFirst("^:+", "");
        if (NARRATIVE.matcher(rest).find() || rest.length() < 3) {
            return Optional.empty();
        }
        String base = rest;
        for (Matcher q = QUALIFIER_TAIL.matcher(base); q.find(); q = QUALIFIER_TAIL.matcher(base)) {
            base = base.substring(0, q.start());
        }
        if (!base.endsWith("表") || PART_HEADING.matcher(base).find()) {
            return Optional.empty();
        }
        if (rest.indexOf('、') >= 0 && !rest.contains("三公经费、")) {
            return Optional.empty();
        }
        return Optional.of(classifyTitle(rest, number, style));
    }

    private static Match classifyTitle(String rest, String number, NumberStyle style) {
        TableKind best = null;
        String variant = null;
        int bestLength = -1;
        for (Variant v : VARIANTS) {
            Matcher m = v.pattern().matcher(rest);
            while (m.find()) {
                if (GUARD_BEFORE.matcher(rest.substring(0, m.start())).find()) {
                    continue;
                }
                if (!QUALIFIERS_ONLY.matcher(rest.substring(m.end())).matches()) {
                    continue;
                }
                int length = m.end() - m.start();
                if (length > bestLength) {
                    best = v.kind();
                    variant = m.group();
                    bestLength = length;
                }
            }
        }
        if (best == null || (best != TableKind.PERFORMANCE_SELF_EVALUATION && GOVERNMENT.matcher(rest).find())) {
            return new Match(TableKind.GENERIC, number, style, null, rest);
        }
        return new Match(best, number, style, variant, rest);
    }

    private static List<Variant> variants(Map<TableKind, List<String>> table) {
        java.util.ArrayList<Variant> out = new java.util.ArrayList<>();
        for (TableKind k : TableKind.values()) {
            for (String regex : table.getOrDefault(k, List.of())) {
                out.add(new Variant(k, Pattern.compile(regex)));
            }
        }
        return List.copyOf(out);
    }
}
