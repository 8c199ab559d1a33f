package io.github.suanzhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.io.Json;
import io.github.suanzhang.extract.DefaultDisclosureReader;
import io.github.suanzhang.reconcile.Reconciler;
import io.github.suanzhang.testdata.RealSamples;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on a real PDF: {@code suanzhang audit} on the bundled 上海市普陀区财政局 2024 部门决算. Its tables
 * print 社会保障和就业支出 as 326.71 in the two summary tables (p6, p12) and 326.72 in the expenditure tables
 * (p10, p15) — a publisher's 尾数 adjustment, read off the rendered pages: a WARNING on each pair, never an
 * ERROR. And one true ERROR in its narrative (p21, read off the rendered page): 一般公共服务支出(类)2106.66万元,
 * 占71.73% of the 2940.05万元 the sentence lists — 2106.66 / 2940.05 = 71.65% (the list's shares add up to 100.07%),
 * found by narrative.breakdown. Nothing else above INFO; exit code 1 (an ERROR).
 */
class RealPdfAuditTest {
    private static final String SAMPLE = "shanghai_putuo_caizhengju_2024_bumen_juesuan.pdf";

    @Test
    void putuo_caizhengju_2024_final_accounts_gives_the_326_71_326_72_warnings_and_the_71_73_share_error(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve(SAMPLE);
        try (InputStream in = RealSamples.open(SAMPLE)) {
            Files.copy(in, pdf, StandardCopyOption.REPLACE_EXISTING);
        }
        Path out = dir.resolve("out");
        StringWriter stdout = new StringWriter();
        int code = Cli.commandLine(new DefaultDisclosureReader(), new Reconciler())
                .setOut(new PrintWriter(stdout)).setErr(new PrintWriter(new StringWriter()))
                .execute("audit", "--quiet", "--out", out.toString(), pdf.toString());
        assertEquals(1, code, stdout.toString());

        Path json;
        try (Stream<Path> s = Files.walk(out)) {
            json = s.filter(p -> p.toString().endsWith(".json") && p.getParent().getFileName().toString().equals("documents"))
                    .findFirst().orElseThrow(); // the document's JSON, not batch.json
        }
        Audit audit;
        try (InputStream in = Files.newInputStream(json)) {
            audit = Json.read(in);
        }
        assertEquals("上海市普陀区财政局", audit.disclosure().document().entity());
        assertEquals(2024, audit.disclosure().document().year());
        List<Finding> errors = audit.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertEquals(1, errors.size(), () -> "errors: " + errors);
        assertEquals("narrative.breakdown", errors.get(0).rule());
        assertTrue(errors.get(0).message().contains("71.73%") && errors.get(0).message().contains("2,940.05"), errors.get(0).message());
        assertEquals(21, errors.get(0).evidence().get(0).place().page());
        // page 14 holds only an empty table row spilled from p13: a blank page (structure.blank-page, checked on the page)
        List<Finding> blank = audit.findings().stream().filter(f -> f.rule().equals("structure.blank-page")).toList();
        assertEquals(1, blank.size(), () -> "blank pages: " + blank);
        assertEquals(14, blank.get(0).evidence().get(0).place().page());
        List<Finding> serious = audit.findings().stream().filter(f -> f.severity() == Severity.WARNING)
                .filter(f -> !f.rule().equals("structure.blank-page")).toList();
        assertEquals(2, serious.size(), () -> "findings: " + serious);
        for (Finding f : serious) {
            assertEquals(Severity.WARNING, f.severity());
            assertTrue(f.message().contains("326.71") && f.message().contains("326.72"), f.message());
            List<BigDecimal> values = f.figures().values().stream().map(a -> a.value().stripTrailingZeros()).toList();
            assertTrue(values.contains(new BigDecimal("326.71")) && values.contains(new BigDecimal("326.72")), values::toString);
            assertEquals(2, f.evidence().size());
            for (Evidence e : f.evidence()) {
                assertTrue(e.place().page() > 0 && e.place().box() != null, "every evidence has a page and a box");
                assertTrue(e.table() != null && e.row() != null && e.column() != null, "and points at its table cell");
            }
        }
        List<Integer> pages = serious.stream().flatMap(f -> f.evidence().stream()).map(e -> e.place().page()).sorted().toList();
        assertEquals(List.of(6, 10, 12, 15), pages);
        assertEquals(2, Files.readString(out.resolve("summary.csv")).lines().count(), "a header and one summary row");
    }
}
