package io.github.suanzhang.extract.table;

import io.github.suanzhang.core.table.ColumnDef;
import java.util.List;
import java.util.Set;

/**
 * Maps a printed header (the path of header cells above a leaf column, top to bottom, each
 * {@linkplain Labels#compact compacted}) to a role and, for an amount column, to one of the kind's
 * canonical column keys. Matching is by keywords on the leaf label (and on the path where the leaf is a
 * generic word such as 合计 or 小计 under 公务用车…), most specific first, so that synonyms (小计 / 合计,
 * 决算数 / 金额, 一般公共预算 / 一般公共预算财政拨款 …) fall to the same key. Stateless.
 */
final class ColumnMapper {
    private ColumnMapper() {
    }

    /** What a column holds. */
    enum Role {
        /** a part of a split code: 类, 款 or 项 */
        CODE_PART,
        /** a whole subject code: 科目编码 */
        CODE,
        /** the row label: 科目名称, 项目 */
        LABEL,
        /** 行次 */
        LINE,
        /** a figure */
        AMOUNT
    }

    private static final Set<String> TOTAL_WORDS = Set.of("合计", "小计", "总计", "金额", "决算数", "预算数", "本年收入合计",
            "本年支出合计", "决算", "预算", "数额", "本年预算数", "预算金额", "金额合计", "支出合计", "收入合计");

    private static final Set<String> FUND = Set.of("一般公共预算", "政府性基金预算", "国有资本经营预算", "一般公共预算拨款",
            "政府性基金预算拨款", "国有资本经营预算拨款");
    private static final java.util.regex.Pattern YEAR_PREFIX = java.util.regex.Pattern.compile("^(19|20)\\d{2}年度?");

    static Role role(List<String> path) {
        if (path.isEmpty()) {
            return Role.AMOUNT;
        }
        String leaf = path.get(path.size() - 1);
        if (leaf.equals("类") || leaf.equals("款") || leaf.equals("项")) {
            return Role.CODE_PART;
        }
        if (leaf.equals("行次")) {
            return Role.LINE;
        }
        if (leaf.contains("编码") || leaf.contains("代码") || leaf.equals("科目代码") || leaf.equals("编号")) {
            return Role.CODE;
        }
        if (leaf.equals("项目") || leaf.endsWith("名称") || leaf.equals("科目") || leaf.equals("收入项目")
                || leaf.equals("支出项目") || leaf.equals("项目(按功能分类)") || leaf.equals("项目(按经济分类)")
                || leaf.equals("收入") || leaf.equals("支出") || leaf.startsWith("科目名称") || leaf.equals("单位")
                || leaf.endsWith("科目") || leaf.equals("预算单位") || leaf.equals("年度") || leaf.contains("品目") || leaf.endsWith("类别") || leaf.contains("(资金使用单位)")) {
            return Role.LABEL;
        }
        return Role.AMOUNT;
    }

    /** The part index (0 类, 1 款, 2 项) of a {@link Role#CODE_PART} leaf. */
    static int partIndex(String leaf) {
        return switch (leaf) {
            case "类" -> 0;
            case "款" -> 1;
            default -> 2;
        };
    }

    /**
     * The canonical key for an amount column with this header path among {@code candidates} (the kind's
     * columns, or one side's), or null when none fits.
     */
    static String key(List<String> path, List<ColumnDef> candidates) {
        if (path.isEmpty() || candidates.isEmpty()) {
            return null;
        }
        String leaf = YEAR_PREFIX.matcher(path.get(path.size() - 1)).replaceFirst("");
        String all = String.join("/", path);
        boolean threePublicFinal = has(candidates, "budget_total");
        if (threePublicFinal) {
            // 预算数/决算数 may stand above the items or below them
            List<String> items = path.stream().filter(x -> !x.equals("预算数") && !x.equals("决算数")).toList();
            if (!items.isEmpty()) {
                leaf = items.get(items.size() - 1);
            }
            String prefix = null;
            for (String x : path) {
                if (x.endsWith("预算数") || x.equals("预算")) {
                    prefix = "budget_";
                } else if (x.endsWith("决算数") || x.equals("决算")) {
                    prefix = "actual_";
                }
            }
            String k = threePublic(leaf, all);
            return prefix == null || k == null ? null : pick(candidates, prefix + k);
        }
        if (has(candidates, "outbound")) {
            if (FUND.contains(leaf) && path.size() >= 2) {
                // items split by fund (深圳): the 一般公共预算 sub-column carries the item, the others are kept unmapped
                if (!leaf.startsWith("一般公共预算")) {
                    return null;
                }
                leaf = path.get(path.size() - 2);
            }
            String k = threePublic(leaf, all);
            if (k != null) {
                return pick(candidates, k);
            }
        }
        String k = general(leaf, all, candidates);
        if ((leaf.equals("小计") || leaf.equals("合计")) && path.size() >= 2) {
            // 基本支出/小计 is the 基本支出 column; 本年支出/小计 and 决算数/合计 stay the row's total
            String parent = general(path.get(path.size() - 2), all, candidates);
            if (parent != null && pick(candidates, parent) != null) {
                k = parent;
            }
        }
        return k == null ? null : pick(candidates, k);
    }

    private static String threePublic(String leaf, String all) {
        if (leaf.contains("出国")) {
            return "outbound";
        }
        if (leaf.contains("接待")) {
            return "reception";
        }
        if (leaf.contains("会议")) {
            return "meeting";
        }
        if (leaf.contains("培训")) {
            return "training";
        }
        if (leaf.contains("机关运行") || leaf.contains("行政经费")) {
            return "operating_costs";
        }
        boolean vehicle = leaf.contains("公务用车") || leaf.contains("车辆");
        if (vehicle && leaf.contains("购置") && leaf.contains("运行")) {
            return "vehicle";
        }
        if (leaf.contains("购置")) {
            return "vehicle_purchase";
        }
        if (leaf.contains("运行") || leaf.contains("运维")) {
            return "vehicle_operation";
        }
        if (leaf.equals("小计") && (all.contains("公务用车") || all.contains("车辆"))) {
            return "vehicle";
        }
        if (TOTAL_WORDS.contains(leaf) || leaf.contains("合计") || leaf.endsWith("三公经费")) {
            return "total";
        }
        return null;
    }

    private static String general(String leaf, String all, List<ColumnDef> c) {
        if (leaf.contains("年初") || leaf.contains("上年结转") || leaf.contains("上年结余")) {
            return has(c, "opening_balance") ? "opening_balance" : "carryover";
        }
        if (leaf.contains("年末")) {
            return "closing_balance";
        }
        if (leaf.contains("基本支出")) {
            return "basic";
        }
        if (leaf.contains("项目支出")) {
            return "project";
        }
        if (leaf.contains("人员经费") || leaf.equals("人员类")) { // 人员类 | 公用经费 (长沙)
            return "personnel";
        }
        if (leaf.contains("公用经费")) {
            return "public";
        }
        if (leaf.contains("上缴上级")) {
            return "remittance_to_superior";
        }
        if (leaf.contains("对附属单位")) {
            return "subsidy_to_subsidiaries";
        }
        if (leaf.contains("附属单位上缴") || leaf.contains("附属单位缴款")) {
            return "subsidiary_remittance";
        }
        if (leaf.contains("上级补助")) {
            return "superior_subsidy";
        }
        if (leaf.contains("经营")) {
            if (leaf.contains("国有资本")) {
                return "state_capital";
            }
            return "operating";
        }
        if (leaf.contains("事业收入")) {
            return "business";
        }
        if (leaf.contains("其他收入")) {
            return "other";
        }
        if (leaf.contains("财政专户")) {
            return "special_account";
        }
        if (leaf.contains("一般公共预算")) {
            return "general_budget";
        }
        if (leaf.contains("政府性基金")) {
            return "government_fund";
        }
        if (leaf.contains("财政拨款")) {
            return "fiscal_allocation";
        }
        if (leaf.equals("本年收入") && has(c, "income")) {
            return "income";
        }
        if (leaf.equals("数量")) {
            return "quantity";
        }
        if (TOTAL_WORDS.contains(leaf) || leaf.endsWith("合计") || leaf.endsWith("总计") || leaf.equals("本年支出")
                || leaf.equals("本年收入")) {
            return "total";
        }
        return null;
    }

    private static boolean has(List<ColumnDef> c, String key) {
        for (ColumnDef d : c) {
            if (d.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static String pick(List<ColumnDef> c, String key) {
        return has(c, key) ? key : null;
    }
}
