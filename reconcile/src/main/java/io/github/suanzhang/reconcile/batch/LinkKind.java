package io.github.suanzhang.reconcile.batch;

/** How two documents of a batch are related. */
public enum LinkKind {
    /** the same entity, kind and scope, one year earlier: from = this year's, to = last year's */
    PREVIOUS_YEAR("previous-year"),
    /** the same entity, scope and year: from = the 决算, to = the 预算 */
    BUDGET_FINAL("budget-final"),
    /** the same kind and year: from = the department (部门), to = one of its units (单位) */
    DEPARTMENT_UNIT("department-unit"),
    /** one disclosure published as two files: from = the tables, to = the narrative */
    PARTS("parts"),
    /** the same bytes twice: from = the first file, to = the copy */
    DUPLICATE("duplicate"),
    /** the same entity, year, kind and scope in two different files: from = the first, to = the other */
    REPUBLISHED("republished");

    private final String label;

    LinkKind(String label) {
        this.label = label;
    }

    /** The word used in links.csv and the JSON. */
    public String label() {
        return label;
    }
}
