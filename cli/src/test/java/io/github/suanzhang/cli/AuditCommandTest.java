package io.github.suanzhang.cli;

import io.github.suanzhang.runner.Status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.suanzhang.cli.Fakes.Run;
import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.io.Csv;
import io.github.suanzhang.core.io.Json;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
    @TempDir
    Path tmp;

    private final Fakes.Reader reader = new Fakes.Reader();

    private Run run(String... args) {
        return Fakes.run(reader, args);
    }

    private static Map<String, CSVRecord> summary(Path out) throws IOException {
        Map<String, CSVRecord> rows = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(out.resolve("summary.csv"), StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (CSVRecord r : p) {
                rows.put(Path.of(r.get("file")).getFileName().toString(), r);
            }
        }
        return rows;
    }

    @Test
    void usageErrorsExitWith2() throws IOException {
        Path ok = Fakes.write(tmp.resolve("ok.pdf"), "%PDF-1.4\n");
        assertEquals(2, run().code());
        assertEquals(2, run("audit").code());
        assertEquals(2, run("audit", "--no-such-option", ok.toString()).code());
        assertEquals(2, run("audit", tmp.resolve("missing.pdf").toString()).code());
        assertEquals(2, run("audit", "--format", "json", ok.toString()).code(), "files need --out");
        assertEquals(2, run("audit", "--format", "pdf", ok.toString()).code());
        assertEquals(2, run("audit", "--jobs", "0", ok.toString()).code());
        assertEquals(2, run("audit", "--resume", ok.toString()).code());
        Run r = run("audit", "--jobs", "many", ok.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--jobs"), r.err());
        assertEquals(0, reader.calls.get(), "nothing is read on a usage error");
    }

    @Test
    void helpListsExitCodesAndExamples() {
        for (String[] args : new String[][] {{"--help"}, {"audit", "--help"}, {"extract", "--help"}, {"help", "audit"}}) {
            Run r = run(args);
            assertEquals(0, r.code(), String.join(" ", args));
            assertTrue(r.out().contains("Exit codes:"), r.out());
            assertTrue(r.out().contains("Examples:"), r.out());
            assertTrue(r.out().contains("3"), r.out());
        }
    }

    @Test
    void anErrorFindingExitsWith1AndIsPrinted() throws IOException {
        Path bad = Fakes.write(tmp.resolve("bad.pdf"), "%PDF-1.4\n");
        Run r = run("audit", bad.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("错误"), r.out());
        assertTrue(r.out().contains("合计为1000.01万元，各行之和为1000.00万元"), r.out());
        assertTrue(r.out().contains("第1页"), r.out());
        assertTrue(r.out().contains("状态 正常"), r.out());
    }

    @Test
    void aCleanDocumentExitsWith0() throws IOException {
        Path ok = Fakes.write(tmp.resolve("ok.pdf"), "%PDF-1.4\n");
        Path txt = Fakes.write(tmp.resolve("export.txt"), "2023年度单位决算\n支出决算表\n行政运行 600.00\n");
        Run r = run("audit", ok.toString(), txt.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().indexOf("ok.pdf") < r.out().indexOf("export.txt"), "input order: " + r.out());
    }

    @Test
    void everyInputGetsASummaryRowWithStatusAndReason() throws IOException {
        Path in = tmp.resolve("in");
        Fakes.write(in.resolve("good.pdf"), "%PDF-1.4\n");
        Fakes.write(in.resolve("empty.pdf"), "");
        Fakes.write(in.resolve("page.pdf"), "<!DOCTYPE html>\n<html><body>404 页面不存在</body></html>");
        Fakes.write(in.resolve("broken.pdf"), "%PDF-1.4\n");
        Fakes.write(in.resolve("crash.pdf"), "%PDF-1.4\n");
        Fakes.write(in.resolve("scan.pdf"), "%PDF-1.4\n");
        Fakes.write(in.resolve("sub/export.md"), "# 2023年度部门决算\n");
        Fakes.write(in.resolve("sub/ignored.docx"), "not an input");
        Path out = tmp.resolve("out");

        Run r = run("audit", "--out", out.toString(), "--jobs", "2", in.toString());

        assertEquals(3, r.code(), r.err());
        Map<String, CSVRecord> rows = summary(out);
        assertEquals(List.of("broken.pdf", "crash.pdf", "empty.pdf", "good.pdf", "page.pdf", "scan.pdf", "export.md"),
                List.copyOf(rows.keySet()), "one row per input, in input order");
        assertEquals("ok", rows.get("good.pdf").get("status"));
        assertEquals("", rows.get("good.pdf").get("reason"));
        assertEquals(64, rows.get("good.pdf").get("sha256").length());
        assertEquals("ok", rows.get("export.md").get("status"));
        assertEquals("failed", rows.get("empty.pdf").get("status"));
        assertEquals("EMPTY_FILE", rows.get("empty.pdf").get("reason"));
        assertEquals("failed", rows.get("page.pdf").get("status"));
        assertEquals("NOT_A_PDF", rows.get("page.pdf").get("reason"));
        assertEquals("HTML 页面（以 .pdf 命名），不是 PDF", rows.get("page.pdf").get("message"));
        assertEquals("DAMAGED_PDF", rows.get("broken.pdf").get("reason"));
        assertTrue(rows.get("broken.pdf").get("message").contains("交叉引用表"));
        assertEquals("failed", rows.get("crash.pdf").get("status"));
        assertTrue(rows.get("crash.pdf").get("message").contains("bug in the reader"));
        assertEquals("unreadable", rows.get("scan.pdf").get("status"));
        assertEquals("NO_TEXT_LAYER", rows.get("scan.pdf").get("reason"));

        try (Stream<Path> docs = Files.list(out.resolve("documents"))) {
            assertEquals(7, docs.count(), "one JSON per input, failures included");
        }
        Audit failed;
        try (Reader j = Files.newBufferedReader(out.resolve("documents")
                .resolve(rows.get("page.pdf").get("document") + ".json"))) {
            failed = Json.read(j);
        }
        assertEquals("NOT_A_PDF", failed.disclosure().problems().get(0).kind().name());
        assertTrue(report(out).contains("HTML 页面（以 .pdf 命名），不是 PDF"));
        assertTrue(Files.exists(out.resolve("cells.csv")));
        assertFalse(Files.exists(out.resolve(".staging")), "staging removed");
        try (Stream<Path> t = Files.list(out.resolve("tables").resolve(rows.get("good.pdf").get("document")))) {
            assertEquals(1, t.count(), "the table as printed");
        }
    }

    @Test
    @Timeout(60)
    void aHangingReaderTimesOutAndTheBatchGoesOn() throws IOException {
        Path in = tmp.resolve("in");
        Fakes.write(in.resolve("a-hang.pdf"), "%PDF-1.4\n");
        Fakes.write(in.resolve("b-good.pdf"), "%PDF-1.4\n");
        Fakes.write(in.resolve("c-bad.pdf"), "%PDF-1.4\n");
        Path out = tmp.resolve("out");
        try {
            long t0 = System.nanoTime();
            Run r = run("audit", "--out", out.toString(), "--jobs", "1", "--timeout", "4", in.toString());
            double secs = (System.nanoTime() - t0) / 1e9;
            assertEquals(3, r.code(), r.err());
            Map<String, CSVRecord> rows = summary(out);
            assertEquals(3, rows.size());
            assertEquals("timeout", rows.get("a-hang.pdf").get("status"));
            assertEquals("TIMEOUT", rows.get("a-hang.pdf").get("reason"));
            assertTrue(rows.get("a-hang.pdf").get("message").contains("4 秒"));
            assertEquals("ok", rows.get("b-good.pdf").get("status"), "the stuck thread does not hold the only slot");
            assertEquals("1", rows.get("c-bad.pdf").get("errors"));
            assertTrue(secs < 30, "took " + secs + " s");
            assertTrue(Files.exists(out.resolve("documents").resolve(rows.get("a-hang.pdf").get("document") + ".json")));
        } finally {
            reader.release.countDown();
        }
    }

    @Test
    void inputsWithTheSameNameInDifferentFoldersDoNotCollide() throws IOException {
        Path in = tmp.resolve("in");
        Fakes.write(in.resolve("a/x.pdf"), "%PDF-1.4\n");
        Fakes.write(in.resolve("b/x.pdf"), "%PDF-1.4 bad\n");
        Path out = tmp.resolve("out");
        Run r = run("audit", "--out", out.toString(), in.toString());
        assertEquals(0, r.code(), r.err());
        Map<String, CSVRecord> rows = new LinkedHashMap<>();
        try (Reader rd = Files.newBufferedReader(out.resolve("summary.csv"));
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(rd)) {
            p.forEach(rec -> rows.put(rec.get("file"), rec));
        }
        assertEquals(2, rows.size());
        String a = rows.get(in.resolve("a/x.pdf").toString()).get("document");
        String b = rows.get(in.resolve("b/x.pdf").toString()).get("document");
        assertNotEquals(a, b);
        assertTrue(a.startsWith("a_x-"), a);
        assertTrue(b.startsWith("b_x-"), b);
        assertNotEquals(rows.get(in.resolve("a/x.pdf").toString()).get("sha256"),
                rows.get(in.resolve("b/x.pdf").toString()).get("sha256"));
        assertTrue(Files.exists(out.resolve("documents").resolve(a + ".json")));
        assertTrue(Files.exists(out.resolve("documents").resolve(b + ".json")));
    }

    @Test
    void resumeSkipsUnchangedInputsAndCarriesTheirRows() throws IOException {
        Path in = tmp.resolve("in");
        Fakes.write(in.resolve("bad.pdf"), "%PDF-1.4\n");
        Path changing = Fakes.write(in.resolve("ok.pdf"), "%PDF-1.4\n");
        Fakes.write(in.resolve("empty.pdf"), "");
        Path out = tmp.resolve("out");
        assertEquals(3, run("audit", "--out", out.toString(), in.toString()).code());
        assertEquals(3, reader.calls.get());
        Map<String, CSVRecord> first = summary(out);

        Files.writeString(changing, "%PDF-1.4\n% changed\n");
        Run r = run("audit", "--out", out.toString(), "--resume", in.toString());

        assertEquals(3, r.code(), "the empty file is still unread, and the carried ERROR still counts");
        assertEquals(4, reader.calls.get(), "only the changed input is read again");
        Map<String, CSVRecord> second = summary(out);
        assertEquals("skipped-unchanged", second.get("bad.pdf").get("status"));
        assertEquals("ok", second.get("bad.pdf").get("previous_status"));
        assertEquals(first.get("bad.pdf").get("errors"), second.get("bad.pdf").get("errors"));
        assertEquals(first.get("bad.pdf").get("sha256"), second.get("bad.pdf").get("sha256"));
        assertEquals("skipped-unchanged", second.get("empty.pdf").get("status"));
        assertEquals("failed", second.get("empty.pdf").get("previous_status"));
        assertEquals("ok", second.get("ok.pdf").get("status"));
        assertNotEquals(first.get("ok.pdf").get("sha256"), second.get("ok.pdf").get("sha256"));
        Map<String, List<Finding>> findings;
        try (Reader f = Files.newBufferedReader(out.resolve("findings.csv"))) {
            findings = Csv.readFindings(f);
        }
        assertEquals(1, findings.get(second.get("bad.pdf").get("document")).size(),
                "the skipped input's findings are still in findings.csv");
        assertTrue(report(out).contains("各行之和为1000.00万元"));
    }

    @Test
    @Timeout(30)
    void aFolderWithALinkLoopIsSearchedOnce() throws IOException {
        Path in = tmp.resolve("in");
        Fakes.write(in.resolve("sub/ok.pdf"), "%PDF-1.4\n");
        try {
            Files.createSymbolicLink(in.resolve("sub/loop"), in);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
        Path out = tmp.resolve("out");
        Run r = run("audit", "--out", out.toString(), in.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1, summary(out).size());
    }

    @Test
    void reportShowsEachFindingWithAPictureOfThePdfPlace() throws IOException {
        Path pdf = Fakes.pdf(tmp.resolve("in/bad.pdf"));
        Fakes.write(tmp.resolve("in/export.txt"), "2023年度单位决算\n");
        Path out = tmp.resolve("out");
        Run r = run("audit", "--out", out.toString(), "--format", "html,text", tmp.resolve("in").toString());
        assertEquals(1, r.code(), r.err());
        String html = report(out);
        assertTrue(Files.readString(out.resolve("report.html")).startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("合计为1000.01万元，各行之和为1000.00万元 &lt;不符&gt;"), "escaped message");
        assertFalse(html.contains("<不符>"));
        assertTrue(html.contains("<img src=\"data:image/png;base64,"), "a picture of the evidence");
        assertTrue(html.contains("支出决算表"), "the tables");
        assertTrue(html.contains("export.txt"));
        assertFalse(html.contains("src=\"http"), "self-contained");
        assertTrue(r.out().contains("合计为1000.01万元"), "text as well");
        assertTrue(Files.exists(pdf));
    }

    @Test
    void noPicturesListsTheEvidenceWithoutDrawingIt() throws IOException {
        Fakes.pdf(tmp.resolve("in/bad.pdf"));
        Path out = tmp.resolve("out");
        Run r = run("audit", "--out", out.toString(), "--no-pictures", tmp.resolve("in").toString());
        assertEquals(1, r.code(), r.err());
        String html = report(out);
        assertTrue(html.contains("合计为1000.01万元"), "the finding");
        assertFalse(html.contains("<img"), "no picture");
        assertTrue(html.contains("<figure class=\"evidence\"><blockquote>"), "the evidence quoted instead");
        assertTrue(run("audit", "--help").out().contains("--no-pictures"), "in the help");
    }

    @Test
    void onlyErrorAndWarningEvidenceIsPictured() throws Exception {
        Path pdf = Fakes.pdf(tmp.resolve("bad.pdf"));
        Disclosure d = reader.read(pdf);
        Finding error = new Fakes.TotalRule().check(d).findFirst().orElseThrow();
        Finding info = new Finding("test.info", Severity.INFO, "仅供参考", error.figures(), error.evidence());
        SummaryRow row = new SummaryRow(pdf.toString(), Status.OK, "", 1, d.tables().size(), 1, 0, 1, 0, "", "0.1",
                "bad", "", null);
        StringWriter w = new StringWriter();
        HtmlReport.fragment(row, new Audit(d, List.of(info, error)), pdf, w);
        String html = w.toString();
        int infoAt = html.indexOf("仅供参考");
        int errorAt = html.indexOf("合计为1000.01万元");
        assertTrue(infoAt >= 0 && errorAt > infoAt, html);
        assertFalse(html.substring(infoAt, errorAt).contains("<img"), "the INFO's evidence is quoted, not drawn");
        assertTrue(html.substring(errorAt).contains("<img src=\"data:image/png;base64,"), "the ERROR's is drawn");
    }

    /** The index and every document page of the report in {@code out}, one after another. */
    static String report(Path out) throws IOException {
        StringBuilder sb = new StringBuilder(Files.readString(out.resolve("report.html")));
        try (var pages = Files.list(out.resolve("report"))) {
            for (Path p : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                sb.append(Files.readString(p));
            }
        }
        return sb.toString();
    }
}
