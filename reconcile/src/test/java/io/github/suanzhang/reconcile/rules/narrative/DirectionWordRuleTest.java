package io.github.suanzhang.reconcile.rules.narrative;

import static io.github.suanzhang.reconcile.rules.Claims.attrs;
import static io.github.suanzhang.reconcile.rules.Claims.change;
import static io.github.suanzhang.reconcile.rules.Claims.completion;
import static io.github.suanzhang.reconcile.rules.Claims.direction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Direction;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectionWordRuleTest {
    private static List<Finding> run(Disclosure d) {
        return new DirectionWordRule().check(d).toList();
    }

    @Test
    void positive() {
        Disclosure d = Fixture.disclosure()
                .statement("年初预算为8.57万元,支出决算为5.95万元,完成年初预算69.4%,增加主要原因是本年未安排体检。",
                        completion("行政单位离退休", "8.57", "5.95", "69.4", attrs()),
                        direction("行政单位离退休", Direction.UP, "增加主要原因是"))
                .statement("由100.00万元变为80.00万元,增加20.00万元。", change("某项", Direction.UP, "100.00", "80.00", "20.00", null, 2022, "上年"))
                .statement("年初预算10.00万元,决算12.00万元。", completion("另一项", "10.00", "12.00", null, attrs()))
                .statement("减少的主要原因是……", direction("另一项", Direction.DOWN, "减少的主要原因是"))
                .build();
        List<Finding> fs = run(d);
        assertEquals(3, fs.size());
        assertTrue(fs.stream().allMatch(f -> f.severity() == Severity.WARNING));
        assertTrue(fs.get(0).message().contains("8.57万元") && fs.get(0).message().contains("5.95万元") && fs.get(0).message().contains("增加"));
        assertEquals(2, fs.get(2).evidence().size(), "the reason sentence and the sentence with the figures");
    }

    @Test
    void negative() {
        Disclosure d = Fixture.disclosure()
                .statement("年初预算为917.66万元,支出决算为872.88万元,支出决算数小于年初预算数的主要原因",
                        completion("行政运行", "917.66", "872.88", "95.1", attrs()), direction("行政运行", Direction.DOWN, "小于"))
                .statement("年初预算为213.55万元,支出决算为240.27万元,增长主要原因是",
                        completion("社会保险经办机构", "213.55", "240.27", "112.5", attrs()), direction("社会保险经办机构", Direction.UP, "增长"))
                .statement("比2022年度决算数减少244.12万元。", change("收入", Direction.DOWN, null, null, "244.12", null, 2022, "2022年度"))
                .statement("增加主要原因是……", direction("收入", Direction.UP, "增加主要原因是"))    // no known sign to judge against
                .statement("预算5.0万元,决算5.04万元,完成100.8%,减少主要原因是",                   // 5.0 covers 5.04 when rounded
                        completion("某项", "5.0", "5.04", "100.8", attrs()), direction("某项", Direction.DOWN, "减少"))
                .build();
        assertEquals(List.of(), run(d));
    }
}
