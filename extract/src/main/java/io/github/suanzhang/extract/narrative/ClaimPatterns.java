package io.github.suanzhang.extract.narrative;

import io.github.suanzhang.core.doc.Direction;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and patterns of the claim reader, compiled once, and the small text helpers built on them
 * (a lead cleaned to its subject words, a stated measure, a direction word, a year). Package-private;
 * stateless.
 */
final class ClaimPatterns {

    // ---- figures -------------------------------------------------------------------------------
    static final Pattern MONEY_OR_PERCENT = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(万元|亿元|千元|元|%)");
    static final Pattern COUNT = Pattern.compile(
            "(?<![\\d.,第])(\\d{1,3}(?:,\\d{3})+|\\d+)(台\\(套\\)|辆|个|台|套|人次|名|人|家|份)");
    /**
     * A zero printed without a unit ({@code 政府性基金拨款支出预算为0;}): nothing, in any unit. Read as 0元 with
     * 0 decimals, the finest monetary reading (in 万元 it is 0.0000), so that a table's non-zero cell differs.
     */
    static final Pattern UNITLESS_ZERO = Pattern.compile("(?<![率比重]为)(?<=为)0(?=[,;。!?]|$)");
    static final Pattern THRESHOLD_AFTER = Pattern.compile("^(?:\\(含\\))?(?:及?以上|及?以下)");
    // ---- words -----------------------------------------------------------------------------------
    static final String DIR_WORDS = "无增减|增加|增长|上升|减少|下降|降低|持平|小于|大于|高于|低于|一致";
    static final Pattern DIR = Pattern.compile(DIR_WORDS);
    static final Pattern DIR_AT_END = Pattern.compile("(?:" + DIR_WORDS + ")(?:了|为|各)?$");
    static final Pattern DIR_AT_START = Pattern.compile("^(?:各|了)?(?:" + DIR_WORDS + ")");
    static final Pattern REASON_AFTER = Pattern.compile("^(?:的)?主要原因");
    static final Pattern EXPLANATION = Pattern.compile("原因(?:是|为|主要是)?:?|主要是:|主要用于");
    static final Pattern BASE_WITH = Pattern.compile("与([^,;:。]{1,24}?)(?:相比|比较)");
    static final Pattern BASE_THAN = Pattern.compile("(?:比|较)([^,;:。]{1,24}?)(?=(?:\\d[\\d,.]*(?:万元|亿元|元))?(?:" + DIR_WORDS + "))");
    static final Pattern BASE_FLAT = Pattern.compile("与([^,;:。]{1,24}?)(?=(?:基本)?(?:持平|一致|相同))");
    static final List<Pattern> BASES = List.of(BASE_WITH, BASE_THAN, BASE_FLAT);
    private static final Pattern STRIP_THAN = Pattern.compile("(?:比|较)[^,;:。]{1,24}?(?=" + DIR_WORDS + "|$)");
    private static final Pattern STRIP_FLAT = Pattern.compile("与[^,;:。]{1,24}?(?=(?:基本)?(?:持平|一致))");
    static final Pattern SHARE_MARK = Pattern.compile("占");
    static final Pattern RATE_MARK = Pattern.compile("完成|执行率|完成率|执行进度");
    static final Pattern RATE_BASE = Pattern.compile("完成(.*?)的?$");
    static final Pattern YEAR = Pattern.compile("(?<![\\d〔\\[])(\\d{4})(?:年度|年)(?!\\d{1,2}月|底|末)");
    private static final Pattern YEAR_IN = Pattern.compile("(\\d{4})年");
    static final Pattern YEAR_NOUN = Pattern.compile(
            "^(?:当年)?(部门决算|单位决算|部门预算|单位预算|年初预算数|年初预算|预算执行数|预算数|预算安排|预算|决算数|决算)");
    static final Pattern INTRODUCER = Pattern.compile("其中:?|(?:具体|主要)?包括:?|主要用于以下方面:");
    static final Pattern ITEM_NUMBER = Pattern.compile(
            "^(?:\\d{1,2}[.、](?!\\d)|\\(\\d{1,2}\\)|\\([一二三四五六七八九十]{1,3}\\)|[一二三四五六七八九十]{1,3}、)");
    /** The base after 小于/大于/高于/低于: {@code 低于上年的…}. */
    static final Pattern BASE_AFTER_COMPARATIVE = Pattern.compile("^([^,;:。的]{1,20}?)(?:的|,|;|:|。|$)");
    // ---- class names ------------------------------------------------------------------------------
    private static final String NAME = "[^()\\d,;:。“”\"'、\\s]{1,30}?";
    static final Pattern CLASS_TRIPLE = Pattern.compile(
            "(" + NAME + ")\\((\\d{3})?类\\)(?:(" + NAME + ")\\((\\d{2}|\\d{5})?款\\))?(?:(" + NAME + ")\\((\\d{2}|\\d{7})?项\\))?");
    static final Pattern LONE_TAG = Pattern.compile("(" + NAME + ")\\((\\d{2}|\\d{5}|\\d{7})?(款|项)\\)");
    private static final Pattern NAME_LEAD_IN = Pattern.compile(
            "^(?:.*?(?:主要用于以下方面|主要用于|用于|其中|包括|以下方面))|^(?:年度|度)");
    // ---- subjects -----------------------------------------------------------------------------------
    private static final Pattern ENTITY = Pattern.compile(
            "^[\\u4e00-\\u9fff]{0,8}?[省市区县州][\\u4e00-\\u9fff()]{0,40}(?:局|处|院|中心|委员会|办公厅|办公室|厅|所)(?:\\(本级\\))?(?=[\\u4e00-\\u9fff\\d“\"]|$)");
    private static final Pattern SUBJECT_PREFIX = Pattern.compile(
            "^(?:[一二三四五六七八九十]是|\\d{4}年度?|年度|当年|本单位|本部门|我部门\\(单位\\)|我单位|我部门|单位|其中|主要用于|具体包括|包括|共有|共涉及|涉及|已安排|安排|共计|共|合计为|对(?!个人|附属单位|企业|社会保障)|有|截至|从评价情况来看|纳入|-)");
    static final Pattern SUBJECT_SUFFIX = Pattern.compile("(?:为|是|达到|达|约|共计|共有|共|各|了|科目|:|\\d{4}年度?)$");
    static final Pattern MEASURE_CUT = Pattern.compile(
            "(年初预算数?|全年预算数?|预算执行数|执行数|决算数?|预算安排|预算数|预算)$");
    static final Pattern MEASURE_KEEP = Pattern.compile("(合计|总计|总额|收入|支出)$");
    private static final Pattern HEAD = Pattern.compile("^([^,;:。\\d]+?)(?:无|[,;:。]|\\d|(?:年初|全年)?预算|(?:支出)?决算|$)");
    static final Pattern FOLLOWING_NOUN = Pattern.compile("^([\\u4e00-\\u9fff]{1,8}?)(?:开展|进行|的|中|[^\\u4e00-\\u9fff]|$)");
    private static final Pattern THRESHOLD_PHRASE = Pattern.compile(
            "(?:单价|单位价值|价值)?\\d[\\d,.]*万?元?(?:\\(含\\))?(?:及?以上|及?以下)的?");
    /**
     * A carried-over qualifier ending the words before 的 ({@code 上年结转结余的政府性基金预算收入}, {@code 年初结转和结余的
     * 财政拨款}): what follows is the part of that source carried over from earlier years, not its line of the year,
     * so the qualifier stays in the subject.
     */
    private static final Pattern CARRIED_OVER = Pattern.compile(
            "(?:上年|年初|以前年度|往年)?(?:结转(?:和|及|与)?结余|结转|结余)(?:资金|收入)?$");
    /** Subject words that name no subject of their own. */
    static final Set<String> GENERIC = Set.of("", "支出", "收入");

    private ClaimPatterns() {
    }

    static boolean generic(String subject) {
        return GENERIC.contains(subject == null ? "" : subject);
    }

    static String trimName(String name) {
        String n = NAME_LEAD_IN.matcher(name).replaceFirst("");
        n = n.replaceFirst("^[-.\\s]+", "");
        return n.isEmpty() ? name : n;
    }

    /** The subject words of a lead: item numbers, quotes, entity, year and verbs removed. */
    static String cleanSubject(String text) {
        String t = text.replaceAll("[“”\"‘’']", "").strip();
        t = THRESHOLD_PHRASE.matcher(t).replaceAll("");
        t = ITEM_NUMBER.matcher(t).replaceFirst("");
        String before;
        do {
            before = t;
            t = ENTITY.matcher(t).replaceFirst("");
            t = SUBJECT_PREFIX.matcher(t).replaceFirst("");
            t = SUBJECT_SUFFIX.matcher(t).replaceFirst("");
            t = t.replaceFirst("^[-,.:;、\\s]+", "");
        } while (!t.equals(before));
        t = t.replaceFirst("\\((?!类|款|项|境)[^()]{1,20}\\)$", "");
        int de = t.lastIndexOf('的');
        if (de >= 0 && t.length() - de - 1 >= 2 && !t.startsWith("对")) {
            Matcher carried = CARRIED_OVER.matcher(t.substring(0, de));
            // 上年结转结余的政府性基金预算收入: the money carried over, another measure than the year's income line
            t = carried.find() ? carried.group() + t.substring(de) : t.substring(de + 1);
        }
        int yong = t.lastIndexOf("用于");
        if (yong >= 0 && t.length() - yong - 2 >= 2) {
            t = t.substring(yong + 2);
        }
        return t;
    }

    /** The subject a numbered sentence starts with: {@code 3.公务接待费无预算,…} → 公务接待费; else null. */
    static String headSubject(String s) {
        Matcher item = ITEM_NUMBER.matcher(s);
        if (!item.find()) {
            return null;
        }
        Matcher m = HEAD.matcher(s.substring(item.end()));
        if (!m.find()) {
            return null;
        }
        String n = cleanSubject(m.group(1));
        return n.isEmpty() || n.length() > 20 ? null : n;
    }

    /** 公务接待费支出 (before 决算) → 公务接待费: the table line is the 费. */
    static String dropFeeSpending(String name) {
        return name.endsWith("费支出") ? name.substring(0, name.length() - 2) : name;
    }

    static String measureOf(String stated) {
        if (stated.startsWith("年初预算")) {
            return "年初预算";
        }
        if (stated.contains("执行数")) {
            return "执行数";
        }
        if (stated.contains("决算")) {
            return "决算";
        }
        return "预算";
    }

    static Direction directionOf(String word) {
        return switch (word) {
            case "增加", "增长", "上升", "大于", "高于" -> Direction.UP;
            case "减少", "下降", "降低", "小于", "低于" -> Direction.DOWN;
            default -> Direction.FLAT;
        };
    }

    static Integer yearOf(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = YEAR_IN.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    static String yearless(String text) {
        return text.replaceAll("\\d{4}年度?|当年|年度", "").strip();
    }

    /** {@code text} without its stated comparison bases (与X相比, 比X, 与X持平). */
    static String stripBase(String text) {
        String t = BASE_WITH.matcher(text).replaceAll("");
        t = STRIP_THAN.matcher(t).replaceAll("");
        t = STRIP_FLAT.matcher(t).replaceAll("");
        return t;
    }

    /** A matcher positioned on the last direction word of {@code text}, or null. */
    static Matcher lastDir(String text) {
        Matcher m = DIR.matcher(text);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        if (at < 0) {
            return null;
        }
        Matcher last = DIR.matcher(text);
        last.find(at);
        return last;
    }
}
