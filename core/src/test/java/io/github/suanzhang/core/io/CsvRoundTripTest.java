package io.github.suanzhang.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.table.Table;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvRoundTripTest {

    @Test
    void tables_round_trip_through_tables_csv_and_cells_csv() throws IOException {
        Audit a = SampleAudit.build();
        List<Table> tables = a.disclosure().tables();
        StringBuilder t = new StringBuilder();
        StringBuilder c = new StringBuilder();
        Csv.writeTables("seed.txt", tables, t);
        Csv.writeCells("seed.txt", tables, c);
        List<Table> back = Csv.readTables(new StringReader(t.toString()), new StringReader(c.toString()));
        assertEquals(tables, back);
    }

    @Test
    void an_ocr_cells_confidence_round_trips_through_cells_csv_and_json() throws IOException {
        io.github.suanzhang.core.doc.Place place = io.github.suanzhang.core.doc.Place.onPage(3,
                new io.github.suanzhang.core.doc.Box(300, 400, 340, 410));
        io.github.suanzhang.core.number.Amount amount = new io.github.suanzhang.core.number.Amount(
                new java.math.BigDecimal("4651.67"), 2, io.github.suanzhang.core.number.Unit.TEN_THOUSAND_YUAN, "4,651.67");
        io.github.suanzhang.core.table.Cell ocr = io.github.suanzhang.core.table.Cell.of(amount, place).withOcrConfidence(47);
        io.github.suanzhang.core.table.Cell text = io.github.suanzhang.core.table.Cell.of(amount, place);
        Table t = new Table("t01", io.github.suanzhang.core.table.TableKind.GENERIC, null, "表", null, List.of(3),
                List.of(new io.github.suanzhang.core.table.ColumnDef("a", "甲"),
                        new io.github.suanzhang.core.table.ColumnDef("b", "乙")),
                List.of(new io.github.suanzhang.core.table.Row(null, null, null, "合计", List.of(ocr, text), null)),
                List.of(), null, place, "ocr");
        StringBuilder tc = new StringBuilder();
        StringBuilder cc = new StringBuilder();
        Csv.writeTables("scan.pdf", List.of(t), tc);
        Csv.writeCells("scan.pdf", List.of(t), cc);
        List<String> lines = cc.toString().lines().toList();
        assertTrue(lines.get(0).endsWith(",row_place,ocr_confidence"), lines.get(0));
        assertTrue(lines.get(1).endsWith(",47"), lines.get(1));
        assertTrue(lines.get(2).endsWith(","), "no confidence for a text-layer cell: " + lines.get(2));
        List<Table> back = Csv.readTables(new StringReader(tc.toString()), new StringReader(cc.toString()));
        assertEquals(List.of(t), back);
        assertEquals(47, back.get(0).rows().get(0).cells().get(0).ocrConfidence());
        assertEquals(null, back.get(0).rows().get(0).cells().get(1).ocrConfidence());

        String json = Json.mapper().writeValueAsString(ocr);
        assertTrue(json.replaceAll("\\s", "").contains("\"ocrConfidence\":47"), json);
        assertEquals(ocr, Json.mapper().readValue(json, io.github.suanzhang.core.table.Cell.class));
        String plain = Json.mapper().writeValueAsString(text);
        assertTrue(!plain.contains("ocrConfidence"), "left out for a text-layer cell: " + plain);
        assertEquals(text, Json.mapper().readValue(plain, io.github.suanzhang.core.table.Cell.class));
    }

    @Test
    void findings_round_trip_through_findings_csv() throws IOException {
        Audit a = SampleAudit.build();
        StringBuilder sb = new StringBuilder();
        Csv.writeFindings("seed.txt", a.findings(), sb);
        Map<String, List<Finding>> back = Csv.readFindings(new StringReader(sb.toString()));
        assertEquals(Map.of("seed.txt", a.findings()), back);
        String firstLine = sb.toString().lines().findFirst().orElseThrow();
        assertEquals(String.join(",", Csv.FINDINGS_HEADER), firstLine);
        assertTrue(sb.toString().contains("stated=872.88万元"), "figures readable in a spreadsheet");
    }

    @Test
    void a_narrative_findings_match_round_trips_through_its_match_columns() throws IOException {
        io.github.suanzhang.core.doc.Evidence e = new io.github.suanzhang.core.doc.Evidence(
                io.github.suanzhang.core.doc.Place.atLine(12), "差旅费12.30万元", null, null, null);
        Finding matched = new Finding("narrative.amount", io.github.suanzhang.core.doc.Severity.ERROR, "m",
                Map.of(), List.of(e), new io.github.suanzhang.core.doc.Match("差旅费", "3020211", "t05", 7, "total",
                        "name-only"));
        Finding abstained = new Finding("narrative.share", io.github.suanzhang.core.doc.Severity.INFO, "n",
                Map.of(), List.of(e), io.github.suanzhang.core.doc.Match.notCheckable("其他", null, "subject ambiguous"));
        Finding table = new Finding("table.formula", io.github.suanzhang.core.doc.Severity.WARNING, "t", Map.of(), List.of(e));
        StringBuilder sb = new StringBuilder();
        Csv.writeFindings("x.txt", List.of(matched, abstained, table), sb);
        assertTrue(sb.toString().contains("差旅费,3020211,t05,7,total,name-only,"), sb.toString());
        assertEquals(Map.of("x.txt", List.of(matched, abstained, table)), Csv.readFindings(new StringReader(sb.toString())));
    }

    @Test
    void wide_form_prints_the_table_as_printed() {
        Table t = SampleAudit.build().disclosure().tables().get(1);
        StringBuilder sb = new StringBuilder();
        Csv.writeWide(t, sb);
        List<String> lines = sb.toString().lines().toList();
        assertEquals("side,line,code,label,本年支出合计,基本支出,项目支出", lines.get(0));
        // commons-csv quotes an empty first field so that the line is not mistaken for an empty line
        assertEquals("\"\",,2080101,行政运行,872.87,872.87,", lines.get(1));
        assertEquals("\"\",,,合计,1553.51,,", lines.get(2));
    }

    @Test
    void claims_csv_has_a_line_per_claim() {
        StringBuilder sb = new StringBuilder();
        Csv.writeClaims("seed.txt", SampleAudit.build().disclosure().statements(), sb);
        List<String> lines = sb.toString().lines().toList();
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).contains("AMOUNT") && lines.get(1).contains("amount=872.88万元"));
        assertTrue(lines.get(2).contains("SHARE") && lines.get(2).contains("percent=10.7%"));
    }
}
