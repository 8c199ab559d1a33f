package io.github.suanzhang.reconcile.rules.narrative;

import static io.github.suanzhang.reconcile.rules.Claims.amount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeSelfConsistencyRuleTest {
    private static List<Finding> run(Disclosure d) {
        return new NarrativeSelfConsistencyRule().check(d).toList();
    }

    @Test
    void positive() {
        Disclosure d = Fixture.disclosure().type(DocumentType.BUDGET).year(2024)
                .statement("住房公积金（01项）208.8万元。", amount("住房公积金（01项）", null, "208.8"))
                .statement("住房公积金预算安排201.50万元。", amount("住房公积金", "预算安排", "201.50"))
                .statement("政府采购支出总额7.96万元。", amount("政府采购支出总额", null, "7.96"))
                .statement("政府采购支出总额7.97万元。", amount("政府采购支出总额", null, "7.97"))
                .build();
        List<Finding> fs = run(d);
        assertEquals(List.of(Severity.ERROR, Severity.WARNING), fs.stream().map(Finding::severity).toList());
        assertTrue(fs.get(0).message().contains("208.8万元") && fs.get(0).message().contains("201.50万元"), fs.get(0).message());
        assertEquals(List.of(1000, 1001), fs.get(0).evidence().stream().map(e -> e.place().line()).toList());
    }

    @Test
    void vague_subjects_are_not_compared() {
        Disclosure d = Fixture.disclosure()
                .statement("共涉及项目1个,资金240.27万元,占一般公共预算项目支出总额的100%。", amount("资金", null, "240.27"))
                .statement("对1个单位开展整体支出绩效自评,资金1,553.51万元。", amount("资金", null, "1,553.51"))
                .statement("项目经费50.00万元。", amount("经费", null, "50.00"))
                .statement("其他经费60.00万元。", amount("经费", null, "60.00"))
                .build();
        assertEquals(List.of(), run(d));
        assertTrue(Names.vague("资金") && Names.vague(" 经费 ") && !Names.vague("项目支出") && !Names.vague("住房公积金"));
    }

    @Test
    void negative() {
        Disclosure d = Fixture.disclosure().type(DocumentType.BUDGET).year(2024)
                .statement("住房公积金208.8万元。", amount("住房公积金", null, "208.8"))
                .statement("住房公积金208.80万元。", amount("住房公积金", "预算", "208.80"))
                .statement("住房公积金上年决算190.00万元。", amount("住房公积金", "决算", "190.00"))
                .statement("机关运行经费年初预算100.00万元。", amount("机关运行经费", "年初预算", "100.00"))
                .statement("机关运行经费决算90.00万元。", amount("机关运行经费", "决算", "90.00"))
                .build();
        assertEquals(List.of(), run(d));
    }
}
