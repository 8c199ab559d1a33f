package io.github.suanzhang.reconcile.rules.narrative;

import static io.github.suanzhang.reconcile.rules.Claims.amount;
import static io.github.suanzhang.reconcile.rules.Claims.completion;
import static io.github.suanzhang.reconcile.rules.Claims.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.reconcile.rules.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeAmountRuleTest {
    private static List<Finding> run(Disclosure d) {
        return new NarrativeAmountRule().check(d).toList();
    }

    @Test
    void positive() {
        Disclosure d = Seed.tables()
                .statement("行政运行(项)支出决算为872.88万元。", amount("行政运行", "决算", "872.88"))
                .statement("提租补贴(项)支出决算为18.28万元。", completion("提租补贴", "18.92", "18.28", "96.6", names("住房保障支出", "住房改革支出", "提租补贴")))
                .statement("人员经费1,270.89万元。", amount("人员经费", null, "1,270.89"))
                .build();
        List<Finding> fs = run(d);
        assertEquals(List.of(Severity.WARNING, Severity.WARNING, Severity.ERROR), fs.stream().map(Finding::severity).toList());
        Finding first = fs.get(0);
        assertEquals("narrative.amount", first.rule());
        assertTrue(first.message().contains("872.88万元") && first.message().contains("872.87万元") && first.message().contains("0.01万元"));
        assertEquals(1000, first.evidence().get(0).place().line());
        assertTrue(first.evidence().stream().anyMatch(e -> "t05".equals(e.table()) && "total".equals(e.column())));
        assertTrue(fs.get(2).message().contains("1,207.89万元"), fs.get(2).message());
    }

    @Test
    void negative() {
        Disclosure d = Seed.tables()
                .statement("行政运行872.87万元。", amount("行政运行", "决算", "872.87"))
                .statement("住房公积金106.7万元。", amount("住房公积金", null, "106.7"))                  // other precision, rounds to it
                .statement("行政运行年初预算917.66万元。", amount("行政运行", "年初预算", "917.66"))     // no table column in a 决算
                .statement("一般公共服务(类)支出1,225.06万元。", amount("一般公共服务", "支出", "1,225.06", names("一般公共服务", null, null)))
                .statement("政府采购支出总额7.96万元。", amount("政府采购支出总额", null, "7.96"))       // not in the tables
                .statement("\"三公\"经费预算1.93万元。", amount("\"三公\"经费", "预算", "1.93"))
                .build();
        assertEquals(List.of(), run(d));
    }
}
