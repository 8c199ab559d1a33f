package io.github.suanzhang.reconcile.rules;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Scope;

/**
 * Which disclosures a rule family applies to, by {@link io.github.suanzhang.core.doc.DocumentInfo}.
 *
 * <p>The narrative rules and the functional-hierarchy rule rest on the 部门/单位 预决算 template: its
 * narrative restates its own tables (本年支出合计, 基本支出, "三公"经费 …) and its tables print every
 * 款 and 项 under a 类. Government-level reports (预算报告, 决算草案, 总决算, 债务表) do neither: they
 * state many amounts for different levels (全省 / 省本级 / 市县), years and funds with the same words,
 * and their tables may leave out lines (涉密 款 such as 20131–20136 in 黑龙江 2023 表2.5). A
 * disclosure whose scope is not recognised as 部门 or 单位 is treated like a government-level one: the
 * reader recognises every 部门/单位 disclosure of the corpus, and an unrecognised one is not one whose
 * figures can surely be matched.
 */
public final class Applicability {
    private Applicability() {
    }

    /** Whether {@code d} is a 部门 or 单位 disclosure (the template the narrative and hierarchy rules know). */
    public static boolean departmental(Disclosure d) {
        Scope s = d.document().scope();
        return s == Scope.DEPARTMENT || s == Scope.UNIT;
    }
}
