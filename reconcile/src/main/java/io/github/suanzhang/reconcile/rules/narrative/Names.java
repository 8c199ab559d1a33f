package io.github.suanzhang.reconcile.rules.narrative;

import io.github.suanzhang.core.text.TextNormalizer;
import java.util.regex.Pattern;

/**
 * Comparing subject names as the narrative and the tables print them. {@link #normalise} brings both to
 * one spelling (NFKC, no spaces or quotes, no ordinal prefix such as {@code 八、} or {@code 1.}, no level
 * marks {@code (类)}/{@code (款)}/{@code (项)} or code marks {@code (210类)}/{@code (01项)}), so that
 * 卫生健康支出 and 卫生健康支出(类) compare equal. {@link #variant} says whether two different names are
 * plausibly wordings of one subject (机关事业单位养老保险缴费支出 vs 机关事业单位基本养老保险缴费支出).
 */
public final class Names {
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:[一二三四五六七八九十百]+、|\\(?[一二三四五六七八九十]+\\)|\\(?[0-9]{1,2}\\)|[0-9]{1,2}[.、](?![0-9]))+");
    private static final Pattern LEVEL_MARK = Pattern.compile("\\([0-9]{0,7}[类款项]\\)");
    private static final Pattern DROP = Pattern.compile("[\\s\"'“”‘’「」『』<>《》·、,，:：;；。]");

    private Names() {
    }

    /** The name in one spelling for comparison; never null. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String s = TextNormalizer.compact(name);
        s = s.replace('（', '(').replace('）', ')');
        s = PREFIX.matcher(s).replaceFirst("");
        s = DROP.matcher(s).replaceAll("");
        s = LEVEL_MARK.matcher(s).replaceAll("");
        return s;
    }

    /**
     * Generic nouns that name no particular subject on their own: 资金 in {@code 共涉及项目1个,资金240.27万元}
     * (the project's funds) and in {@code 对1个单位开展整体支出绩效自评,资金1,553.51万元} (the unit's funds) are
     * two different things.
     */
    private static final java.util.Set<String> VAGUE = java.util.Set.of("资金", "经费", "项目", "支出", "收入", "金额",
            "款项", "费用", "预算", "决算", "资产", "合计", "总计", "总额", "共计", "单位", "部门", "其中", "累计", "数额");

    /** Whether a subject is only a generic noun ({@link #VAGUE}) that cannot identify what an amount is of. */
    public static boolean vague(String name) {
        return VAGUE.contains(normalise(name));
    }

    /** Equal after {@link #normalise}. */
    public static boolean same(String a, String b) {
        String x = normalise(a);
        return !x.isEmpty() && x.equals(normalise(b));
    }

    /**
     * Whether two names are wordings of one subject: equal after normalising and dropping a trailing
     * 支出/费/经费, or the shorter is a subsequence of the longer and at least two thirds as long
     * (机关事业单位养老保险缴费支出 in 机关事业单位基本养老保险缴费支出; 一般公共服务 in 一般公共服务支出).
     * 财政事务 vs 人力资源和社会保障管理事务 and 一般公共服务 vs 社会保障和就业支出 are not variants.
     */
    public static boolean variant(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y) || stem(x).equals(stem(y))) {
            return true;
        }
        String s = x.length() <= y.length() ? x : y;
        String l = s == x ? y : x;
        return 3 * s.length() >= 2 * l.length() && subsequence(s, l);
    }

    private static String stem(String s) {
        for (String suffix : new String[] {"支出", "经费", "费"}) {
            if (s.endsWith(suffix) && s.length() > suffix.length() + 1) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }

    private static boolean subsequence(String s, String l) {
        int j = 0;
        for (int i = 0; i < l.length() && j < s.length(); i++) {
            if (l.charAt(i) == s.charAt(j)) {
                j++;
            }
        }
        return j == s.length();
    }
}
