package io.github.suanzhang.reconcile.rules.narrative;

import static io.github.suanzhang.reconcile.rules.Claims.amount;
import static io.github.suanzhang.reconcile.rules.Claims.change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Direction;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.reconcile.Reconciler;
import io.github.suanzhang.reconcile.rules.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 基数可能为零: a change whose base (本年 − 增加额) is an interval touching 0 gives no bounded ratio; the
 * rule abstains (no finding) instead of failing with an ArithmeticException.
 */
class NarrativeChangeDegenerateBaseTest {

    @Test
    void baseTouchingZeroAbstains() {
        // 本年0.4万元 [0.35, 0.45], 增加0.3万元 [0.25, 0.35]: 基数 [0, 0.2]
        Disclosure d = Seed.tables()
                .statement("某项经费0.4万元，比上年增加0.3万元，增长300%。",
                        change("某项经费", Direction.UP, null, "0.4", "0.3", "300", 2022, "上年"))
                .build();
        assertEquals(List.of(), new NarrativeChangeRule().check(d).toList());
        var audit = new Reconciler().audit(d);
        assertTrue(audit.disclosure().problems().stream().noneMatch(p -> p.message().contains("未能完成检查")),
                audit.disclosure().problems().toString());
    }

    @Test
    void aBaseClearOfZeroIsStillChecked() {
        // 本年12.0万元, 增加2.0万元: 基数 10.0, 增长 20% ; 所称 30% is wrong
        Disclosure d = Seed.tables()
                .statement("某项经费12.0万元，比上年增加2.0万元，增长30%。",
                        amount("某项经费", "支出", "12.0"),
                        change("某项经费", Direction.UP, null, "12.0", "2.0", "30", 2022, "上年"))
                .build();
        List<Finding> fs = new NarrativeChangeRule().check(d).toList();
        assertEquals(1, fs.size(), fs.toString());
    }
}
