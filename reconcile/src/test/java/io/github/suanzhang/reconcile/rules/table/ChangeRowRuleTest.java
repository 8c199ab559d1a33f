package io.github.suanzhang.reconcile.rules.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.testdata.Fixture;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented “三公” tables with year lines and a 增减变化金额 line (figures invented). */
class ChangeRowRuleTest {
    private static List<Finding> run(Fixture.TableBuilder b) {
        return new ChangeRowRule().check(Fixture.disclosure().table(b.build()).build()).toList();
    }

    private static Fixture.TableBuilder table() {
        return Fixture.table("t10", TableKind.BUDGET_THREE_PUBLIC, "item", "total", "col1", "outbound", "reception");
    }

    @Test
    void 增减变化金额等于本年减上年() {
        Fixture.TableBuilder b = table();
        b.row(null, "2025年", "2025年", "608.54", "0.00", "6.40", "25.74");
        b.row(null, "2026年", "2026年", "581.59", "0.00", "87.20", "25.19");
        b.row(null, "增减变化金额", "增减变化金额", "-26.95", "0.00", "80.80", "-0.55");
        assertEquals(List.of(), run(b));
    }

    @Test
    void 一列的增减不符被报告() {
        Fixture.TableBuilder b = table();
        b.row(null, "某局", "某局", "", "", "", "");
        b.row(null, "2025年", "2025年", "87.80", "0.00", "6.40", "15.00");
        b.row(null, "2026年", "2026年", "166.50", "0.00", "87.20", "15.00");
        b.row(null, "增减变化金额", "增减变化金额", "78.70", "0.00", "88.80", "0.00");
        List<Finding> fs = run(b);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(Severity.ERROR, fs.get(0).severity());
        assertEquals(0, new BigDecimal("80.80").compareTo(fs.get(0).figures().get("computed").value()));
        assertTrue(fs.get(0).message().contains("2026年"), fs.get(0).message());
    }

    @Test
    void 上两行不是年份或是增减率时不判() {
        Fixture.TableBuilder b = table();
        b.row(null, "因公出国", "因公出国", "10.00", "0.00", "10.00", "0.00");
        b.row(null, "2026年", "2026年", "20.00", "0.00", "10.00", "10.00");
        b.row(null, "增减变化金额", "增减变化金额", "1.00", "0.00", "1.00", "1.00");
        b.row(null, "2025年", "2025年", "10.00", "0.00", "10.00", "0.00");
        b.row(null, "2026年", "2026年", "20.00", "0.00", "10.00", "10.00");
        b.row(null, "增减变化率", "增减变化率", "100%", "0%", "0%", "");
        assertEquals(List.of(), run(b));
    }
}
