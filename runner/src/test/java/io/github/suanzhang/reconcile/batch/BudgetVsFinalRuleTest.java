package io.github.suanzhang.reconcile.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.doc.Source;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.testdata.Fixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 决算 is the seed (its narrative: 年初预算为1,591.17万元 for the whole 一般公共预算财政拨款支出, 917.66 for
 * 行政运行 2080101); the 预算 of the same unit and year is built in code with its 一般公共预算支出表.
 */
class BudgetVsFinalRuleTest {
    @TempDir
    Path dir;

    static Disclosure budget(String total, String running) {
        return Fixture.disclosure().type(DocumentType.BUDGET).scope(Scope.UNIT).year(2023)
                .entity("武汉市人力资源和社会保障局汉阳社会保险管理处")
                .table(Fixture.table("t05", TableKind.BUDGET_GENERAL_BUDGET_EXPENDITURE, "code", "name", "total", "basic", "project")
                        .title("2023年一般公共预算支出表").page(6)
                        .row(null, "合计", "", "", total, "", "")
                        .row("2080101", "行政运行", "", "", running, running, "").build())
                .build().withSource(Source.inCode("budget2023"));
    }

    List<Finding> run(String finalText, Disclosure budget) {
        BatchAudit.Result r = BatchAudit.run(List.of(Exports.read(dir, "final2023.txt", finalText), budget));
        assertEquals(1, r.links().stream().filter(l -> l.kind() == LinkKind.BUDGET_FINAL).count(), r.links().toString());
        return r.findings().stream().map(BatchAudit.BatchFinding::finding)
                .filter(f -> f.rule().equals("batch.budget-vs-final")).toList();
    }

    @Test
    void positive_the_opening_budget_in_the_final_accounts_is_not_the_budget() {
        // the 决算's narrative restates 行政运行's opening budget as 971.66 (the 预算 printed 917.66)
        String edited = Exports.edit(Exports.seed(), "年初预算为917. 66万元", "年初预算为971. 66万元");
        List<Finding> f = run(edited, budget("1,591.17", "917.66"));
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals("971.66", f.get(0).figures().get("opening_budget").plain());
        assertEquals("917.66", f.get(0).figures().get("budget_document").plain());
        assertTrue(f.get(0).evidence().get(1).document().equals("budget2023"));
    }

    @Test
    void negative_the_same_opening_budget() {
        assertEquals(List.of(), run(Exports.seed(), budget("1,591.17", "917.66")));
    }
}
