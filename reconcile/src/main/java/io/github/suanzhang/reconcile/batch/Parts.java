package io.github.suanzhang.reconcile.batch;

import io.github.suanzhang.core.doc.DocumentIdentity;
import io.github.suanzhang.core.doc.DocumentKind;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two files of the same entity, year, type and scope (different bytes) are the parts of one disclosure
 * rather than two versions of it. A disclosure published in two files splits what it carries: the narrative
 * (情况说明) in one, the tables (报表) in the other, as 附件1 and 附件2 of one notice. So they are parts when
 * <ul>
 *   <li>one carries the narrative and no tables, the other the tables and no narrative (read from what was read
 *       from them, or from the recognised kinds {@code disclosure-narrative}/{@code disclosure-tables});</li>
 *   <li>or their titles say so: 附件1 and 附件2 (two different attachment numbers), or 说明 in one and 报表 in
 *       the other;</li>
 *   <li>or both carry tables and no table kind is in both, and not both carry a narrative (contents disjoint:
 *       nothing one prints is printed again by the other).</li>
 * </ul>
 * Otherwise — both carry the same part (or one carries everything the other does) — the second file is a
 * republication, and its figures are compared by {@code batch.republished}.
 */
final class Parts {
    private static final Pattern ATTACHMENT = Pattern.compile("附\\s*件\\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})");

    private Parts() {
    }

    /** Why {@code a} and {@code b} are parts of one disclosure, or null when they are not. */
    static String why(DocumentIdentity a, DocumentIdentity b) {
        if (onlyNarrative(a) && onlyTables(b) || onlyTables(a) && onlyNarrative(b)) {
            return "一个文件只有情况说明、另一个只有报表";
        }
        if (covers(a, b) || covers(b, a)) {
            return null; // one carries all the other does, whatever the titles say: a version, not a part
        }
        String na = attachment(a.title());
        String nb = attachment(b.title());
        if (na != null && nb != null && !na.equals(nb)) {
            return "标题分别为附件" + na + "与附件" + nb;
        }
        if (says(a.title(), "说明", "报表") && says(b.title(), "报表", "说明")
                || says(a.title(), "报表", "说明") && says(b.title(), "说明", "报表")) {
            return "标题分别为说明与报表";
        }
        if (a.tables() != null && b.tables() != null && !a.tables().isEmpty() && !b.tables().isEmpty()
                && Collections.disjoint(a.tables(), b.tables()) && !(a.carriesNarrative() && b.carriesNarrative())) {
            return "两个文件所载报表互不重复";
        }
        return null;
    }

    /**
     * The file of the two that carries the tables (the {@code from} of a parts link): the tables file by its kind,
     * else the one carrying tables without narrative, else the one carrying tables, else the one whose title does
     * not say 说明 when the other's does, else the one with more kinds of tables; {@code a} when nothing tells.
     */
    static DocumentIdentity tables(DocumentIdentity a, DocumentIdentity b) {
        if ((a.kind() == DocumentKind.DISCLOSURE_TABLES) != (b.kind() == DocumentKind.DISCLOSURE_TABLES)) {
            return a.kind() == DocumentKind.DISCLOSURE_TABLES ? a : b;
        }
        if (onlyTables(a) != onlyTables(b)) {
            return onlyTables(a) ? a : b;
        }
        if (a.carriesTables() != b.carriesTables()) {
            return a.carriesTables() ? a : b;
        }
        boolean sa = a.title() != null && a.title().contains("说明");
        boolean sb = b.title() != null && b.title().contains("说明");
        if (sa != sb) {
            return sa ? b : a;
        }
        int ka = a.tables() == null ? 0 : a.tables().size();
        int kb = b.tables() == null ? 0 : b.tables().size();
        return kb > ka ? b : a;
    }

    private static boolean onlyNarrative(DocumentIdentity d) {
        return d.carriesNarrative() && !d.carriesTables();
    }

    private static boolean onlyTables(DocumentIdentity d) {
        return d.carriesTables() && !d.carriesNarrative();
    }

    private static boolean says(String title, String word, String not) {
        return title != null && title.contains(word) && !title.contains(not);
    }

    /** The attachment number a title starts with or names (附件2：… → 2), as a number; null when none. */
    static String attachment(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = ATTACHMENT.matcher(title);
        if (!m.find()) {
            return null;
        }
        String n = java.text.Normalizer.normalize(m.group(1), java.text.Normalizer.Form.NFKC);
        if (n.chars().allMatch(Character::isDigit)) {
            return String.valueOf(Integer.parseInt(n));
        }
        String digits = "零一二三四五六七八九";
        if (n.length() == 1) {
            return n.equals("十") ? "10" : String.valueOf(digits.indexOf(n.charAt(0)));
        }
        int tens = n.charAt(0) == '十' ? 1 : digits.indexOf(n.charAt(0));
        int ones = n.endsWith("十") ? 0 : digits.indexOf(n.charAt(n.length() - 1));
        return String.valueOf(tens * 10 + ones);
    }

    /**
     * Whether {@code a} carries everything {@code b} does: its narrative if {@code b} has one, and every kind of
     * table {@code b} has (when both are known; else tables if {@code b} has tables).
     */
    private static boolean covers(DocumentIdentity a, DocumentIdentity b) {
        if (b.carriesNarrative() && !a.carriesNarrative()) {
            return false;
        }
        if (!b.carriesTables()) {
            return true;
        }
        if (!a.carriesTables()) {
            return false;
        }
        return a.tables() == null || b.tables() == null || a.tables().containsAll(b.tables());
    }
}
