package io.github.suanzhang.reconcile.batch;

import io.github.suanzhang.core.table.TableKind;
import java.util.Optional;

/**
 * The tables a 预算 and a 决算 both print for one measure, so that a figure of one can be looked up in the
 * other: 一般公共预算(财政拨款)支出 by functional code, 支出 by functional code, and 三公 经费.
 */
enum Family {
    GENERAL_BUDGET_EXPENDITURE("一般公共预算财政拨款支出", TableKind.BUDGET_GENERAL_BUDGET_EXPENDITURE,
            TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE),
    EXPENDITURE("支出", TableKind.BUDGET_EXPENDITURE, TableKind.FINAL_EXPENDITURE),
    THREE_PUBLIC("“三公”经费", TableKind.BUDGET_THREE_PUBLIC, TableKind.FINAL_THREE_PUBLIC);

    private final String label;
    private final TableKind budget;
    private final TableKind finalAccounts;

    Family(String label, TableKind budget, TableKind finalAccounts) {
        this.label = label;
        this.budget = budget;
        this.finalAccounts = finalAccounts;
    }

    public String label() {
        return label;
    }

    public static Optional<Family> of(TableKind kind) {
        for (Family f : values()) {
            if (f.budget == kind || f.finalAccounts == kind) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
