package io.github.suanzhang.reconcile.rules.narrative.subject;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A "subject" that is only a time ({@code 上年}, {@code 去年}, {@code 上年度}, {@code 2025年}, {@code 上年预算}):
 * the reader took the words before a figure as its subject, and the words say whose year the figure is, not
 * what it is of. {@code 比上年预算(注:上年1,367.19万元,公开时请删除注释)增加55.98万元} states the previous
 * year's figure in brackets; it belongs to the 上年 column or to last year's document, never to this year's
 * line, and a change "of 上年" has no subject to look up. Rules do not compare such claims.
 */
public final class OtherYearSubject {
    private static final Pattern TIME_ONLY = Pattern.compile(
            "^[(（]?(?:比|较|与)?(?:上年|去年|上一年|上年度|前一年|同期|上年同期|((?:19|20)\\d{2})年度?)"
                    + "(?:年初)?(?:预算数?|决算数?|执行数|实际数|同期)?(?:为|是)?$");

    private OtherYearSubject() {
    }

    /**
     * Whether {@code subject} names only a time other than {@code reportYear} (null: unknown; then any
     * explicit year counts as a time only).
     */
    public static boolean is(String subject, Integer reportYear) {
        if (subject == null) {
            return false;
        }
        String s = subject.replaceAll("\\s", "");
        Matcher m = TIME_ONLY.matcher(s);
        if (!m.matches()) {
            return false;
        }
        return m.group(1) == null || reportYear == null || Integer.parseInt(m.group(1)) != reportYear;
    }
}
