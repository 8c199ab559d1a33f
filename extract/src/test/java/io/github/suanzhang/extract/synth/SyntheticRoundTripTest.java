package io.github.suanzhang.extract.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.text.TextNormalizer;
import io.github.suanzhang.extract.DefaultDisclosureReader;
import io.github.suanzhang.extract.ReadException;
import io.github.suanzhang.testdata.synth.Print;
import io.github.suanzhang.testdata.synth.SyntheticPdf;
import io.github.suanzhang.testdata.synth.SyntheticTable;
import io.github.suanzhang.testdata.synth.SyntheticTables;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Round trips model → synthetic PDF → {@link DefaultDisclosureReader} = model, one per quirk of issue #3
 * that the real corpus lacks. The PDFs are drawn by {@link SyntheticPdf} into a temporary folder. Each test
 * first checks that the PDF really has its quirk (read with a plain {@link PDFTextStripper}), then that the
 * document reads as exactly one table equal to the model: kind, unit, pages, and on every line the code, the
 * name (normalised) and every amount's value, printed decimals and unit, read without a repair; a blank cell
 * must stay without a figure.
 * Every difference is listed in the failure message.
 */
class SyntheticRoundTripTest {
    private static final BigDecimal WIDE = new BigDecimal("1553.51");

    @TempDir
    Path dir;

    @Test
    void 普通表格_对照() throws Exception {
        roundTrip(SyntheticTables.small(11), Print.PLAIN, 1);
    }

    @Test
    void 全角数字和标点_单元格() throws Exception {
        Print print = Print.PLAIN.withFullWidthDigits();
        String layer = naiveText(SyntheticTables.small(12), print);
        assertTrue(layer.contains("１，５５３．５１"), "the text layer has full-width figures");
        assertFalse(layer.contains("1,553.51"));
        roundTrip(SyntheticTables.small(12), print, 1);
    }

    @Test
    void 字符间距Tc_数字被拆开() throws Exception {
        Print print = Print.PLAIN.withCharacterSpacing(2.5f);
        String layer = naiveText(SyntheticTables.small(13), print);
        assertFalse(layer.contains("1,553.51"), "naive extraction splits the figure: " + excerpt(layer));
        assertTrue(layer.replaceAll("[ \\u00A0]", "").contains("1,553.51"));
        roundTrip(SyntheticTables.small(13), print, 1);
    }

    @Test
    void 康熙部首_标签规范化() throws Exception {
        Print print = Print.PLAIN.withKangxiRadicals();
        String layer = naiveText(SyntheticTables.small(14), print);
        assertTrue(layer.contains("\u2F00般公共服务\u2F40出"), "the text layer has Kangxi radicals");
        assertTrue(layer.contains("\u2ECB辆购置税"), "the text layer has a CJK Radicals Supplement character");
        assertFalse(layer.contains("一般公共服务支出"));
        roundTrip(SyntheticTables.small(14), print, 1);
    }

    @Test
    void 旋转90度的横向页() throws Exception {
        roundTrip(SyntheticTables.small(15), Print.PLAIN.withRotate90(), 1);
    }

    @Test
    void 跨三页长表_每页重复表头() throws Exception {
        roundTrip(SyntheticTables.large(16), Print.PLAIN.withRowsPerPage(25, true), 3);
    }

    @Test
    void 跨三页长表_续页无表头() throws Exception {
        roundTrip(SyntheticTables.large(17), Print.PLAIN.withRowsPerPage(25, false), 3);
    }

    @Test
    void 全部怪癖叠加_横向三页() throws Exception {
        Print print = Print.PLAIN.withFullWidthDigits().withCharacterSpacing(3f).withKangxiRadicals().withRotate90()
                .withRowsPerPage(22, false);
        String layer = naiveText(SyntheticTables.large(18), print);
        assertFalse(layer.contains("１，５５３．５１"), "naive extraction splits the figure: " + excerpt(layer));
        assertTrue(layer.replaceAll("[ \\u00A0]", "").contains("１，５５３．５１"));
        assertTrue(layer.contains("\u2F00般公共服务\u2F40出") || layer.contains("\u2F00 般 公 共 服 务 \u2F40 出"), "radicals");
        roundTrip(SyntheticTables.large(18), print, 3);
    }

    /** The comparison itself: a model that differs from the print in one cell, one name, one code, one blank. */
    @Test
    void 对照能发现每一种错误() throws Exception {
        SyntheticTable printed = SyntheticTables.small(19);
        Path pdf = SyntheticPdf.write(printed, Print.PLAIN, dir.resolve("printed.pdf"));
        Table t = new DefaultDisclosureReader().read(pdf).tables().get(0);
        assertEquals(List.of(), compare(printed, t));

        List<SyntheticTable.Line> lines = new ArrayList<>(printed.lines());
        SyntheticTable.Line third = lines.get(2); // 2010601 行政运行: 1,553.51 | 1,553.51 | blank
        lines.set(2, new SyntheticTable.Line("2010602", "行政运行", List.of("1,553.52", "1,553.5", "0.01")));
        SyntheticTable.Line fourth = lines.get(3);
        lines.set(3, new SyntheticTable.Line(fourth.code(), fourth.name() + "费", fourth.amounts()));
        SyntheticTable wrong = new SyntheticTable(printed.kind(), printed.title(), printed.unitLine(), printed.columns(), lines);
        List<String> diffs = compare(wrong, t);
        assertEquals(5, diffs.size(), String.join("\n", diffs));
        assertTrue(diffs.get(0).contains("code 2010601 ≠ 2010602"), diffs.get(0));
        assertTrue(diffs.get(1).contains("total 1553.51 (2 decimals"), diffs.get(1));
        assertTrue(diffs.get(2).contains("basic 1553.51 (2 decimals, TEN_THOUSAND_YUAN) ≠ 1,553.5 (1 decimals"), diffs.get(2));
        assertTrue(diffs.get(3).contains("project missing, want 0.01"), diffs.get(3));
        assertTrue(diffs.get(4).contains("name"), diffs.get(4));
        assertEquals("1,553.51", third.amounts().get(0));

        List<SyntheticTable.Line> fewer = new ArrayList<>(printed.lines());
        fewer.remove(5);
        assertTrue(compare(new SyntheticTable(printed.kind(), printed.title(), printed.unitLine(), printed.columns(), fewer), t)
                .stream().anyMatch(d -> d.startsWith("lines 23 ≠ 22")));
        SyntheticTable.Line blank = printed.lines().get(2);
        List<SyntheticTable.Line> filled = new ArrayList<>(printed.lines());
        filled.set(2, new SyntheticTable.Line(blank.code(), blank.name(), List.of(blank.amounts().get(0), "", "")));
        assertEquals(List.of("line 3 (2010601 行政运行): basic should be blank, is “1,553.51”"),
                compare(new SyntheticTable(printed.kind(), printed.title(), printed.unitLine(), printed.columns(), filled), t));
        SyntheticTable other = new SyntheticTable(io.github.suanzhang.core.table.TableKind.FINAL_EXPENDITURE, printed.title(),
                "单位：元", printed.columns(), printed.lines());
        assertEquals(List.of("kind FINAL_GENERAL_BUDGET_EXPENDITURE ≠ FINAL_EXPENDITURE", "unit TEN_THOUSAND_YUAN ≠ YUAN"),
                compare(other, t).subList(0, 2));
    }

    private void roundTrip(SyntheticTable model, Print print, int pages) throws IOException, ReadException {
        Path pdf = SyntheticPdf.write(model, print, dir.resolve("synthetic.pdf"));
        Disclosure d = new DefaultDisclosureReader().read(pdf);
        assertEquals(1, d.tables().size(), () -> "tables: " + d.tables().stream().map(t -> t.title() + " "
                + t.pages() + " " + t.rows().size() + " lines").toList() + ", problems: " + d.problems());
        Table t = d.tables().get(0);
        List<String> diffs = compare(model, t);
        assertEquals(IntStream.rangeClosed(1, pages).boxed().toList(), t.pages(), "pages");
        assertTrue(diffs.isEmpty(), () -> diffs.size() + " differences:\n" + String.join("\n", diffs));
        assertTrue(model.lines().stream().anyMatch(l -> l.amounts().contains("1,553.51")));
        assertTrue(t.rows().stream().anyMatch(r -> r.cells().stream()
                .anyMatch(c -> c != null && c.hasAmount() && c.amount().value().compareTo(WIDE) == 0)));
    }

    /** Every difference between the model and the extracted table, one line each; empty when they agree. */
    static List<String> compare(SyntheticTable model, Table t) {
        List<String> diffs = new ArrayList<>();
        if (t.kind() != model.kind()) {
            diffs.add("kind " + t.kind() + " ≠ " + model.kind());
        }
        String unitLabel = model.unitLine().substring(model.unitLine().indexOf('：') + 1);
        Unit unit = Unit.ofLabel(unitLabel).orElseThrow();
        if (t.unit() != unit) {
            diffs.add("unit " + t.unit() + " ≠ " + unit);
        }
        int[] col = new int[model.columns().size()];
        for (int c = 0; c < col.length; c++) {
            col[c] = t.columnIndex(model.columns().get(c).key());
            if (col[c] < 0) {
                diffs.add("no column " + model.columns().get(c).key() + " in " + t.columns());
            }
        }
        if (t.rows().size() != model.lines().size()) {
            diffs.add("lines " + t.rows().size() + " ≠ " + model.lines().size());
        }
        for (int i = 0; i < Math.min(t.rows().size(), model.lines().size()); i++) {
            SyntheticTable.Line want = model.lines().get(i);
            Row got = t.rows().get(i);
            String where = "line " + (i + 1) + " (" + want.code() + " " + want.name() + "): ";
            String code = got.code() == null ? null : got.code().digits();
            if (!java.util.Objects.equals(code, want.code())) {
                diffs.add(where + "code " + code + " ≠ " + want.code());
            }
            String name = TextNormalizer.normalize(want.name());
            if (!got.label().equals(name)) {
                diffs.add(where + "name “" + got.label() + "” ≠ “" + name + "”");
            }
            for (int c = 0; c < col.length; c++) {
                if (col[c] < 0) {
                    continue;
                }
                String printed = want.amounts().get(c);
                Cell cell = got.cell(col[c]);
                String key = model.columns().get(c).key();
                if (printed.isEmpty()) {
                    if (cell != null && (cell.hasAmount() || cell.unreadable())) {
                        diffs.add(where + key + " should be blank, is “" + cell.raw() + "”");
                    }
                    continue;
                }
                BigDecimal value = new BigDecimal(printed.replace(",", ""));
                int decimals = printed.contains(".") ? printed.length() - printed.indexOf('.') - 1 : 0;
                Amount a = cell == null ? null : cell.amount();
                if (a == null) {
                    diffs.add(where + key + " missing, want " + printed + (cell == null ? "" : ", cell “" + cell.raw() + "”"));
                } else if (a.value().compareTo(value) != 0 || a.decimals() != decimals || a.unit() != unit) {
                    diffs.add(where + key + " " + a.plain() + " (" + a.decimals() + " decimals, " + a.unit() + ") ≠ "
                            + printed + " (" + decimals + " decimals, " + unit + "), cell “" + cell.raw() + "”");
                } else if (cell.repaired()) {
                    diffs.add(where + key + " read only after a repair from “" + cell.raw() + "”");
                }
            }
        }
        return diffs;
    }

    private String naiveText(SyntheticTable model, Print print) throws IOException {
        try (PDDocument doc = Loader.loadPDF(SyntheticPdf.write(model, print))) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String excerpt(String text) {
        int i = text.replace('５', '5').indexOf("5 5 3");
        return i < 0 ? "" : text.substring(Math.max(0, i - 12), Math.min(text.length(), i + 12));
    }
}
