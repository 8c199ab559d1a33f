package io.github.suanzhang.core.doc;

/** Whether a disclosure is a budget (预算) or final accounts (决算). */
public enum DocumentType {
    /** 预算 */
    BUDGET("预算"),
    /** 决算 */
    FINAL_ACCOUNTS("决算"),
    /** not determined */
    UNKNOWN("");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    /** The Chinese name: 决算 or 预算; empty when unknown. */
    public String label() {
        return label;
    }
}
