package io.github.suanzhang.reconcile.rules.narrative;

import static io.github.suanzhang.reconcile.rules.Claims.share;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.reconcile.rules.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeShareRuleTest {
    private static List<Finding> run(Disclosure d) {
        return new NarrativeShareRule().check(d).toList();
    }

    @Test
    void positive() {
        Disclosure d = Seed.tables()
                .statement("卫生健康支出(类)167.24万元,占10.7%。", share("卫生健康支出", "167.24", "10.7", null, "一般公共预算财政拨款支出"))
                .statement("基本支出占本年支出80.5%。", share("基本支出", null, "80.5", "本年支出", null))
                .build();
        List<Finding> fs = run(d);
        assertEquals(List.of(Severity.WARNING, Severity.ERROR), fs.stream().map(Finding::severity).toList());
        assertTrue(fs.get(0).message().contains("10.7%") && fs.get(0).message().contains("1,553.51万元"), fs.get(0).message());
        assertEquals(3, fs.get(1).evidence().size(), "sentence, part cell, base cell");
        assertTrue(fs.get(1).evidence().stream().anyMatch(e -> "basic".equals(e.column())));
    }

    @Test
    void negative() {
        Disclosure d = Seed.tables()
                .statement("基本支出1,313.24万元,占本年支出84.5%", share("基本支出", "1,313.24", "84.5", "本年支出", null))
                .statement("项目支出占本年支出15.5%", share("项目支出", null, "15.5", "本年支出", null))
                .statement("资金240.27万元,占一般公共预算项目支出总额的90%", share("资金", "240.27", "90", "一般公共预算项目支出总额", null))
                .statement("占5%", share("某项", "10.00", "5", null, null))
                .build();
        assertEquals(List.of(), run(d));
    }
}
