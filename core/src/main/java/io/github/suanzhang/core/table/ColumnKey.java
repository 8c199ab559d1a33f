package io.github.suanzhang.core.table;

/**
 * The column keys of {@link TableKind#columns()}: the contract between the table reader that maps printed
 * headers onto them and the rules that read cells by them ({@link Table#columnIndex(String)}). A key means
 * the same thing in every kind that has it. The strings are part of the JSON and CSV outputs
 * (docs/schema.md); renaming one breaks them.
 */
public final class ColumnKey {
    // ---- row-label columns ----
    /** 科目编码: the subject code */
    public static final String CODE = "code";
    /** 科目名称: the subject's name */
    public static final String NAME = "name";
    /** 项目: the label of tables without subject codes */
    public static final String ITEM = "item";
    /** 行次: the printed line number */
    public static final String LINE = "line";

    // ---- amounts ----
    /** the row's 合计 / 小计 / 金额 / 决算数 / 预算数: the table's main amount */
    public static final String TOTAL = "total";
    /** 基本支出 */
    public static final String BASIC = "basic";
    /** 项目支出 */
    public static final String PROJECT = "project";
    /** 人员经费 */
    public static final String PERSONNEL = "personnel";
    /** 公用经费 */
    public static final String PUBLIC = "public";
    /** 财政拨款(收入) */
    public static final String FISCAL_ALLOCATION = "fiscal_allocation";
    /** 一般公共预算(财政拨款) */
    public static final String GENERAL_BUDGET = "general_budget";
    /** 政府性基金预算(财政拨款) */
    public static final String GOVERNMENT_FUND = "government_fund";
    /** 国有资本经营预算(财政拨款) */
    public static final String STATE_CAPITAL = "state_capital";
    /** 财政专户管理资金(收入) */
    public static final String SPECIAL_ACCOUNT = "special_account";
    /** 上级补助收入 */
    public static final String SUPERIOR_SUBSIDY = "superior_subsidy";
    /** 事业收入 */
    public static final String BUSINESS = "business";
    /** 经营收入 / 经营支出 */
    public static final String OPERATING = "operating";
    /** 附属单位上缴收入 */
    public static final String SUBSIDIARY_REMITTANCE = "subsidiary_remittance";
    /** 其他收入 */
    public static final String OTHER = "other";
    /** 上年结转结余 */
    public static final String CARRYOVER = "carryover";
    /** 上缴上级支出 */
    public static final String REMITTANCE_TO_SUPERIOR = "remittance_to_superior";
    /** 对附属单位补助支出 */
    public static final String SUBSIDY_TO_SUBSIDIARIES = "subsidy_to_subsidiaries";
    /** 年初结转和结余 */
    public static final String OPENING_BALANCE = "opening_balance";
    /** 本年收入 (fund tables) */
    public static final String INCOME = "income";
    /** 年末结转和结余 */
    public static final String CLOSING_BALANCE = "closing_balance";

    // ---- 三公 ----
    /** 因公出国(境)费 (a 三公 part; with a {@link #BUDGET_PREFIX}/{@link #ACTUAL_PREFIX} in 决算 tables) */
    public static final String OUTBOUND = "outbound";
    /** 公务用车购置及运行维护费 */
    public static final String VEHICLE = "vehicle";
    /** 公务用车购置费 */
    public static final String VEHICLE_PURCHASE = "vehicle_purchase";
    /** 公务用车运行维护费 */
    public static final String VEHICLE_OPERATION = "vehicle_operation";
    /** 公务接待费 */
    public static final String RECEPTION = "reception";
    /** 会议费 */
    public static final String MEETING = "meeting";
    /** 培训费 */
    public static final String TRAINING = "training";
    /** 机关运行经费 */
    public static final String OPERATING_COSTS = "operating_costs";
    /** the 预算数 block of a 决算 三公 table: {@code budget_total}, {@code budget_outbound} … */
    public static final String BUDGET_PREFIX = "budget_";
    /** the 决算数 block of a 决算 三公 table: {@code actual_total}, {@code actual_outbound} … */
    public static final String ACTUAL_PREFIX = "actual_";

    // ---- procurement, performance ----
    /** 采购品目 */
    public static final String CATEGORY = "category";
    /** 数量 */
    public static final String QUANTITY = "quantity";
    /** 预算金额 (performance targets) */
    public static final String BUDGET = "budget";
    /** 绩效目标 */
    public static final String GOAL = "goal";
    /** 一级指标 */
    public static final String LEVEL1 = "level1";
    /** 二级指标 */
    public static final String LEVEL2 = "level2";
    /** 三级指标 */
    public static final String INDICATOR = "indicator";
    /** 分值 / 指标权重 */
    public static final String WEIGHT = "weight";
    /** 年度指标值(A) / 指标值 */
    public static final String TARGET = "target";
    /** 实际完成值(B) */
    public static final String ACTUAL = "actual";
    /** 得分 */
    public static final String SCORE = "score";

    private ColumnKey() {
    }
}
