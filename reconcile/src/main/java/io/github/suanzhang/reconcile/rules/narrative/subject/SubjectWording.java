package io.github.suanzhang.reconcile.rules.narrative.subject;

import io.github.suanzhang.reconcile.rules.narrative.Names;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name of a table line inside the words a sentence wraps around it. Narratives put measure and scope words
 * into or around the name of a summary line: {@code 收入预算合计} (收入合计 with 预算), {@code 会议费预算支出}
 * (会议费), {@code 公务接待费支出} (公务接待费), {@code 各单位差旅费预算}, {@code 一般公共预算拨款收入}
 * (一般公共预算财政拨款收入), {@code 本年财政拨款收入} (财政拨款收入), {@code 财政拨款收、支总预算} (read as
 * subject 财政拨款收、支总 and measure 预算: 财政拨款收、支总计). {@link #forms} gives the candidate names with
 * those words taken out, most literal first; the caller looks each up among the general subjects and uses
 * the result only when every form that names something names the same thing.
 *
 * <p>Words that change what is measured are kept: a fund (一般公共预算, 政府性基金预算, 财政拨款) stays before
 * 收入, 支出, 基本支出 …; only before a 经费 of the 三公/机关运行 family, which those tables hold for
 * 一般公共预算财政拨款 only, is it dropped. 一般公共预算 without 拨款 before a measure (一般公共预算收入) is a
 * department's 一般公共预算财政拨款收入, the only 一般公共预算 money a department receives.
 */
public final class SubjectWording {
    private SubjectWording() {
    }

    /** Scope words before a name: the department, its units, the year. */
    private static final Pattern SCOPE = Pattern.compile("^(?:本部门|部门|本单位|各单位|所属各预算单位|所属单位|本年度|年度|全年)+");
    /** A measure word inside a name, before what it measures (收入预算合计, 政府采购支出预算总额, 会议费预算支出). */
    private static final Pattern INNER_MEASURE = Pattern.compile("(?<!一般公共|基金|经营)(?:预算|决算)(?:数)?(?=支出|收入|总计|合计|总额|安排)");
    /** A measure word after the name (各单位差旅费预算, 机关运行经费安排). */
    private static final Pattern TRAILING_MEASURE = Pattern.compile("(?<!一般公共|基金|经营)(?:预算数?|决算数?|安排|预算安排)$");
    /** 一般公共预算拨款 / 一般公共预算 before a measure → 一般公共预算财政拨款. */
    private static final Pattern GENERAL_BUDGET = Pattern.compile("^一般公共预算(?:拨款|财政拨款)?(?=收入|支出|基本支出|项目支出)");
    private static final Pattern FUND_BEFORE_COSTS = Pattern.compile("^(?:一般公共预算)?(?:财政)?(?:拨款)?(?:安排的?)?(?=.+费$)");

    /**
     * The candidate names of {@code subject} with measure and scope words taken out, most literal first;
     * {@code measure} is the measure the reader split off the subject (预算, 决算 …), or null. Never holds the
     * normalised subject itself; empty when nothing can be taken out.
     */
    public static List<String> forms(String subject, String measure) {
        String s = Names.normalise(subject);
        Set<String> out = new LinkedHashSet<>();
        if (s.isEmpty()) {
            return List.of();
        }
        String m = measure == null ? "" : measure;
        if (s.endsWith("总") && (m.contains("预算") || m.contains("决算"))) {
            s = s + "计"; // 收支总预算 read as 收支总 + 预算
            out.add(s);
        }
        String x = SCOPE.matcher(s).replaceFirst("");
        add(out, x);
        x = INNER_MEASURE.matcher(x).replaceAll("");
        add(out, x);
        x = TRAILING_MEASURE.matcher(x).replaceFirst("");
        add(out, x);
        String general = GENERAL_BUDGET.matcher(x).replaceFirst("一般公共预算财政拨款");
        add(out, general);
        if (x.startsWith("本年") && x.length() > 4) {
            add(out, x.substring(2)); // 本年财政拨款收入
        }
        for (String suffix : new String[] {"合计", "总额"}) {
            if (x.endsWith(suffix) && x.length() > suffix.length() + 2) {
                add(out, x.substring(0, x.length() - suffix.length())); // 财政拨款收入合计
            }
        }
        if (x.endsWith("支出") && x.length() > 3 && x.charAt(x.length() - 3) == '费') {
            String costs = x.substring(0, x.length() - 2); // 公务接待费支出, 会议费预算支出
            add(out, costs);
            add(out, FUND_BEFORE_COSTS.matcher(costs).replaceFirst(""));
        } else if (x.endsWith("费财政拨款")) {
            add(out, FUND_BEFORE_COSTS.matcher(x.substring(0, x.length() - 4)).replaceFirst("")); // 机关运行经费财政拨款
        } else if (x.endsWith("费")) {
            add(out, FUND_BEFORE_COSTS.matcher(x).replaceFirst(""));
        }
        out.remove(Names.normalise(subject));
        return new ArrayList<>(out);
    }

    private static void add(Set<String> out, String s) {
        if (s != null && s.length() >= 2) {
            out.add(s);
        }
    }
}
