package io.github.suanzhang.core.doc;

/**
 * The roles under which a {@link Claim} carries its figures ({@link Claim#figures()}): the contract between
 * the narrative reader that fills them and the rules that read them. The strings are part of the JSON
 * output (docs/schema.md); renaming one breaks it.
 *
 * <p>Which roles a claim has depends on its {@link ClaimKind}:
 * <ul>
 *   <li>{@link ClaimKind#AMOUNT}, {@link ClaimKind#COUNT}: {@link #AMOUNT}</li>
 *   <li>{@link ClaimKind#SHARE}: {@link #PERCENT}, and where stated {@link #SHARE} (the part) and
 *       {@link #WHOLE} (what it is a share of)</li>
 *   <li>{@link ClaimKind#CHANGE}: {@link #BEFORE}, {@link #AFTER}, {@link #CHANGE}, {@link #PERCENT},
 *       each where stated</li>
 *   <li>{@link ClaimKind#COMPLETION}: {@link #BUDGET}, {@link #ACTUAL}, {@link #RATE}</li>
 *   <li>{@link ClaimKind#BREAKDOWN}: {@link #TOTAL} (the head figure) and each item by its name</li>
 * </ul>
 */
public final class FigureRole {
    /** the stated amount of an {@link ClaimKind#AMOUNT} or {@link ClaimKind#COUNT} claim */
    public static final String AMOUNT = "amount";
    /** the part's amount in a {@link ClaimKind#SHARE} claim */
    public static final String SHARE = "share";
    /** the amount a share is of */
    public static final String WHOLE = "whole";
    /** the earlier figure of a comparison (上年, 预算) */
    public static final String BEFORE = "before";
    /** the later figure of a comparison (本年, 决算) */
    public static final String AFTER = "after";
    /** the stated difference 增加/减少 X */
    public static final String CHANGE = "change";
    /** a stated percentage: a share's 占 X%, a change's 增长/下降 X% */
    public static final String PERCENT = "percent";
    /** the budget (预算数) of a completion claim */
    public static final String BUDGET = "budget";
    /** the outturn (决算数, 执行数) of a completion claim, also read as the stated amount */
    public static final String ACTUAL = "actual";
    /** the completion rate (完成预算的 X%, 执行率) */
    public static final String RATE = "rate";
    /** the head figure of a {@link ClaimKind#BREAKDOWN}; the items stand under their own names */
    public static final String TOTAL = "total";

    private FigureRole() {
    }
}
