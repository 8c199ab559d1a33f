package io.github.suanzhang.reconcile.rules.attachment;

import static io.github.suanzhang.reconcile.rules.Claims.attrs;
import static io.github.suanzhang.reconcile.rules.Claims.completion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.reconcile.rules.Seed;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelfEvaluationVsNarrativeRuleTest {
    private static Fixture.DisclosureBuilder tables() {
        return Fixture.disclosure().table(Seed.unitSelfEvaluation()).table(Seed.projectSelfEvaluation());
    }

    private static List<Finding> run(Disclosure d) {
        return new SelfEvaluationVsNarrativeRule().check(d).toList();
    }

    @Test
    void positive() {
        Disclosure d = tables()
                .statement("单位整体支出绩效自评……单位全年预算数1,591.17万元,执行数为1,553.51万元……预算执行率97.6%。",
                        completion("单位", "1,591.17", "1,553.51", "97.6", attrs()))
                .statement("社会保险业务工作经费 项目全年预算数为213.55万元,执行数为240.27万元,完成预算的112.5%。",
                        completion("社会保险业务工作经费", "213.55", "240.27", "112.5", attrs()))
                .build();
        List<Finding> fs = run(d);
        assertEquals(List.of(Severity.ERROR, Severity.ERROR), fs.stream().map(Finding::severity).toList());
        assertTrue(fs.get(0).message().contains("1,591.17万元") && fs.get(0).message().contains("1,553.51万元")
                && fs.get(0).message().contains("97.6%") && fs.get(0).message().contains("100%"), fs.get(0).message());
        assertTrue(fs.get(1).evidence().stream().anyMatch(e -> "t11".equals(e.table()) && "target".equals(e.column())));
    }

    @Test
    void negative() {
        Disclosure d = tables()
                .statement("单位整体支出绩效自评:预算数1,553.51万元,执行数1,553.51万元,执行率100%。",
                        completion("单位", "1,553.51", "1,553.51", "100", attrs()))
                .statement("社会保险业务工作经费 项目预算数为240.27万元,执行数为240.27万元,完成预算的100%。",
                        completion("社会保险业务工作经费", "240.27", "240.27", "100", attrs()))
                .statement("一般公共预算财政拨款支出年初预算为1,591.17万元,支出决算为1,553.51万元,完成97.6%。",
                        completion("一般公共预算财政拨款支出", "1,591.17", "1,553.51", "97.6", attrs()))
                .build();
        assertEquals(List.of(), run(d));
    }
}
