package io.github.suanzhang.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.CellCoverage;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.reconcile.rules.table.ThreePublicColumnsRule;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table figures the rules compared (cell coverage): recorded while the rules run, not listed beforehand. */
class ComparedTest {
    private static Disclosure threePublic(String... extraRow) {
        Fixture.TableBuilder b = Fixture.table("t07", TableKind.BUDGET_THREE_PUBLIC, "item", "total", "outbound", "vehicle",
                "vehicle_purchase", "vehicle_operation", "reception");
        b.row(null, "合计", "合计", "30.00", "", "20.00", "", "20.00", "10.00");
        if (extraRow.length > 0) {
            b.row(null, extraRow[0], extraRow);
        }
        return Fixture.disclosure().table(b.build()).build();
    }

    @Test
    void 三公表各列经核对() {
        Audit a = new Reconciler(List.of(new ThreePublicColumnsRule())).audit(threePublic());
        CellCoverage c = a.cells();
        assertNotNull(c);
        // 30.00, 20.00, 20.00, 10.00: four printed figures (blanks are not figures), all in the row's identities
        assertEquals(4, c.figures());
        assertEquals(4, c.covered());
        assertEquals(List.of(), c.uncovered());
        assertEquals(new CellCoverage.Counts(4, 4), c.kinds().get("BUDGET_THREE_PUBLIC"));
    }

    @Test
    void 没有规则比较的数字列为未核对() {
        Audit a = new Reconciler(List.of()).audit(threePublic());
        CellCoverage c = a.cells();
        assertEquals(4, c.figures());
        assertEquals(0, c.covered());
        assertEquals(4, c.uncovered().size());
        CellCoverage.Uncovered u = c.uncovered().get(0);
        assertEquals("t07", u.table());
        assertEquals(0, u.row());
        assertEquals("total", u.column());
        assertEquals("BUDGET_THREE_PUBLIC", u.kind());
    }

    @Test
    void 文字格不算数字_规则单独运行时不记录() {
        // a row whose figures are text: the rule abstains, so its one figure stays uncovered
        Audit a = new Reconciler(List.of(new ThreePublicColumnsRule())).audit(threePublic("某局", "见说明", "", "", "", "", "6.00"));
        assertEquals(5, a.cells().figures());
        assertEquals(4, a.cells().covered());
        assertEquals("reception", a.cells().uncovered().get(0).column());
        // outside an audit the recorder does nothing (rules stay usable alone)
        Compared.cell(new io.github.suanzhang.core.doc.Evidence(null, "x", "t07", 0, "total"));
        assertEquals(List.of(), new ThreePublicColumnsRule().check(threePublic()).toList());
    }

    @Test
    void 不是公开文件时不计() {
        Disclosure d = threePublic();
        Disclosure notOne = new Disclosure(d.source(), new io.github.suanzhang.core.doc.DocumentInfo(null, null,
                io.github.suanzhang.core.doc.DocumentType.UNKNOWN, io.github.suanzhang.core.doc.Scope.UNKNOWN, null, null,
                io.github.suanzhang.core.doc.DocumentKind.NOT_A_DISCLOSURE, "通知", null, 0.9, List.of()),
                d.tables(), d.statements(), d.problems(), d.outline());
        assertNull(new Reconciler().audit(notOne).cells());
    }
}
