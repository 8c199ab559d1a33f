package io.github.suanzhang.reconcile;

import static io.github.suanzhang.reconcile.rules.Claims.amount;
import static io.github.suanzhang.reconcile.rules.Claims.share;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.reconcile.rules.Seed;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageTest {
    @Test
    void checkableAndNotWithReasons() {
        Disclosure d = Seed.tables()
                // 基本支出 is a general subject with a table line: checkable
                .statement("基本支出1,313.24万元。", amount("基本支出", "支出", "1,313.24"))
                // a name no table carries: not checkable, subject not matched
                .statement("某某专项经费12.00万元。", amount("某某专项经费", "支出", "12.00"))
                // a share with neither whole nor named base: whole not found
                .statement("占5%。", share("某项", "10.00", "5", null, null))
                .build();
        Coverage c = Coverage.of(d);
        assertEquals(3, c.claimsRead());
        assertEquals(1, c.checkable());
        assertEquals(Map.of(Coverage.NOT_MATCHED, 1, Coverage.NO_WHOLE, 1), c.notCheckable());
        assertEquals("subject not matched:1;whole not found:1", c.reasons());
    }
}
