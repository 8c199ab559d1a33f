package io.github.suanzhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.reconcile.Coverage;
import io.github.suanzhang.reconcile.Reconciler;
import io.github.suanzhang.runner.Status;
import io.github.suanzhang.testdata.Fixture;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The table figures checked and not checked, in summary.csv and the report (invented figures). */
class CellCoverageOutputTest {
    private static Audit audit() {
        Fixture.TableBuilder b = Fixture.table("t04", TableKind.BUDGET_GENERAL_BUDGET_EXPENDITURE, "code", "name", "total", "basic", "project");
        b.row(null, "合计", "", "合计", "300.00", "200.00", "100.00");
        b.row("201", "一般公共服务支出", "201", "一般公共服务支出", "300.00", "200.00", "100.00");
        Fixture.TableBuilder procurement = Fixture.table("t09", TableKind.BUDGET_GOVERNMENT_PROCUREMENT, "item", "total");
        procurement.row(null, "办公设备", "办公设备", "12.00");
        return new Reconciler().audit(Fixture.disclosure().table(b.build()).table(procurement.build()).build());
    }

    @Test
    void 汇总表有表格数字的三列且能读回() throws Exception {
        Audit a = audit();
        SummaryRow row = new SummaryRow("a.pdf", Status.OK, "", 3, 2, 0, 0, 0, 0, "", "0.1", "a", "", null,
                SummaryRow.Recognised.NONE).withCoverage(Coverage.of(a.disclosure()), a.cells());
        assertEquals(7, row.coverage().tableFigures());
        assertEquals(6, row.coverage().figuresCovered(), "the 政府采购 item is in no identity");
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            p.printRecord((Object[]) SummaryRow.HEADER);
            p.printRecord(row.values());
        }
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(w.toString()))) {
            CSVRecord r = p.getRecords().get(0);
            assertEquals("7", r.get("table_figures"));
            assertEquals("1", r.get("figures_not_covered"));
            assertEquals(row.coverage(), SummaryRow.from(r).coverage());
        }
    }

    @Test
    void 报告写明已核对和未核对的数字() throws Exception {
        Audit a = audit();
        SummaryRow row = new SummaryRow("a.pdf", Status.OK, "", 3, 2, 0, 0, 0, 0, "", "0.1", "a", "", null,
                SummaryRow.Recognised.NONE).withCoverage(Coverage.of(a.disclosure()), a.cells());
        StringWriter w = new StringWriter();
        HtmlReport.fragment(row, a, null, w);
        String html = w.toString();
        assertTrue(html.contains("表格数字 7 个中 6 个已核对"), html);
        assertEquals(1, html.split("class=\"num unchecked\"", -1).length - 1, "one figure framed");
        assertTrue(List.of(html.split("<td")).stream().anyMatch(td -> td.contains("unchecked") && td.contains("12.00")), html);
    }
}
