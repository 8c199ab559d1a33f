package io.github.suanzhang.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.suanzhang.core.doc.Audit;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class JsonRoundTripTest {

    @Test
    void the_whole_model_round_trips() throws IOException {
        Audit a = SampleAudit.build();
        String json = Json.toJson(a);
        Audit back = Json.fromJson(json);
        assertEquals(a, back);
        assertEquals(json, Json.toJson(back), "writing is deterministic");
    }

    @Test
    void the_output_contract_shape() throws IOException {
        JsonNode n = Json.mapper().readTree(Json.toJson(SampleAudit.build()));
        assertEquals(Json.SCHEMA, n.get("schema").asText());
        for (String key : new String[] {"source", "document", "tables", "statements", "findings", "problems"}) {
            assertTrue(n.has(key), key);
        }
        JsonNode cell = n.at("/tables/0/rows/0/cells/0");
        assertEquals("1553.51", cell.at("/amount/value").asText(), "values are exact strings");
        assertTrue(cell.at("/amount/value").isTextual());
        assertEquals(2, cell.at("/amount/decimals").asInt());
        assertEquals("万元", cell.at("/amount/unit").asText());
        assertEquals("1, 553. 51", cell.at("/amount/raw").asText());
        assertEquals(3, cell.at("/place/page").asInt());
        assertEquals(4, cell.at("/place/box").size(), "bbox is [x0, y0, x1, y1]");
        assertEquals(120.5, cell.at("/place/box/0").asDouble());
        assertTrue(n.at("/tables/1/rows/0/cells/2").isNull(), "a missing cell stays null in its slot");
        assertEquals("FINAL_ACCOUNTS", n.at("/document/type").asText());
        assertEquals("WARNING", n.at("/findings/0/severity").asText());
        assertEquals("t03", n.at("/findings/0/evidence/1/table").asText());
    }

    @Test
    void the_cell_coverage_round_trips_and_is_left_out_when_absent() throws IOException {
        Audit a = SampleAudit.build();
        assertTrue(!Json.toJson(a).contains("cellCoverage"), "no rule ran: no coverage");
        io.github.suanzhang.core.doc.CellCoverage c = new io.github.suanzhang.core.doc.CellCoverage(3, 2,
                java.util.Map.of("FINAL_EXPENDITURE", new io.github.suanzhang.core.doc.CellCoverage.Counts(3, 2)),
                java.util.List.of(new io.github.suanzhang.core.doc.CellCoverage.Uncovered("t03", "FINAL_EXPENDITURE", 4, "basic",
                        "2080101 行政运行", 7, 0)));
        Audit with = new Audit(a.disclosure(), a.findings(), c);
        String json = Json.toJson(with);
        JsonNode n = Json.mapper().readTree(json).get("cellCoverage");
        assertEquals(3, n.get("figures").asInt());
        assertEquals("basic", n.get("uncovered").get(0).get("column").asText());
        assertEquals(with, Json.fromJson(json));
        assertEquals(1, c.notCovered());
    }

    @Test
    void trailing_zeros_survive() throws IOException {
        String json = Json.toJson(SampleAudit.build()).replace("\"value\" : \"872.87\"", "\"value\" : \"872.870\"");
        Audit back = Json.fromJson(json);
        assertEquals("872.870", back.disclosure().tables().get(1).rows().get(0).cells().get(0).amount().value().toPlainString());
    }

    @Test
    void another_schema_is_refused_with_a_reason() {
        String json = Json.toJson(SampleAudit.build()).replace(Json.SCHEMA, "suanzhang/99");
        IOException e = assertThrows(IOException.class, () -> Json.fromJson(json));
        assertTrue(e.getMessage().contains("suanzhang/99"));
        assertThrows(IOException.class, () -> Json.fromJson("{\"tables\":[]}"));
    }

    @Test
    void the_outline_round_trips_and_is_left_out_when_empty() throws IOException {
        Audit a = SampleAudit.build();
        io.github.suanzhang.core.doc.Disclosure d = a.disclosure();
        java.util.List<io.github.suanzhang.core.doc.OutlineEntry> outline = java.util.List.of(
                new io.github.suanzhang.core.doc.OutlineEntry(io.github.suanzhang.core.doc.OutlineEntry.Kind.CONTENTS, 2, "一、",
                        "部门主要职能", io.github.suanzhang.core.doc.Place.onPage(2, null), 1),
                new io.github.suanzhang.core.doc.OutlineEntry(io.github.suanzhang.core.doc.OutlineEntry.Kind.HEADING, 2, "一、",
                        "部门主要职能", io.github.suanzhang.core.doc.Place.onPage(3, null), null));
        Audit withOutline = new Audit(new io.github.suanzhang.core.doc.Disclosure(d.source(), d.document(), d.tables(),
                d.statements(), d.problems(), outline), a.findings());
        String json = Json.toJson(withOutline);
        assertEquals(withOutline, Json.fromJson(json));
        JsonNode n = Json.mapper().readTree(json);
        assertEquals("CONTENTS", n.at("/outline/0/kind").asText());
        assertEquals(1, n.at("/outline/0/listed").asInt());
        assertTrue(n.at("/outline/1/listed").isMissingNode(), "no printed page for a heading");
        assertTrue(Json.mapper().readTree(Json.toJson(a)).get("outline") == null, "an empty outline is left out");
    }
}
