package io.github.suanzhang.core.doc;

/** Whose accounts a disclosure gives: a department (部门, consolidated), one unit (单位), or a government level. */
public enum Scope {
    /** 部门 */
    DEPARTMENT("部门"),
    /** 单位 */
    UNIT("单位"),
    /** 政府 (总预算 / 总决算, 一般公共预算 of a province, city, county) */
    GOVERNMENT("政府"),
    /** not known */
    UNKNOWN("");

    private final String label;

    Scope(String label) {
        this.label = label;
    }

    /** The Chinese name (部门, 单位, 政府); empty when unknown. */
    public String label() {
        return label;
    }
}
