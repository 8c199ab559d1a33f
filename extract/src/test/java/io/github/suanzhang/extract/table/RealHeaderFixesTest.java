package io.github.suanzhang.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.extract.PdfDisclosureReader;
import io.github.suanzhang.extract.layout.RealFiles;
import io.github.suanzhang.testdata.RealSamples;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Header and title-line readings fixed on real pages (values read off the pages rendered with
 * {@code pdftoppm -r 100}): a 部门代码 column, an entity standing apart from its 部门： label, 公开表一 numbers,
 * columns of the previous year's budget beside the table's own.
 */
class RealHeaderFixesTest {

    private static Table byNumber(Disclosure d, String number) {
        return d.tables().stream().filter(t -> number.equals(t.number())).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + number));
    }

    private static BigDecimal figure(Table t, Row r, String key) {
        Cell c = r.cell(t.columnIndex(key));
        assertTrue(c != null && c.hasAmount(), key + " in " + r);
        return c.amount().value();
    }

    private static Row first(Table t, String label) {
        return t.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label));
    }

    /** 苏州 2026 p. 10, 公开02表 收入总表: 部门代码 024 / 024001 are the department's and its unit's codes. */
    @Test
    void departmentCodesAreNotSubjectCodes() throws Exception {
        Disclosure d = new PdfDisclosureReader().read(RealSamples.path("suzhou_shenjiju_2026_bumen_yusuan.pdf"));
        Table t = byNumber(d, "公开02表");
        assertEquals(TableKind.BUDGET_INCOME, t.kind());
        List<Row> rows = t.rows().stream().filter(r -> r.label().equals("苏州市审计局")).toList();
        assertEquals(2, rows.size());
        int code = t.columnIndex("code");
        assertEquals("024", rows.get(0).cell(code).raw());
        assertEquals("024001", rows.get(1).cell(code).raw());
        for (Row r : rows) {
            assertNull(r.code(), "a 部门代码 is not a SubjectCode");
            assertEquals(0, new BigDecimal("4651.67").compareTo(figure(t, r, "total")));
            assertEquals(0, new BigDecimal("4651.67").compareTo(figure(t, r, "general_budget")));
        }
    }

    /** 江苏人大常委会办公厅 2019 p. 1: 部门： and the name are two runs on one baseline; 公开表一 above the grid. */
    @Test
    void entityBesideItsLabelAndGongkaiBiaoNumbers() throws Exception {
        Disclosure d = new PdfDisclosureReader().read(
                RealSamples.path("jiangsu_renda_changweihui_bangongting_2019_bumen_yusuan_tables.pdf"));
        assertEquals("江苏省人大常委会办公厅", d.document().entity());
        assertEquals(TableKind.BUDGET_INCOME_EXPENDITURE_SUMMARY, byNumber(d, "公开表一").kind());
        assertEquals(TableKind.BUDGET_GOVERNMENT_PROCUREMENT, byNumber(d, "公开表十二").kind());
    }

    /** 重庆市人民政府办公厅 2026 表五 (p. 15) and 表八 (p. 20): 2025年预算数 columns beside the 2026 ones. */
    @Test
    void previousYearColumnsAreNotTheTablesFigures() throws Exception {
        Path f = RealFiles.corpusFile("004_重庆__2026年重庆市人民政府办公厅部门预算.pdf");
        assumeTrue(f != null, "shared corpus absent");
        Disclosure d = new PdfDisclosureReader().read(f);
        Table t5 = byNumber(d, "表五");
        Row total = first(t5, "合计");
        assertEquals(0, new BigDecimal("18417.70").compareTo(figure(t5, total, "total")));
        assertEquals(0, new BigDecimal("9018.47").compareTo(figure(t5, total, "basic")));
        assertEquals(0, new BigDecimal("9399.23").compareTo(figure(t5, total, "project")));
        String prior = t5.columns().stream().filter(c -> c.label().equals("2025年预算数")).findFirst().orElseThrow().key();
        assertEquals(0, new BigDecimal("15635.80").compareTo(figure(t5, total, prior)));

        Table t8 = byNumber(d, "表八");
        Row r = t8.rows().get(0);
        assertEquals(0, new BigDecimal("394.49").compareTo(figure(t8, r, "total")));
        assertEquals(0, new BigDecimal("184.49").compareTo(figure(t8, r, "outbound")));
        assertEquals(0, new BigDecimal("200.00").compareTo(figure(t8, r, "vehicle_operation")));
        assertEquals(0, new BigDecimal("10.00").compareTo(figure(t8, r, "reception")));
        assertTrue(t8.columns().stream().filter(c -> c.label().startsWith("2025年预算数/")).count() >= 5);
    }

    @Test
    void otherYearHeaders() {
        assertEquals(Integer.valueOf(2026), HeaderColumns.titleYear("2026年一般公共预算支出情况表"));
        assertNull(HeaderColumns.titleYear("收入总表"));
        assertTrue(HeaderColumns.otherYear(List.of("2025年预算数", "合计"), 2026));
        assertFalse(HeaderColumns.otherYear(List.of("2026年预算数", "总计"), 2026));
        assertFalse(HeaderColumns.otherYear(List.of("上年结转"), 2026));
        assertFalse(HeaderColumns.otherYear(List.of("2025年预算数"), null));
    }
}
