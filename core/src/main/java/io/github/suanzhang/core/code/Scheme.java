package io.github.suanzhang.core.code;

/** Which classification a subject code belongs to. */
public enum Scheme {
    /** 支出功能分类科目 (and 收入分类): 类 3 digits, 款 5, 项 7 */
    FUNCTIONAL,
    /** 支出经济分类科目 (部门预算): 类 3 digits (301), 款 5 (30101) */
    ECONOMIC
}
