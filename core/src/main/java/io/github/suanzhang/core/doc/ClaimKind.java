package io.github.suanzhang.core.doc;

/** The kinds of claim a narrative sentence makes. */
public enum ClaimKind {
    /** an amount for a subject: 行政运行(项)支出决算为872.88万元 */
    AMOUNT,
    /** a share: 占本年支出84.5% */
    SHARE,
    /** a change: 比2022年度减少244.12万元，下降13.6% */
    CHANGE,
    /** a budget completion: 年初预算为917.66万元，支出决算为872.88万元，完成年初预算的95.1% */
    COMPLETION,
    /** a direction word about a comparison: 增加 / 减少 / 持平 … (also in reason sentences) */
    DIRECTION,
    /** classification names as stated: 一般公共服务支出(类)财政事务(款)行政运行(项) */
    CLASS_NAMES,
    /** a year reference: 2022年度部门决算 */
    YEAR_REFERENCE,
    /** a breakdown: 燃料费0.7万元；维修费0.89万元 … */
    BREAKDOWN,
    /** a count: 公务用车保有量1辆 */
    COUNT
}
