package io.github.suanzhang.core.doc;

/**
 * What a file is, read from its content (cover, titles, table titles), never from its name: a whole
 * fiscal disclosure, one part of a disclosure published as its own file, something that is not a fiscal
 * disclosure at all, or not known.
 */
public enum DocumentKind {
    /** a whole disclosure: cover or title, narrative and tables (部门预算公开, 单位决算, 总预算 …) */
    DISCLOSURE("disclosure"),
    /** the tables of a disclosure published alone (附件2 … 部门预算报表: 预算01表 收支总表 … and no narrative) */
    DISCLOSURE_TABLES("disclosure-tables"),
    /** the narrative of a disclosure published alone (附件1 … 部门预算情况说明, no table with figures) */
    DISCLOSURE_NARRATIVE("disclosure-narrative"),
    /** not a fiscal disclosure (通知, 通告, 公报, 网站年度报表, 申请表, 绩效评价报告 …): audited by no fiscal rule */
    NOT_A_DISCLOSURE("not-a-disclosure"),
    /** nothing to tell from (no text layer, nothing read) */
    UNKNOWN("unknown");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    /** The word used in {@code summary.csv}: {@code disclosure}, {@code not-a-disclosure}, … */
    public String label() {
        return label;
    }

    /** Whether fiscal rules apply: a disclosure, a part of one, or a file not known to be anything else. */
    public boolean fiscal() {
        return this != NOT_A_DISCLOSURE;
    }
}
