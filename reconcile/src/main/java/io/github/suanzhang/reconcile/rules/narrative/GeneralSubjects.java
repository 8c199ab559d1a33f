package io.github.suanzhang.reconcile.rules.narrative;

import io.github.suanzhang.core.table.ColumnKey;
import io.github.suanzhang.core.table.TableKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The catalogue of general subjects ({@code 本年支出合计}, {@code 基本支出}, {@code "三公"经费} …) that
 * {@link SubjectIndex} resolves by name: each with its aliases and the table cells that hold it, 决算 and 预算.
 * Moved out of {@code SubjectIndex} unchanged. Package-private; constants only.
 */
final class GeneralSubjects {
    private GeneralSubjects() {
    }

    record Target(TableKind kind, TableKind.Side side, Set<String> rows, String column, Measure measure) {
    }

    record General(String key, Set<String> aliases, List<Target> targets) {
    }

    static final TableKind.Side IN = TableKind.Side.INCOME;
    static final TableKind.Side OUT = TableKind.Side.EXPENDITURE;

    private static Target t(TableKind k, TableKind.Side side, String rows, String column, Measure m) {
        Set<String> r = new LinkedHashSet<>();
        for (String s : rows.split("\\|")) {
            r.add(Names.normalise(s));
        }
        return new Target(k, side, r, column, m);
    }

    private static General g(String key, String aliases, Target... targets) {
        Set<String> a = new LinkedHashSet<>();
        a.add(Names.normalise(key));
        if (!aliases.isEmpty()) {
            for (String s : aliases.split("\\|")) {
                a.add(Names.normalise(s));
            }
        }
        return new General(key, a, List.of(targets));
    }

    private static final Measure A = Measure.ACTUAL;
    private static final Measure B = Measure.BUDGET;

    /**
     * A part of all expenditure (基本支出, 项目支出): the {@code column} of the 合计 line of the expenditure
     * table and of the 一般公共预算财政拨款支出 table, 决算 and 预算.
     */
    private static General split(String key, String column) {
        return g(key, "",
                t(TableKind.FINAL_EXPENDITURE, null, "合计|总计", column, A),
                t(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, null, "合计|总计", column, A),
                t(TableKind.BUDGET_EXPENDITURE, null, "合计|总计", column, B),
                t(TableKind.BUDGET_GENERAL_BUDGET_EXPENDITURE, null, "合计|总计", column, B));
    }

    /**
     * A "三公" subject: in the 决算's 三公 table the columns {@code actual_<column>} (决算数) and
     * {@code budget_<column>} (预算数), in the 预算's the column {@code <column>}; on the report year's line.
     */
    private static General threePublic(String key, String aliases, String column) {
        return g(key, aliases,
                t(TableKind.FINAL_THREE_PUBLIC, null, "*", ColumnKey.ACTUAL_PREFIX + column, A),
                t(TableKind.FINAL_THREE_PUBLIC, null, "*", ColumnKey.BUDGET_PREFIX + column, B),
                t(TableKind.BUDGET_THREE_PUBLIC, null, "*", column, B));
    }

    /** The 一般公共预算 line of a 预算's summary tables, as they print it. */
    private static final String BUDGET_GENERAL_ROWS = "一般公共预算拨款收入|一般公共预算拨款|一般公共预算财政拨款收入|一般公共预算财政拨款|一般公共预算收入|一般公共预算";

    /**
     * A source of income (事业收入, 其他收入 …): the {@code column} of the 合计 line of the income table, 决算 and
     * 预算, and the line of that name on the income side of the 决算's 收入支出决算总表.
     */
    private static General source(String key, String aliases, String column) {
        return g(key, aliases,
                t(TableKind.FINAL_INCOME, null, "合计|总计", column, A),
                t(TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, IN, key, ColumnKey.TOTAL, A),
                t(TableKind.BUDGET_INCOME, null, "合计|总计", column, B));
    }

    /** General subjects and the cells holding them. Row names are compared after {@link Names#normalise}. */
    static final List<General> ALL = List.of(
            // 收支总计 names both sides (equal when the table balances; when they differ the rule abstains);
            // 收入总计 and 支出总计 each name their own side only
            g("收、支总计", "收支总计|收入支出总计",
                    t(TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, null, "总计", ColumnKey.TOTAL, A),
                    t(TableKind.BUDGET_INCOME_EXPENDITURE_SUMMARY, null, "总计|收入总计|支出总计", ColumnKey.TOTAL, B)),
            g("收入总计", "",
                    t(TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, IN, "总计|收入总计", ColumnKey.TOTAL, A),
                    t(TableKind.BUDGET_INCOME_EXPENDITURE_SUMMARY, IN, "总计|收入总计", ColumnKey.TOTAL, B)),
            g("支出总计", "",
                    t(TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, OUT, "总计|支出总计", ColumnKey.TOTAL, A),
                    t(TableKind.BUDGET_INCOME_EXPENDITURE_SUMMARY, OUT, "总计|支出总计", ColumnKey.TOTAL, B)),
            // 总收入 / 总支出 does not say whether the carried-over money is in: both lines, so that the rule
            // abstains when they differ (上年结转 or 结转下年 not nil)
            g("总收入", "",
                    t(TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, IN, "总计|收入总计|本年收入合计", ColumnKey.TOTAL, A),
                    t(TableKind.BUDGET_INCOME_EXPENDITURE_SUMMARY, IN, "总计|收入总计|本年收入合计", ColumnKey.TOTAL, B)),
            g("总支出", "",
                    t(TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, OUT, "总计|支出总计|本年支出合计", ColumnKey.TOTAL, A),
                    t(TableKind.BUDGET_INCOME_EXPENDITURE_SUMMARY, OUT, "总计|支出总计|本年支出合计", ColumnKey.TOTAL, B)),
            g("财政拨款收、支总计", "财政拨款收支总计",
                    t(TableKind.FINAL_FISCAL_SUMMARY, null, "总计", ColumnKey.TOTAL, A),
                    t(TableKind.BUDGET_FISCAL_SUMMARY, null, "总计|收入总计|支出总计", ColumnKey.TOTAL, B)),
            g("本年收入合计", "收入合计|本年收入|收入总额",
                    t(TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, IN, "本年收入合计", ColumnKey.TOTAL, A),
                    t(TableKind.FINAL_INCOME, null, "合计|总计", ColumnKey.TOTAL, A),
                    t(TableKind.BUDGET_INCOME_EXPENDITURE_SUMMARY, IN, "本年收入合计", ColumnKey.TOTAL, B),
                    t(TableKind.BUDGET_INCOME, null, "合计|总计", ColumnKey.TOTAL, B)),
            g("本年支出合计", "支出合计|本年支出|支出总额",
                    t(TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, OUT, "本年支出合计", ColumnKey.TOTAL, A),
                    t(TableKind.FINAL_EXPENDITURE, null, "合计|总计", ColumnKey.TOTAL, A),
                    t(TableKind.BUDGET_INCOME_EXPENDITURE_SUMMARY, OUT, "本年支出合计", ColumnKey.TOTAL, B),
                    t(TableKind.BUDGET_EXPENDITURE, null, "合计|总计", ColumnKey.TOTAL, B)),
            split("基本支出", ColumnKey.BASIC),
            split("项目支出", ColumnKey.PROJECT),
            g("一般公共预算财政拨款基本支出", "",
                    t(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, null, "合计|总计", ColumnKey.BASIC, A),
                    t(TableKind.BUDGET_GENERAL_BUDGET_EXPENDITURE, null, "合计|总计", ColumnKey.BASIC, B),
                    // the 一般公共预算基本支出表's own 合计 is the same figure: when it differs from 表5's 基本支出
                    // the tables disagree (cross.totals) and the narrative is not judged against either
                    t(TableKind.BUDGET_GENERAL_BUDGET_BASIC_EXPENDITURE, null, "合计|总计", ColumnKey.TOTAL, B)),
            g("人员经费", "",
                    t(TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE, null, "人员经费合计|人员经费", ColumnKey.TOTAL, A),
                    t(TableKind.BUDGET_GENERAL_BUDGET_BASIC_EXPENDITURE, null, "合计|总计", ColumnKey.PERSONNEL, B)),
            g("公用经费", "",
                    t(TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE, null, "公用经费合计|公用经费", ColumnKey.TOTAL, A),
                    t(TableKind.BUDGET_GENERAL_BUDGET_BASIC_EXPENDITURE, null, "合计|总计", ColumnKey.PUBLIC, B)),
            g("财政拨款收入", "",
                    t(TableKind.FINAL_INCOME, null, "合计|总计", ColumnKey.FISCAL_ALLOCATION, A),
                    t(TableKind.FINAL_FISCAL_SUMMARY, IN, "本年收入合计", ColumnKey.TOTAL, A),
                    t(TableKind.BUDGET_INCOME, null, "合计|总计", ColumnKey.FISCAL_ALLOCATION, B),
                    t(TableKind.BUDGET_FISCAL_SUMMARY, IN, "本年收入合计|本年收入|本年财政拨款收入", ColumnKey.TOTAL, B)),
            g("一般公共预算财政拨款收入", "一般公共预算财政拨款",
                    t(TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, IN, "一般公共预算财政拨款收入", ColumnKey.TOTAL, A),
                    t(TableKind.FINAL_FISCAL_SUMMARY, IN, "一般公共预算财政拨款|一般公共预算财政拨款收入", ColumnKey.TOTAL, A),
                    t(TableKind.BUDGET_INCOME, null, "合计|总计", ColumnKey.GENERAL_BUDGET, B),
                    t(TableKind.BUDGET_INCOME_EXPENDITURE_SUMMARY, IN, BUDGET_GENERAL_ROWS, ColumnKey.TOTAL, B),
                    t(TableKind.BUDGET_FISCAL_SUMMARY, IN, BUDGET_GENERAL_ROWS, ColumnKey.TOTAL, B)),
            source("事业收入", "", ColumnKey.BUSINESS),
            source("上级补助收入", "", ColumnKey.SUPERIOR_SUBSIDY),
            source("附属单位上缴收入", "", ColumnKey.SUBSIDIARY_REMITTANCE),
            source("其他收入", "", ColumnKey.OTHER),
            source("财政专户管理资金收入", "财政专户管理资金", ColumnKey.SPECIAL_ACCOUNT),
            g("上年结转结余", "上年结转",
                    t(TableKind.BUDGET_INCOME, null, "合计|总计", ColumnKey.CARRYOVER, B)),
            g("政府性基金预算财政拨款收入", "政府性基金预算拨款收入|政府性基金预算收入",
                    t(TableKind.BUDGET_INCOME, null, "合计|总计", ColumnKey.GOVERNMENT_FUND, B)),
            g("国有资本经营预算财政拨款收入", "国有资本经营预算拨款收入|国有资本经营预算收入",
                    t(TableKind.BUDGET_INCOME, null, "合计|总计", ColumnKey.STATE_CAPITAL, B)),
            g("一般公共预算财政拨款支出", "一般公共预算支出",
                    t(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, null, "合计|总计", ColumnKey.TOTAL, A),
                    t(TableKind.FINAL_FISCAL_SUMMARY, OUT, "本年支出合计", ColumnKey.GENERAL_BUDGET, A),
                    t(TableKind.BUDGET_GENERAL_BUDGET_EXPENDITURE, null, "合计|总计", ColumnKey.TOTAL, B)),
            threePublic("\"三公\"经费", "三公经费|\"三公\"经费支出|\"三公\"经费财政拨款支出|财政拨款\"三公\"经费", ColumnKey.TOTAL),
            threePublic("因公出国(境)费", "因公出国(境)费用|因公出国费", ColumnKey.OUTBOUND),
            threePublic("公务用车购置及运行维护费", "公务用车购置及运行费", ColumnKey.VEHICLE),
            threePublic("公务用车购置费", "", ColumnKey.VEHICLE_PURCHASE),
            threePublic("公务用车运行维护费", "公务用车运行费", ColumnKey.VEHICLE_OPERATION),
            threePublic("公务接待费", "", ColumnKey.RECEPTION),
            g("会议费", "", t(TableKind.BUDGET_THREE_PUBLIC, null, "*", ColumnKey.MEETING, B)),
            g("培训费", "", t(TableKind.BUDGET_THREE_PUBLIC, null, "*", ColumnKey.TRAINING, B)),
            g("机关运行经费", "",
                    t(TableKind.BUDGET_THREE_PUBLIC, null, "*", ColumnKey.OPERATING_COSTS, B),
                    t(TableKind.BUDGET_OPERATING_COSTS, null, "合计|总计", ColumnKey.TOTAL, B)));
}
