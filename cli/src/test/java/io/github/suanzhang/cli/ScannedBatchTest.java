package io.github.suanzhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.suanzhang.extract.DefaultDisclosureReader;
import io.github.suanzhang.extract.ocr.TesseractEngine;
import io.github.suanzhang.reconcile.Reconciler;
import io.github.suanzhang.testdata.RealSamples;
import io.github.suanzhang.testdata.scan.ImageOnlyPdf;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch that mixes a text PDF, a scan of our own (read by OCR) and a text export: a summary row for every
 * input, the scan's tables read, and {@code --resume} skipping all three the second time. Needs Tesseract.
 */
class ScannedBatchTest {
    @TempDir
    Path tmp;

    @Test
    void mixedBatchGivesEveryInputARowAndResumes() throws Exception {
        assumeTrue(new TesseractEngine("tesseract", "chi_sim", 60).available(), "tesseract with chi_sim not installed");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path text = in.resolve("text.pdf");
        Files.copy(RealSamples.path("shanghai_putuo_caizhengju_2024_bumen_juesuan.pdf"), text);
        ImageOnlyPdf.write(text, List.of(9), 200, 0.75f, in.resolve("scan.pdf"));
        try (var seed = ScannedBatchTest.class.getResourceAsStream("/io/github/suanzhang/testdata/seed/000_14ea87654821cfd7.txt")) {
            Files.copy(seed, in.resolve("export.txt"));
        }
        Path out = tmp.resolve("out");
        String[] args = {"audit", "-q", "--format", "json,csv", "--out", out.toString(), in.toString()};
        int code = run(args);
        assertTrue(code <= 1, "exit code " + code);
        List<String> rows = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(4, rows.size(), rows::toString);
        String scanRow = rows.stream().filter(r -> r.contains("scan.pdf")).findFirst().orElseThrow();
        assertTrue(scanRow.contains(",ok,") || scanRow.contains(",partly-readable,"), scanRow);
        String json = Files.readString(Files.list(out.resolve("documents")).filter(p -> p.toString().contains("scan"))
                .findFirst().orElseThrow());
        assertTrue(json.contains("\"method\" : \"ocr\""), "the scan's tables were read by OCR");
        assertTrue(json.contains("READ_BY_OCR"));

        String[] again = {"audit", "-q", "--resume", "--format", "json,csv", "--out", out.toString(), in.toString()};
        run(again);
        List<String> second = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(4, second.size());
        // all three are skipped: the seed export's OTHER problem is a note of how a table was read (a flattened
        // line rebuilt), not a failure, and reading it again gives it again (OutputLayout.resumable)
        for (String name : List.of("scan.pdf", "text.pdf", "export.txt")) {
            assertTrue(second.stream().anyMatch(r -> r.contains(name) && r.contains("skipped-unchanged")), second::toString);
        }
    }

    private static int run(String... args) {
        var cl = Cli.commandLine(new DefaultDisclosureReader(), new Reconciler());
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }
}
