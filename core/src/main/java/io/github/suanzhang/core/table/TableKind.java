package io.github.suanzhang.core.table;

import io.github.suanzhang.core.doc.DocumentType;

import java.util.List;
import java.util.Optional;

/**
 * The standard tables of a 部门/单位 决算 or 预算 disclosure, with their canonical columns.
 *
 * <p>The 决算 kinds follow the national template (公开01表 … 公开09表, as in the seed document and the
 * 上海普陀 2024 决算); the 预算 kinds have no national numbering (every city numbers its own set) and
 * were chosen from the corpus survey, {@code docs/corpus/table-titles.md}. Government-level tables
 * (全省/省级/本级 一般公共预算收入决算表, debt tables, transfer payments …) are {@link #GENERIC}.
 *
 * <p><b>Columns.</b> {@link #columns()} lists the amount columns a parser maps printed headers onto,
 * preceded by the row-label columns ({@code code}/{@code name}, or {@code item} for tables without
 * subject codes). A key means the same thing in every kind: {@code total} is the table's 合计/小计 of
 * the row, {@code basic}/{@code project} are 基本支出/项目支出. Where templates differ, the list is the
 * union in template order and a real table prints a subset (e.g. 江苏 prints one 金额 column, mapped
 * to {@code total}).
 *
 * <p><b>Two-sided tables.</b> {@link #isTwoSided()} kinds (收入支出决算总表, 财政拨款收入支出决算总表,
 * budget 收支总表 and 财政拨款收支总表) print 收入 on the left and 支出 on the right of the same page
 * row. Their rows carry a {@link Side}, and the columns are per side: {@link #columns(Side)}.
 */
public enum TableKind {

    // ---- 决算 (national template, 公开01表 … 公开09表) ----

    /** 公开01表 收入支出决算总表: two-sided; each side 项目 / 行次 / 金额(决算数). */
    FINAL_INCOME_EXPENDITURE_SUMMARY("收入支出决算总表", DocumentType.FINAL_ACCOUNTS, "公开01表",
            Cols.SUMMARY_FINAL, Cols.SUMMARY_FINAL),
    /** 公开02表 收入决算表. */
    FINAL_INCOME("收入决算表", DocumentType.FINAL_ACCOUNTS, "公开02表", Cols.FINAL_INCOME),
    /** 公开03表 支出决算表. */
    FINAL_EXPENDITURE("支出决算表", DocumentType.FINAL_ACCOUNTS, "公开03表", Cols.FINAL_EXPENDITURE),
    /** 公开04表 财政拨款收入支出决算总表: two-sided; 收入 side one 决算数, 支出 side split by fund. */
    FINAL_FISCAL_SUMMARY("财政拨款收入支出决算总表", DocumentType.FINAL_ACCOUNTS, "公开04表",
            Cols.FISCAL_SUMMARY_FINAL_INCOME, Cols.FISCAL_SUMMARY_FINAL_EXPENDITURE),
    /** 公开05表 一般公共预算财政拨款支出决算表. */
    FINAL_GENERAL_BUDGET_EXPENDITURE("一般公共预算财政拨款支出决算表", DocumentType.FINAL_ACCOUNTS, "公开05表",
            Cols.CODED_TOTAL_BASIC_PROJECT),
    /**
     * 公开06表 一般公共预算财政拨款基本支出决算(明细)表: economic codes; printed as two or three blocks side
     * by side (人员经费 | 公用经费), each block 科目编码 / 科目名称 / 决算数 — one logical column set.
     */
    FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE("一般公共预算财政拨款基本支出决算明细表", DocumentType.FINAL_ACCOUNTS,
            "公开06表", Cols.CODED_AMOUNT),
    /** 公开07表 政府性基金预算财政拨款收入支出决算表: 6栏 = 1 + 2 − 3, 3栏 = 4 + 5. */
    FINAL_GOVERNMENT_FUND("政府性基金预算财政拨款收入支出决算表", DocumentType.FINAL_ACCOUNTS, "公开07表",
            Cols.FUND_FINAL),
    /**
     * 公开08表 国有资本经营预算财政拨款支出决算表. The 2023 template (seed) prints only 本年支出
     * 合计/基本支出/项目支出; the 2024 上海普陀 version (…收入支出决算表) adds 年初结转和结余, 本年收入 and
     * 年末结转和结余, so the columns are those of {@link #FINAL_GOVERNMENT_FUND}.
     */
    FINAL_STATE_CAPITAL("国有资本经营预算财政拨款支出决算表", DocumentType.FINAL_ACCOUNTS, "公开08表", Cols.FUND_FINAL),
    /** 公开09表 财政拨款"三公"经费支出决算表: 预算数 (1–6栏) and 决算数 (7–12栏); 上海普陀 prints 决算数 only. */
    FINAL_THREE_PUBLIC("财政拨款\"三公\"经费支出决算表", DocumentType.FINAL_ACCOUNTS, "公开09表", Cols.THREE_PUBLIC_FINAL),
    /** 绩效自评表 (部门/单位整体 or 项目), a 决算 attachment: 得分 = 权重 × B/A capped at the weight. */
    PERFORMANCE_SELF_EVALUATION("绩效自评表", DocumentType.FINAL_ACCOUNTS, null, Cols.SELF_EVALUATION),

    // ---- 预算 (no national numbering; names as most files print them) ----

    /** 收支总表 / 财务收支预算总表 / 收支预算总表 / 收支总体情况表: two-sided, 项目 / 预算数 per side. */
    BUDGET_INCOME_EXPENDITURE_SUMMARY("收支总表", DocumentType.BUDGET, null, Cols.SUMMARY_BUDGET, Cols.SUMMARY_BUDGET),
    /** 收入总表 / 收入预算总表 / 收入总体情况表. */
    BUDGET_INCOME("收入总表", DocumentType.BUDGET, null, Cols.BUDGET_INCOME),
    /** 支出总表 / 支出预算总表 / 本年支出总体情况表. */
    BUDGET_EXPENDITURE("支出总表", DocumentType.BUDGET, null, Cols.BUDGET_EXPENDITURE),
    /** 财政拨款收支总表 / 财政拨款收支预算总表 / 财政拨款收支总体情况表: two-sided. */
    BUDGET_FISCAL_SUMMARY("财政拨款收支总表", DocumentType.BUDGET, null,
            Cols.SUMMARY_BUDGET, Cols.FISCAL_SUMMARY_BUDGET_EXPENDITURE),
    /** 财政拨款支出预算表 (功能科目): 江苏/苏州 template. */
    BUDGET_FISCAL_EXPENDITURE("财政拨款支出预算表", DocumentType.BUDGET, null, Cols.CODED_TOTAL_BASIC_PROJECT),
    /** 财政拨款基本支出预算表 (经济科目): 江苏/苏州 template. */
    BUDGET_FISCAL_BASIC_EXPENDITURE("财政拨款基本支出预算表", DocumentType.BUDGET, null, Cols.CODED_TOTAL_PERSONNEL_PUBLIC),
    /** 一般公共预算支出表 (功能分类) / 一般公共预算支出功能分类预算表 / …支出情况表(按功能分类科目). */
    BUDGET_GENERAL_BUDGET_EXPENDITURE("一般公共预算支出表", DocumentType.BUDGET, null, Cols.CODED_TOTAL_BASIC_PROJECT),
    /** 一般公共预算支出表（按经济分类）: 深圳 template, all general-budget spending by economic code. */
    BUDGET_GENERAL_BUDGET_EXPENDITURE_ECONOMIC("一般公共预算支出表(按经济分类)", DocumentType.BUDGET, null,
            Cols.CODED_TOTAL_BASIC_PROJECT),
    /** 一般公共预算基本支出表 / …基本支出部门预算经济分类预算表 / …基本支出情况表(按经济分类科目). */
    BUDGET_GENERAL_BUDGET_BASIC_EXPENDITURE("一般公共预算基本支出表", DocumentType.BUDGET, null,
            Cols.CODED_TOTAL_PERSONNEL_PUBLIC),
    /** 一般公共预算项目支出情况表（按经济分类科目）: 广州 template. */
    BUDGET_GENERAL_BUDGET_PROJECT_EXPENDITURE_ECONOMIC("一般公共预算项目支出情况表(按经济分类科目)", DocumentType.BUDGET,
            null, Cols.CODED_TOTAL),
    /** 基本支出总表 (深圳) / 部门预算基本支出预算表 (广州): basic spending by category and source of funds. */
    BUDGET_BASIC_EXPENDITURE("基本支出总表", DocumentType.BUDGET, null, Cols.BY_SOURCE),
    /** 项目支出总表 (深圳) / 部门预算项目支出及其他支出预算表 (广州) / 项目支出表: by project and source of funds. */
    BUDGET_PROJECT_EXPENDITURE("项目支出总表", DocumentType.BUDGET, null, Cols.BY_SOURCE),
    /**
     * 一般公共预算"三公"经费(和机关运行经费)预算表 / 财政拨款"三公"经费支出表 / "三公"经费、会议费、培训费
     * 支出预算表 / 财政拨款安排的行政经费及"三公"经费预算表. The last two add columns (会议费, 培训费) or print
     * the items as rows (广州); the keys below are the union.
     */
    BUDGET_THREE_PUBLIC("一般公共预算\"三公\"经费预算表", DocumentType.BUDGET, null, Cols.THREE_PUBLIC_BUDGET),
    /** 一般公共预算机关运行经费支出预算表 (江苏/苏州): economic codes, one amount. */
    BUDGET_OPERATING_COSTS("一般公共预算机关运行经费支出预算表", DocumentType.BUDGET, null, Cols.CODED_TOTAL),
    /** 政府性基金预算支出表 / …支出功能分类预算表 / 政府性基金支出预算表 / 政府性基金预算支出情况表. */
    BUDGET_GOVERNMENT_FUND("政府性基金预算支出表", DocumentType.BUDGET, null, Cols.CODED_TOTAL_BASIC_PROJECT),
    /** 国有资本经营预算支出表 / …支出功能分类预算表 / …支出情况表. */
    BUDGET_STATE_CAPITAL("国有资本经营预算支出表", DocumentType.BUDGET, null, Cols.CODED_TOTAL_BASIC_PROJECT),
    /** 政府采购预算表 / 政府采购支出预算表 / 政府采购预算明细表. */
    BUDGET_GOVERNMENT_PROCUREMENT("政府采购预算表", DocumentType.BUDGET, null, Cols.PROCUREMENT),
    /** 部门(单位)整体(支出)绩效目标表 (重庆, 北京). */
    BUDGET_PERFORMANCE_TARGETS_OVERALL("部门整体绩效目标表", DocumentType.BUDGET, null, Cols.PERFORMANCE_TARGETS),
    /** 项目(支出)绩效目标表 (重庆 一般性项目, 北京). */
    BUDGET_PERFORMANCE_TARGETS_PROJECT("项目支出绩效目标表", DocumentType.BUDGET, null, Cols.PERFORMANCE_TARGETS),

    /** Any other table: government-level tables, debt, transfer payments, unknown titles. No canonical columns. */
    GENERIC("", DocumentType.UNKNOWN, null, List.of());

    /** The side of a row in a {@linkplain #isTwoSided() two-sided} table. */
    public enum Side {
        /** 收入 (left half) */
        INCOME("收入"),
        /** 支出 (right half) */
        EXPENDITURE("支出");

        private final String label;

        Side(String label) {
            this.label = label;
        }

        /** The side as printed and as written in the JSON and CSV outputs: {@code 收入} or {@code 支出}. */
        public String label() {
            return label;
        }

        /** The side whose {@link #label()} or constant name is {@code s}; null for null, blank or anything else. */
        public static Side of(String s) {
            for (Side side : values()) {
                if (side.label.equals(s) || side.name().equals(s)) {
                    return side;
                }
            }
            return null;
        }
    }

    private final String standardName;
    private final DocumentType documentType;
    private final String standardNumber;
    private final List<ColumnDef> columns;
    private final List<ColumnDef> incomeColumns;
    private final List<ColumnDef> expenditureColumns;

    TableKind(String standardName, DocumentType documentType, String standardNumber, List<ColumnDef> columns) {
        this.standardName = standardName;
        this.documentType = documentType;
        this.standardNumber = standardNumber;
        this.columns = columns;
        this.incomeColumns = null;
        this.expenditureColumns = null;
    }

    TableKind(String standardName, DocumentType documentType, String standardNumber,
              List<ColumnDef> incomeColumns, List<ColumnDef> expenditureColumns) {
        this.standardName = standardName;
        this.documentType = documentType;
        this.standardNumber = standardNumber;
        this.incomeColumns = incomeColumns;
        this.expenditureColumns = expenditureColumns;
        this.columns = Cols.union(incomeColumns, expenditureColumns);
    }

    /** The standard Chinese name, e.g. 收入支出决算总表; empty for {@link #GENERIC}. */
    public String standardName() {
        return standardName;
    }

    /** Budget or final accounts; {@link DocumentType#UNKNOWN} for {@link #GENERIC}. */
    public DocumentType documentType() {
        return documentType;
    }

    /** The number in the national template (公开01表 … 公开09表 for 决算); empty where there is none. */
    public Optional<String> standardNumber() {
        return Optional.ofNullable(standardNumber);
    }

    /** The canonical columns; for two-sided kinds the union of both sides (see {@link #columns(Side)}). */
    public List<ColumnDef> columns() {
        return columns;
    }

    /**
     * Whether this is one of the standard tables of figures a disclosure publishes (收支总表 … 三公 table): not
     * {@link #GENERIC} and not the 绩效 forms (自评表, 绩效目标表), whose cells are text rather than figures to
     * reconcile. What a batch counts as the tables a file carries, and what cell coverage counts.
     */
    public boolean isStandardFigures() {
        return this != GENERIC && this != PERFORMANCE_SELF_EVALUATION && this != BUDGET_PERFORMANCE_TARGETS_OVERALL
                && this != BUDGET_PERFORMANCE_TARGETS_PROJECT;
    }

    /** Whether rows stand on a 收入 or a 支出 side of the page. */
    public boolean isTwoSided() {
        return incomeColumns != null;
    }

    /** The columns of one side of a two-sided table; {@link #columns()} for one-sided kinds. */
    public List<ColumnDef> columns(Side side) {
        if (!isTwoSided()) {
            return columns;
        }
        return side == Side.INCOME ? incomeColumns : expenditureColumns;
    }

    /** The column with this key, if the kind has it. */
    public Optional<ColumnDef> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** Column definitions shared between kinds. Keys are stable: renaming one breaks the JSON contract. */
    private static final class Cols {
        static ColumnDef c(String key, String label) {
            return new ColumnDef(key, label);
        }

        static final ColumnDef CODE = c(ColumnKey.CODE, "科目编码");
        static final ColumnDef NAME = c(ColumnKey.NAME, "科目名称");
        static final ColumnDef ITEM = c(ColumnKey.ITEM, "项目");
        static final ColumnDef LINE = c(ColumnKey.LINE, "行次");
        static final ColumnDef BASIC = c(ColumnKey.BASIC, "基本支出");
        static final ColumnDef PROJECT = c(ColumnKey.PROJECT, "项目支出");

        static final List<ColumnDef> SUMMARY_FINAL = List.of(ITEM, LINE, c(ColumnKey.TOTAL, "金额"));
        static final List<ColumnDef> FISCAL_SUMMARY_FINAL_INCOME = List.of(ITEM, LINE, c(ColumnKey.TOTAL, "决算数"));
        static final List<ColumnDef> FISCAL_SUMMARY_FINAL_EXPENDITURE = List.of(ITEM, LINE, c(ColumnKey.TOTAL, "合计"),
                c(ColumnKey.GENERAL_BUDGET, "一般公共预算财政拨款"), c(ColumnKey.GOVERNMENT_FUND, "政府性基金预算财政拨款"),
                c(ColumnKey.STATE_CAPITAL, "国有资本经营预算财政拨款"));
        static final List<ColumnDef> SUMMARY_BUDGET = List.of(ITEM, c(ColumnKey.TOTAL, "预算数"));
        static final List<ColumnDef> FISCAL_SUMMARY_BUDGET_EXPENDITURE = List.of(ITEM, c(ColumnKey.TOTAL, "合计"),
                c(ColumnKey.GENERAL_BUDGET, "一般公共预算"), c(ColumnKey.GOVERNMENT_FUND, "政府性基金预算"),
                c(ColumnKey.STATE_CAPITAL, "国有资本经营预算"));

        static final List<ColumnDef> FINAL_INCOME = List.of(CODE, NAME, c(ColumnKey.TOTAL, "本年收入合计"),
                c(ColumnKey.FISCAL_ALLOCATION, "财政拨款收入"), c(ColumnKey.SUPERIOR_SUBSIDY, "上级补助收入"),
                c(ColumnKey.BUSINESS, "事业收入"), c(ColumnKey.OPERATING, "经营收入"),
                c(ColumnKey.SUBSIDIARY_REMITTANCE, "附属单位上缴收入"), c(ColumnKey.OTHER, "其他收入"));
        static final List<ColumnDef> FINAL_EXPENDITURE = List.of(CODE, NAME, c(ColumnKey.TOTAL, "本年支出合计"), BASIC,
                PROJECT, c(ColumnKey.REMITTANCE_TO_SUPERIOR, "上缴上级支出"), c(ColumnKey.OPERATING, "经营支出"),
                c(ColumnKey.SUBSIDY_TO_SUBSIDIARIES, "对附属单位补助支出"));
        static final List<ColumnDef> CODED_TOTAL_BASIC_PROJECT = List.of(CODE, NAME, c(ColumnKey.TOTAL, "合计"), BASIC, PROJECT);
        static final List<ColumnDef> CODED_AMOUNT = List.of(CODE, NAME, c(ColumnKey.TOTAL, "决算数"));
        static final List<ColumnDef> CODED_TOTAL = List.of(CODE, NAME, c(ColumnKey.TOTAL, "合计"));
        static final List<ColumnDef> CODED_TOTAL_PERSONNEL_PUBLIC = List.of(CODE, NAME, c(ColumnKey.TOTAL, "合计"),
                c(ColumnKey.PERSONNEL, "人员经费"), c(ColumnKey.PUBLIC, "公用经费"));
        static final List<ColumnDef> FUND_FINAL = List.of(CODE, NAME, c(ColumnKey.OPENING_BALANCE, "年初结转和结余"),
                c(ColumnKey.INCOME, "本年收入"), c(ColumnKey.TOTAL, "本年支出小计"), BASIC, PROJECT,
                c(ColumnKey.CLOSING_BALANCE, "年末结转和结余"));

        static List<ColumnDef> threePublic(String prefix, String group) {
            return List.of(c(prefix + ColumnKey.TOTAL, group + "合计"), c(prefix + ColumnKey.OUTBOUND, group + "因公出国(境)费"),
                    c(prefix + ColumnKey.VEHICLE, group + "公务用车购置及运行维护费小计"),
                    c(prefix + ColumnKey.VEHICLE_PURCHASE, group + "公务用车购置费"),
                    c(prefix + ColumnKey.VEHICLE_OPERATION, group + "公务用车运行维护费"),
                    c(prefix + ColumnKey.RECEPTION, group + "公务接待费"));
        }

        static final List<ColumnDef> THREE_PUBLIC_FINAL = union(threePublic(ColumnKey.BUDGET_PREFIX, "预算数/"),
                threePublic(ColumnKey.ACTUAL_PREFIX, "决算数/"));
        static final List<ColumnDef> THREE_PUBLIC_BUDGET = union(threePublic("", ""),
                List.of(c(ColumnKey.MEETING, "会议费"), c(ColumnKey.TRAINING, "培训费"), c(ColumnKey.OPERATING_COSTS, "机关运行经费")));

        static final List<ColumnDef> SELF_EVALUATION = List.of(c(ColumnKey.LEVEL1, "一级指标"), c(ColumnKey.LEVEL2, "二级指标"),
                c(ColumnKey.INDICATOR, "三级指标"), c(ColumnKey.WEIGHT, "分值"), c(ColumnKey.TARGET, "年度指标值(A)"),
                c(ColumnKey.ACTUAL, "实际完成值(B)"), c(ColumnKey.SCORE, "得分"));

        static final List<ColumnDef> BUDGET_INCOME = List.of(CODE, NAME, c(ColumnKey.TOTAL, "合计"),
                c(ColumnKey.FISCAL_ALLOCATION, "财政拨款收入"), c(ColumnKey.GENERAL_BUDGET, "一般公共预算拨款收入"),
                c(ColumnKey.GOVERNMENT_FUND, "政府性基金预算拨款收入"), c(ColumnKey.STATE_CAPITAL, "国有资本经营预算拨款收入"),
                c(ColumnKey.SPECIAL_ACCOUNT, "财政专户管理资金收入"), c(ColumnKey.BUSINESS, "事业收入"),
                c(ColumnKey.OPERATING, "事业单位经营收入"), c(ColumnKey.SUPERIOR_SUBSIDY, "上级补助收入"),
                c(ColumnKey.SUBSIDIARY_REMITTANCE, "附属单位上缴收入"), c(ColumnKey.OTHER, "其他收入"),
                c(ColumnKey.CARRYOVER, "上年结转结余"));
        static final List<ColumnDef> BUDGET_EXPENDITURE = List.of(CODE, NAME, c(ColumnKey.TOTAL, "合计"), BASIC, PROJECT,
                c(ColumnKey.OPERATING, "事业单位经营支出"), c(ColumnKey.REMITTANCE_TO_SUPERIOR, "上缴上级支出"),
                c(ColumnKey.SUBSIDY_TO_SUBSIDIARIES, "对附属单位补助支出"));
        static final List<ColumnDef> BY_SOURCE = List.of(ITEM, c(ColumnKey.TOTAL, "总计"),
                c(ColumnKey.GENERAL_BUDGET, "一般公共预算拨款"), c(ColumnKey.GOVERNMENT_FUND, "政府性基金预算拨款"),
                c(ColumnKey.STATE_CAPITAL, "国有资本经营预算拨款"), c(ColumnKey.SPECIAL_ACCOUNT, "财政专户管理资金"),
                c(ColumnKey.BUSINESS, "事业收入"), c(ColumnKey.OPERATING, "事业单位经营收入"), c(ColumnKey.SUPERIOR_SUBSIDY, "上级补助收入"),
                c(ColumnKey.SUBSIDIARY_REMITTANCE, "附属单位上缴收入"), c(ColumnKey.OTHER, "其他收入"),
                c(ColumnKey.CARRYOVER, "上年结余、结转"));
        static final List<ColumnDef> PROCUREMENT = List.of(ITEM, c(ColumnKey.CATEGORY, "采购品目"),
                c(ColumnKey.QUANTITY, "数量"), c(ColumnKey.TOTAL, "合计"));
        static final List<ColumnDef> PERFORMANCE_TARGETS = List.of(ITEM, c(ColumnKey.BUDGET, "预算金额"),
                c(ColumnKey.GOAL, "绩效目标"), c(ColumnKey.LEVEL1, "一级指标"), c(ColumnKey.LEVEL2, "二级指标"), c(ColumnKey.INDICATOR, "三级指标"),
                c(ColumnKey.TARGET, "指标值"), c(ColumnKey.WEIGHT, "指标权重"));

        /** The columns of {@code a} followed by those of {@code b} whose keys {@code a} lacks. */
        static List<ColumnDef> union(List<ColumnDef> a, List<ColumnDef> b) {
            java.util.ArrayList<ColumnDef> out = new java.util.ArrayList<>(a);
            for (ColumnDef d : b) {
                if (out.stream().noneMatch(x -> x.key().equals(d.key()))) {
                    out.add(d);
                }
            }
            return List.copyOf(out);
        }
    }
}
