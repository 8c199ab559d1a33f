package io.github.suanzhang.reconcile.rules.narrative;

import static io.github.suanzhang.reconcile.rules.Claims.attrs;
import static io.github.suanzhang.reconcile.rules.Claims.completion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeCompletionRuleTest {
    private static List<Finding> run(Disclosure d) {
        return new NarrativeCompletionRule().check(d).toList();
    }

    @Test
    void positive() {
        Disclosure d = Fixture.disclosure()
                .statement("年初预算为917.66万元,支出决算为872.88万元,完成年初预算的96.1%", completion("行政运行", "917.66", "872.88", "96.1", attrs()))
                .statement("年初预算为3.00万元,支出决算为1.00万元,完成33.9%", completion("某项", "3.00", "1.00", "33.9", attrs()))
                .statement("年初预算为1,553.51万元,支出决算为167.24万元,完成10.7%", completion("某项", "1,553.51", "167.24", "10.7", attrs()))
                .build();
        List<Finding> fs = run(d);
        assertEquals(List.of(Severity.ERROR, Severity.ERROR, Severity.WARNING), fs.stream().map(Finding::severity).toList());
        assertTrue(fs.get(0).message().contains("95.12%") && fs.get(0).message().contains("96.1%"), fs.get(0).message());
    }

    @Test
    void negative() {
        Disclosure d = Fixture.disclosure()
                .statement("95.1%", completion("行政运行", "917.66", "872.88", "95.1", attrs()))
                .statement("112.5%", completion("社会保险经办机构", "213.55", "240.27", "112.5", attrs()))
                .statement("97%", completion("住房公积金", "110.08", "106.73", "97", attrs()))
                .statement("no rate", completion("某项", "1.00", "2.00", null, attrs()))
                .build();
        assertEquals(List.of(), run(d));
    }
}
