package io.github.suanzhang.reconcile.batch;

/** Which year and which kind of accounts a figure printed in a document is of. */
public enum Basis {
    /** the document's own year and kind (its 预算数 in a 预算, its 决算数 in a 决算) */
    CURRENT,
    /** last year's budget as printed in this year's document (上年预算数, 2025年预算数 in a 2026 预算) */
    PREVIOUS_BUDGET,
    /** last year's final accounts as printed in this year's document (上年决算数, 比2022年度决算数…) */
    PREVIOUS_FINAL,
    /** the year's opening budget as printed in its final accounts (年初预算数, 三公 预算数 in a 决算) */
    OPENING_BUDGET
}
