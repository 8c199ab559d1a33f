package io.github.suanzhang.reconcile.rules.narrative;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimAttribute;
import io.github.suanzhang.core.doc.DocumentType;

/**
 * What a stated figure measures, read from the claim's {@code measure} attribute (claim conventions):
 * only like is compared with like. In a 决算 the tables hold {@link #ACTUAL} figures (and the 三公 table
 * also {@link #BUDGET} 预算数); 年初预算 ({@link #INITIAL_BUDGET}) has no table column there. In a 预算
 * the tables hold the budget, which is both {@link #BUDGET} and {@link #INITIAL_BUDGET}.
 */
public enum Measure {
    /** 决算 / 执行数 / 支出 / 收入 as the year's outcome */
    ACTUAL,
    /** 预算 / 预算数 / 全年预算 / 预算安排 (after adjustments) */
    BUDGET,
    /** 年初预算 */
    INITIAL_BUDGET;

    /** The measure of a claim in a document of {@code type}: its own, or the document's when unstated. */
    public static Measure of(Claim claim, DocumentType type) {
        return of(claim.attributes().get(ClaimAttribute.MEASURE), type);
    }

    public static Measure of(String stated, DocumentType type) {
        String m = stated == null ? "" : stated;
        if (m.contains("年初预算")) {
            return type == DocumentType.BUDGET ? BUDGET : INITIAL_BUDGET;
        }
        if (m.contains("预算") || m.contains("安排")) {
            return BUDGET;
        }
        if (m.contains("决算") || m.contains("执行")) {
            return ACTUAL;
        }
        return type == DocumentType.BUDGET ? BUDGET : ACTUAL;
    }

    /** In a budget document, the initial budget is the budget. */
    public Measure in(DocumentType type) {
        return type == DocumentType.BUDGET && this == INITIAL_BUDGET ? BUDGET : this;
    }

    /** Chinese word for messages. */
    public String word() {
        return switch (this) {
            case ACTUAL -> "决算数";
            case BUDGET -> "预算数";
            case INITIAL_BUDGET -> "年初预算数";
        };
    }
}
