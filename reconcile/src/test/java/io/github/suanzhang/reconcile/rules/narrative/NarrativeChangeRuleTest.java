package io.github.suanzhang.reconcile.rules.narrative;

import static io.github.suanzhang.reconcile.rules.Claims.amount;
import static io.github.suanzhang.reconcile.rules.Claims.change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Direction;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.reconcile.rules.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeChangeRuleTest {
    private static List<Finding> run(Disclosure d) {
        return new NarrativeChangeRule().check(d).toList();
    }

    @Test
    void positive() {
        Disclosure d = Seed.tables()
                .statement("2023年度收、支总计1,553.51万元。", amount("收、支总计", "总计", "1,553.51"))
                .statement("与2022年度相比,收、支总计各减少244.12万元,下降15.6%。",
                        change("收、支总计", Direction.DOWN, null, null, "244.12", "15.6", 2022, "2022年度"))
                .statement("由100.00万元增加到120.00万元,增加25.00万元。",
                        change("某项", Direction.UP, "100.00", "120.00", "25.00", null, 2022, "上年"))
                .build();
        List<Finding> fs = run(d);
        assertEquals(List.of(Severity.ERROR, Severity.ERROR), fs.stream().map(Finding::severity).toList());
        assertTrue(fs.get(0).message().contains("13.58%"), fs.get(0).message());
        assertEquals(2, fs.get(0).evidence().size(), "the change sentence and the sentence stating the current figure");
        assertTrue(fs.get(1).message().contains("20"), fs.get(1).message());
    }

    @Test
    void negative() {
        Disclosure d = Seed.tables()
                .statement("2023年度收、支总计1,553.51万元。", amount("收、支总计", "总计", "1,553.51"))
                .statement("与2022年度相比,收、支总计各减少244.12万元,下降13.6%。",
                        change("收、支总计", Direction.DOWN, null, null, "244.12", "13.6", 2022, "2022年度"))
                .statement("机关运行经费支出105.35万元,比年初预算数减少16.6万元,降低13.6%。",
                        amount("机关运行经费", "支出", "105.35"),
                        change("机关运行经费", Direction.DOWN, null, null, "16.6", "13.6", null, "年初预算"))
                .statement("由100.00万元增加到120.00万元,增长20%。", change("某项", Direction.UP, "100.00", "120.00", "20.00", "20", 2022, "上年"))
                .statement("比上年减少5万元。", change("无从核对", Direction.DOWN, null, null, "5", "3", 2022, "上年"))
                .build();
        assertEquals(List.of(), run(d));
    }
}
