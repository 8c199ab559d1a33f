package io.github.suanzhang.reconcile.rules.narrative.subject;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.testdata.Fixture;
import org.junit.jupiter.api.Test;

class ColumnNumberLineTest {
    private static Table table() {
        return Fixture.table("t07", TableKind.BUDGET_THREE_PUBLIC, "item", "total", "outbound", "vehicle", "vehicle_purchase",
                        "vehicle_operation", "reception")
                .row(null, "**", "1", "2", "3", "4", "5", "6")
                .row(null, "栏次", "1", "2", "3", "4", "5", "6")
                .row(null, "", "1", "2", "3", "4", "5", "6")
                .row(null, "合计", "52.30", "", "40.10", "20.00", "20.10", "12.20")
                .row(null, "某某单位", "1", "2", "3", "", "", "")
                .row(null, "某某单位", "1.00", "2.00", "3.00", "", "", "")
                .row(null, "某某单位", "3", "4", "5", "", "", "")
                .build();
    }

    @Test
    void 栏次行_编号1到n_不是金额() {
        Table t = table();
        assertTrue(ColumnNumberLine.is(t.rows().get(0)), "** 1 2 3 4 5 6");
        assertTrue(ColumnNumberLine.is(t.rows().get(1)), "栏次 1 2 3 …");
        assertTrue(ColumnNumberLine.is(t.rows().get(2)), "unlabelled 1 2 3 …");
        assertTrue(ColumnNumberLine.is(t.rows().get(4)), "1 2 3: three consecutive whole numbers from 1");
    }

    @Test
    void 金额行不是栏次行() {
        Table t = table();
        assertFalse(ColumnNumberLine.is(t.rows().get(3)), "合计 with amounts");
        assertFalse(ColumnNumberLine.is(t.rows().get(5)), "1.00 2.00 3.00 are amounts (printed with decimals)");
    }
}
