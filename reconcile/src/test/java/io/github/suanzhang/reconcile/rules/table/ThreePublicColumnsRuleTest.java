package io.github.suanzhang.reconcile.rules.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented "三公" tables (figures invented): each row's total and vehicle subtotal. */
class ThreePublicColumnsRuleTest {
    private static List<Finding> run(Fixture.TableBuilder b) {
        return new ThreePublicColumnsRule().check(Fixture.disclosure().table(b.build()).build()).toList();
    }

    private static Fixture.TableBuilder units() {
        return Fixture.table("t07", TableKind.BUDGET_THREE_PUBLIC, "item", "total", "outbound", "vehicle", "vehicle_purchase",
                "vehicle_operation", "reception");
    }

    @Test
    void 各行相符() {
        Fixture.TableBuilder b = units();
        b.row(null, "合计", "合计", "30.00", "", "20.00", "", "20.00", "10.00");
        b.row(null, "某局", "某局", "18.00", "", "12.00", "", "12.00", "6.00");
        b.row(null, "某中心", "某中心", "12.00", "", "8.00", "", "8.00", "4.00");
        assertEquals(List.of(), run(b));
    }

    @Test
    void 单位行的接待费改变() {
        Fixture.TableBuilder b = units();
        b.row(null, "合计", "合计", "30.00", "", "20.00", "", "20.00", "10.00");
        b.row(null, "某局", "某局", "18.00", "", "12.00", "", "12.00", "6.60");
        b.row(null, "某中心", "某中心", "12.00", "", "8.00", "", "8.00", "4.00");
        List<Finding> fs = run(b);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(Severity.ERROR, fs.get(0).severity());
        assertEquals(0, new java.math.BigDecimal("18.60").compareTo(fs.get(0).figures().get("computed").value()));
        assertTrue(fs.get(0).message().contains("某局"), fs.get(0).message());
    }

    @Test
    void 公务用车小计与两项不符() {
        Fixture.TableBuilder b = units();
        b.row(null, "合计", "合计", "30.00", "5.00", "15.00", "5.00", "11.00", "10.00");
        List<Finding> fs = run(b);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(0, new java.math.BigDecimal("16.00").compareTo(fs.get(0).figures().get("computed").value()));
    }

    @Test
    void 合计含会议费培训费或印有公式时不判() {
        Fixture.TableBuilder five = Fixture.table("t07", TableKind.BUDGET_THREE_PUBLIC, "item", "total", "outbound", "vehicle",
                "vehicle_purchase", "vehicle_operation", "reception", "meeting", "training");
        five.row(null, "合计", "合计", "40.00", "5.00", "15.00", "5.00", "10.00", "10.00", "6.00", "4.00");
        assertEquals(List.of(), run(five), "a 合计 over the 三公 and 会议费、培训费");
        Fixture.TableBuilder printed = units().note("1栏=(2+3+6)栏");
        printed.row(null, "合计", "合计", "31.00", "", "20.00", "", "20.00", "10.00");
        assertEquals(List.of(), run(printed), "table.formula's");
    }

    @Test
    void 决算表的预算数与决算数两组() {
        Fixture.TableBuilder b = Fixture.table("t09", TableKind.FINAL_THREE_PUBLIC, "budget_total", "budget_outbound", "budget_vehicle",
                "budget_vehicle_purchase", "budget_vehicle_operation", "budget_reception", "actual_total", "actual_outbound",
                "actual_vehicle", "actual_vehicle_purchase", "actual_vehicle_operation", "actual_reception");
        b.row(null, "", "10.00", "", "8.00", "", "8.00", "2.00", "9.50", "", "7.00", "", "7.00", "2.00");
        List<Finding> fs = run(b);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(0, new java.math.BigDecimal("9.00").compareTo(fs.get(0).figures().get("computed").value()));
    }
}
