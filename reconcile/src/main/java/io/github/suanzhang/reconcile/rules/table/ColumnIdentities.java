package io.github.suanzhang.reconcile.rules.table;

import io.github.suanzhang.core.table.ColumnKey;
import io.github.suanzhang.core.table.TableKind;
import java.util.List;

/**
 * The column identities of the standard tables ({@link ColumnArithmeticRule}): per kind, a total column and the
 * variants of its parts. A part key may carry a sign ({@code -total}: subtracted) and a mark ({@code !general_budget}:
 * the variant applies only when that column is printed); the other part columns may be absent (templates leave out
 * 财政专户 or 经营 columns), but a variant needs at least two of its part columns printed.
 */
final class ColumnIdentities {
    private ColumnIdentities() {
    }

    /** One identity: {@code total} = one of the variants. */
    record Identity(String total, List<List<String>> variants) {
    }

    static String key(String part) {
        return part.replaceFirst("^[-!]+", "");
    }

    static boolean minus(String part) {
        return part.startsWith("-");
    }

    static boolean required(String part) {
        return part.contains("!");
    }

    private static final String T = ColumnKey.TOTAL;
    private static final String FA = "!" + ColumnKey.FISCAL_ALLOCATION;
    private static final String GB = "!" + ColumnKey.GENERAL_BUDGET;

    /** The non-fiscal sources of the 预算 tables by source, 上年结转 last. */
    private static final List<String> OTHER_SOURCES = List.of(ColumnKey.SPECIAL_ACCOUNT, ColumnKey.BUSINESS, ColumnKey.OPERATING,
            ColumnKey.SUPERIOR_SUBSIDY, ColumnKey.SUBSIDIARY_REMITTANCE, ColumnKey.OTHER);

    private static List<String> join(List<String> a, List<String> b, String... more) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        out.addAll(List.of(more));
        return List.copyOf(out);
    }

    private static final List<String> FISCAL = List.of(GB, ColumnKey.GOVERNMENT_FUND, ColumnKey.STATE_CAPITAL);

    /** 总计 by source: 财政拨款 (its subtotal, or its three budgets) + the other sources, with or without 上年结转. */
    private static final Identity BY_SOURCE = new Identity(T, List.of(
            join(List.of(FA), OTHER_SOURCES, ColumnKey.CARRYOVER), join(List.of(FA), OTHER_SOURCES),
            join(FISCAL, OTHER_SOURCES, ColumnKey.CARRYOVER), join(FISCAL, OTHER_SOURCES)));
    /** 财政拨款 小计 = 一般公共预算 + 政府性基金 + 国有资本经营. */
    private static final Identity FISCAL_SUBTOTAL = new Identity(ColumnKey.FISCAL_ALLOCATION, List.of(FISCAL));
    private static final String PERSONNEL = "!" + ColumnKey.PERSONNEL;
    private static final String PUBLIC = "!" + ColumnKey.PUBLIC;
    /** 合计 = 基本支出 + 项目支出, or 人员经费 + 公用经费 + 项目支出 where 基本支出 is printed split. */
    private static final Identity BASIC_PROJECT = new Identity(T, List.of(List.of(ColumnKey.BASIC, ColumnKey.PROJECT),
            List.of(PERSONNEL, PUBLIC, ColumnKey.PROJECT)));
    private static final Identity EXPENDITURE = new Identity(T, List.of(List.of(ColumnKey.BASIC, ColumnKey.PROJECT,
            ColumnKey.REMITTANCE_TO_SUPERIOR, ColumnKey.OPERATING, ColumnKey.SUBSIDY_TO_SUBSIDIARIES),
            List.of(PERSONNEL, PUBLIC, ColumnKey.PROJECT, ColumnKey.REMITTANCE_TO_SUPERIOR, ColumnKey.OPERATING,
                    ColumnKey.SUBSIDY_TO_SUBSIDIARIES)));
    /** 基本支出 = 人员经费 + 公用经费 (columns under 基本支出). */
    private static final Identity BASIC_SPLIT = new Identity(ColumnKey.BASIC, List.of(List.of(PERSONNEL, PUBLIC)));
    /** 合计 = 人员经费 + 公用经费 in 基本支出 tables whose columns the reader left under 基本支出. */
    private static final Identity PERSONNEL_PUBLIC = new Identity(T, List.of(List.of(PERSONNEL, PUBLIC)));
    private static final Identity FINAL_INCOME = new Identity(T, List.of(List.of(ColumnKey.FISCAL_ALLOCATION,
            ColumnKey.SUPERIOR_SUBSIDY, ColumnKey.BUSINESS, ColumnKey.OPERATING, ColumnKey.SUBSIDIARY_REMITTANCE, ColumnKey.OTHER)));
    /** 合计 = 一般公共预算 + 政府性基金 + 国有资本经营 (财政拨款 summary tables, the 支出 side). */
    private static final Identity FISCAL_TOTAL = new Identity(T, List.of(FISCAL));
    /** 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出. */
    private static final Identity BALANCE = new Identity(ColumnKey.CLOSING_BALANCE, List.of(List.of(
            "!" + ColumnKey.OPENING_BALANCE, "!" + ColumnKey.INCOME, "-!" + T)));

    /** The identities of a kind's columns; none for a kind whose columns do not split a total. */
    static List<Identity> of(TableKind kind) {
        return switch (kind) {
            case FINAL_INCOME -> List.of(FINAL_INCOME);
            case FINAL_EXPENDITURE, BUDGET_EXPENDITURE -> List.of(EXPENDITURE, BASIC_SPLIT);
            case FINAL_GENERAL_BUDGET_EXPENDITURE, BUDGET_FISCAL_EXPENDITURE, BUDGET_GENERAL_BUDGET_EXPENDITURE,
                 BUDGET_GENERAL_BUDGET_EXPENDITURE_ECONOMIC, BUDGET_GOVERNMENT_FUND, BUDGET_STATE_CAPITAL -> List.of(BASIC_PROJECT, BASIC_SPLIT);
            case BUDGET_GENERAL_BUDGET_BASIC_EXPENDITURE, BUDGET_FISCAL_BASIC_EXPENDITURE -> List.of(PERSONNEL_PUBLIC);
            case FINAL_GOVERNMENT_FUND, FINAL_STATE_CAPITAL -> List.of(BASIC_PROJECT, BALANCE);
            case FINAL_FISCAL_SUMMARY, BUDGET_FISCAL_SUMMARY -> List.of(FISCAL_TOTAL);
            case BUDGET_INCOME, BUDGET_BASIC_EXPENDITURE, BUDGET_PROJECT_EXPENDITURE -> List.of(BY_SOURCE, FISCAL_SUBTOTAL);
            default -> List.of();
        };
    }
}
