package io.github.suanzhang.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Audit;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonReadCheckedTest {
    private static Audit read(String json) throws Exception {
        return Json.readChecked(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static Json.InvalidDocumentException bad(String json) {
        return assertThrows(Json.InvalidDocumentException.class, () -> read(json));
    }

    @Test
    void its_own_output_reads_back_the_same() throws Exception {
        Audit a = SampleAudit.build();
        assertEquals(a, read(Json.toJson(a)));
    }

    @Test
    void a_bad_figure_is_named_by_its_path() {
        String json = Json.toJson(SampleAudit.build()).replaceFirst("\"value\" : \"1553.51\"", "\"value\" : \"abc\"");
        Json.InvalidDocumentException e = bad(json);
        assertEquals("$.tables[0].rows[0].cells[0].amount.value", e.path());
        assertTrue(e.getMessage().contains("“abc”不是有效的数字"), e.getMessage());
    }

    @Test
    void a_bad_unit_a_bad_kind_and_a_missing_rule_are_named_too() {
        String json = Json.toJson(SampleAudit.build());
        assertEquals("$.document.unit", bad(json.replaceFirst("\"unit\" : \"万元\"", "\"unit\" : \"亿斤\"")).path());
        assertEquals("$.tables[0].kind", bad(json.replaceFirst("\"kind\" : \"GENERIC\"", "\"kind\" : \"NO_SUCH\"")).path());
        Json.InvalidDocumentException e = bad(json.replaceFirst("\"rule\" : \"narrative.amount\",", ""));
        assertEquals("$.findings[0].rule", e.path());
        assertTrue(e.getMessage().contains("缺少必填字段"), e.getMessage());
    }

    @Test
    void not_json_another_schema_and_no_source_are_refused() {
        assertEquals("$", bad("{\"schema\": ").path());
        assertEquals("$.schema", bad("{\"schema\": \"suanzhang/9\", \"source\": {\"file\": \"a\"}}").path());
        assertEquals("$.schema", bad("{\"source\": {\"file\": \"a\"}}").path());
        assertEquals("$.source", bad("{\"schema\": \"suanzhang/1\"}").path());
    }
}
