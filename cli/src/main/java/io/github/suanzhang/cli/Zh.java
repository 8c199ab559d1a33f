package io.github.suanzhang.cli;

import io.github.suanzhang.runner.Status;
import io.github.suanzhang.core.doc.FigureRole;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.FindingFigure;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.number.Amount;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The Chinese a reader sees in the text output and the report: severities, statuses, problem kinds, the
 * roles of a finding's figures, and figures the rules computed printed at the precision of the printed
 * figures they were computed from.
 */
final class Zh {
    private Zh() {
    }

    static String severity(Severity s) {
        return switch (s) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }

    static String status(Status s) {
        return switch (s) {
            case OK -> "正常";
            case PARTLY_READABLE -> "部分可读";
            case UNREADABLE -> "无法读取";
            case FAILED -> "失败";
            case TIMEOUT -> "超时";
            case SKIPPED_UNCHANGED -> "未变（沿用上次）";
            case NOT_A_DISCLOSURE -> "非财政公开文件";
        };
    }

    static String problem(ProblemKind k) {
        return switch (k) {
            case NOT_A_PDF -> "不是PDF";
            case EMPTY_FILE -> "空文件";
            case DAMAGED_PDF -> "PDF损坏";
            case ENCRYPTED -> "PDF加密";
            case NO_TEXT_LAYER -> "无文字层（扫描件）";
            case UNREADABLE_TEXT -> "文字无法解码";
            case TABLE_NOT_UNDERSTOOD -> "表格未能识别";
            case TABLE_MISSING -> "缺少表格";
            case UNREADABLE_FIGURE -> "数字无法读取";
            case TIMEOUT -> "超时";
            case TOO_LARGE -> "文件过大";
            case UNKNOWN_ENCODING -> "编码不明";
            case OTHER -> "其他";
            case INVALID_JSON -> "JSON格式有误";
            case RULE_FAILED -> "规则未能完成";
            case READ_BY_OCR -> "已用OCR识别";
            case OCR_DOUBT -> "OCR识别存疑";
            case BLANK_PAGE -> "空白页";
            case HALF_WIDTH_COMMA -> "半角逗号";
        };
    }

    /** A problem kind given by name (as in summary.csv's {@code reason}); the name itself when unknown. */
    static String problem(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        try {
            return problem(ProblemKind.valueOf(name));
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    private static final Map<String, String> ROLES = Map.ofEntries(
            Map.entry(FindingFigure.STATED, "所称数"), Map.entry(FindingFigure.TABLE, "表中数"),
            Map.entry(FindingFigure.COMPUTED, "按表计算"), Map.entry(FindingFigure.DIFFERENCE, "差额"),
            Map.entry("part", "部分"), Map.entry("base", "基数"), Map.entry(FigureRole.BUDGET, "预算数"),
            Map.entry(FigureRole.ACTUAL, "决算（执行）数"), Map.entry(FigureRole.BEFORE, "上年数"),
            Map.entry(FigureRole.AFTER, "本年数"), Map.entry(FigureRole.CHANGE, "增减额"), Map.entry("report", "报告年度"),
            Map.entry("restated", "复述数"), Map.entry("weight", "分值"), Map.entry("target", "目标值"),
            Map.entry(FigureRole.RATE, "执行率"), Map.entry(FigureRole.PERCENT, "百分比"),
            Map.entry(FigureRole.SHARE, "占比部分"), Map.entry(FigureRole.WHOLE, "总数"), Map.entry(FigureRole.TOTAL, "合计"),
            Map.entry("score", "得分"), Map.entry("vehicle_purchase", "公务用车购置费"),
            Map.entry("vehicle_operation", "公务用车运行维护费"), Map.entry("reception", "公务接待费"),
            Map.entry("outbound", "因公出国（境）费"));

    /** A figure role in Chinese: {@code stated} 说明所称, {@code stated_budget} 说明所称·预算数; the key itself when unknown. */
    static String role(String key) {
        String z = ROLES.get(key);
        if (z != null) {
            return z;
        }
        int u = key.indexOf('_');
        if (u > 0) {
            String a = ROLES.get(key.substring(0, u));
            String b = ROLES.get(key.substring(u + 1));
            if (a != null && b != null) {
                return a + "·" + b;
            }
        }
        return key;
    }

    /**
     * A figure of {@code f} for a reader: a printed figure as printed ({@link Amount#display()}); a figure the
     * rule computed (no raw text: {@code difference}, {@code computed}) at the decimals of the printed
     * figures of the same unit — never more — so {@code 0.0100万元} reads {@code 0.01万元}; a computed
     * percentage keeps up to two more decimals than the printed one (10.766% beside a printed 10.7%), which
     * is what shows why it rounds otherwise.
     */
    static String figure(Finding f, String role) {
        Amount a = f.figures().get(role);
        if (a == null) {
            return "";
        }
        if (a.raw() != null) {
            return a.display();
        }
        int printed = -1;
        for (Amount o : f.figures().values()) {
            if (o.raw() != null && o.unit() == a.unit()) {
                printed = Math.max(printed, o.decimals());
            }
        }
        if (printed < 0) {
            return a.display();
        }
        int keep = role.equals("difference") || a.unit() != io.github.suanzhang.core.number.Unit.PERCENT
                ? printed : printed + 2;
        if (a.value().scale() <= keep && a.decimals() <= keep) {
            return a.display();
        }
        return a.value().setScale(Math.max(0, keep), RoundingMode.HALF_UP).toPlainString() + a.unit().label();
    }

    /**
     * The number parser's reasons ({@code core.number.NumberParser}, quoted in problem messages such as
     * {@code 单元格“1,5533”不是数字: …}) in Chinese, for the text output and the report; the JSON keeps them as
     * the parser wrote them. Whatever is not one of these phrases is left as it is.
     */
    private static final String[][] REASONS = {
        {"digit groups are not thousands \\(groups of three\\)", "数字分组不是千位分组（每组三位）"},
        {"; the last comma may be a misread decimal point, but the column's precision is unknown",
            "；最后一个逗号可能是误读的小数点，但该列的小数位数不明"},
        {"; the last comma may be a misread decimal point, but the last group has (\\d+) digits and the column prints (\\d+) decimals",
            "；最后一个逗号可能是误读的小数点，但最后一组有 $1 位，而该列印 $2 位小数"},
        {"a code column holds codes, not figures", "编码列中是编码，不是数字"},
        {"a text column holds labels, not figures", "文字列中是名称，不是数字"},
        {"longer than (\\d+) characters", "超过 $1 个字符"},
        {"unbalanced parenthesis", "括号不成对"},
        {"a sign inside accounting parentheses", "会计括号内又有正负号"},
        {"no digits", "没有数字"},
        {"starts with a comma", "以逗号开头"},
        {"two separators in a row: '(.)' and '(.)'", "连续两个分隔符“$1”“$2”"},
        {"ends with '(.)'", "以“$1”结尾"},
        {"more than one decimal point", "不止一个小数点"},
        {"a separator inside the decimals", "小数部分中有分隔符"},
        {"digit groups separated both by commas and by spaces", "数字分组既用逗号又用空格"},
        {"a leading zero: a code, not a figure", "以0开头，是编码，不是数字"},
        {"a date \\('(.)'\\), not a figure", "含日期字样“$1”，不是数字"},
        {"an item or row number \\('(.)'\\), not a figure", "含项目或行次序号“$1”，不是数字"},
        {"unexpected character '(.)'", "含有意外字符“$1”"},
        {"不是数字: ", "不是数字："},
    };

    /** {@code message} with the number parser's reasons in Chinese (see {@link #REASONS}). */
    static String message(String message) {
        if (message == null || message.isEmpty()) {
            return message;
        }
        String m = message;
        for (String[] r : REASONS) {
            m = m.replaceAll(r[0], r[1]);
        }
        return m;
    }

    private static final Map<String, String> RULES = ruleSummaries();

    private static Map<String, String> ruleSummaries() {
        Map<String, String> m = new java.util.HashMap<>();
        try {
            for (io.github.suanzhang.reconcile.Rule r : io.github.suanzhang.reconcile.Rules.all()) {
                io.github.suanzhang.reconcile.RuleMeta meta = r.getClass().getAnnotation(io.github.suanzhang.reconcile.RuleMeta.class);
                if (meta != null) {
                    m.put(meta.id(), meta.summary());
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // the names are a courtesy: without them the report shows the rule ids
        }
        return Map.copyOf(m);
    }

    /** What a rule checks, in Chinese (its {@code @RuleMeta} summary), or "" when unknown. */
    static String rule(String id) {
        return RULES.getOrDefault(id, "");
    }
}
