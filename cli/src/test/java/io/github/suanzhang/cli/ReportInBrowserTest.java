package io.github.suanzhang.cli;

import io.github.suanzhang.runner.Status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.FindingId;
import io.github.suanzhang.core.io.Json;
import io.github.suanzhang.extract.DefaultDisclosureReader;
import io.github.suanzhang.reconcile.Reconciler;
import io.github.suanzhang.testdata.RealSamples;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report of a real 决算 PDF and the seed's text export in headless Chromium (Debian's
 * {@code chromium}; {@code .ci/run} installs it), driven over the DevTools protocol ({@link Cdp}), and does
 * what a reviewer does: on the index, filters the documents, searches the findings and looks at the charts;
 * on a document page, reads every finding, checks each picture loaded and names its row and column, records
 * a verdict and exports the baseline CSV. Skips where no Chromium is installed.
 *
 * <p>With {@code -Dsuanzhang.updateScreenshots=DIR} the screenshots of the index and the document page at
 * 1280 px are written to {@code DIR/report-index.png} and {@code DIR/report-document.png} (this is how the
 * pictures in {@code docs/} are made).
 */
class ReportInBrowserTest {
    private static final String SAMPLE = "shanghai_putuo_caizhengju_2024_bumen_juesuan.pdf";

    @Test
    void a_reviewer_filters_searches_reads_the_evidence_and_exports_verdicts(@TempDir Path dir) throws Exception {
        Path chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(chromium != null, "no Chromium installed: skipped (apt-get install chromium)");

        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Path pdf = in.resolve(SAMPLE);
        try (InputStream s = RealSamples.open(SAMPLE)) {
            Files.copy(s, pdf, StandardCopyOption.REPLACE_EXISTING);
        }
        try (InputStream s = getClass().getClassLoader().getResourceAsStream(SeedAuditTest.SEED)) {
            Files.write(in.resolve("000_14ea87654821cfd7.txt"), Objects.requireNonNull(s).readAllBytes());
        }
        Path out = dir.resolve("out");
        int code = Cli.commandLine(new DefaultDisclosureReader(), new Reconciler())
                .setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(new StringWriter()))
                .execute("audit", "--quiet", "--format", "json,html", "--out", out.toString(), in.toString());
        assertTrue(code == 0 || code == 1, "audit ran: exit " + code);
        Path index = out.resolve("report.html");
        Path json;
        try (Stream<Path> s = Files.list(out.resolve("documents"))) {
            json = s.filter(p -> p.getFileName().toString().startsWith("shanghai_putuo")).findFirst().orElseThrow();
        }
        Audit audit;
        try (InputStream s = Files.newInputStream(json)) {
            audit = Json.read(s);
        }
        assertFalse(audit.findings().isEmpty(), "the sample has findings to show (e.g. the 326.71/326.72 pair)");
        String docName = json.getFileName().toString().replace(".json", "");
        Path docPage = out.resolve("report").resolve(docName + ".html");
        String update = System.getProperty("suanzhang.updateScreenshots");

        try (Cdp b = Cdp.start(chromium, dir)) {
            // ---- the index
            b.open(index.toUri().toString());
            assertEquals(2, b.eval("document.querySelectorAll('#docs tbody tr').length").asInt(), "both documents listed");
            assertTrue(b.eval("document.querySelector('.chart.by-rule svg rect.bar').getBBox().width").asDouble() > 0,
                    "the findings-by-rule chart is drawn");
            assertTrue(b.eval("document.querySelectorAll('.chart.by-status svg rect.bar').length").asInt() >= 1,
                    "the documents-by-status chart is drawn");
            if (update != null && !update.isBlank()) {
                Files.write(Path.of(update).resolve("report-index.png"), b.screenshot(1280));
            }
            // a filter: the region 上海市 leaves the PDF only
            b.eval("(function(){var s=document.getElementById('f-c');s.value='上海市';"
                    + "s.dispatchEvent(new Event('change'));})()");
            assertEquals(1, b.eval("document.querySelectorAll('#docs tbody tr').length").asInt(), "filtered by region");
            assertTrue(b.eval("document.querySelector('#docs tbody tr').dataset.doc").asText().startsWith("shanghai_putuo"));
            b.eval("(function(){var s=document.getElementById('f-c');s.value='';s.dispatchEvent(new Event('change'));"
                    + "var e=document.getElementById('f-sev');e.value='e';e.dispatchEvent(new Event('change'));})()");
            // both have ERRORs: the seed's, and the 普陀 决算's narrative.breakdown (p21 占71.73% of 2,940.05 for 2,106.66)
            assertEquals(2, b.eval("document.querySelectorAll('#docs tbody tr').length").asInt(), "both have ERRORs");
            b.eval("(function(){var s=document.getElementById('f-c');s.value='上海市';"
                    + "s.dispatchEvent(new Event('change'));})()");
            assertEquals(1, b.eval("document.querySelectorAll('#docs tbody tr').length").asInt(), "ERRORs in 上海市");
            b.eval("(function(){var s=document.getElementById('f-c');s.value='';s.dispatchEvent(new Event('change'));"
                    + "var e=document.getElementById('f-sev');e.value='';e.dispatchEvent(new Event('change'));})()");
            // the search, across all documents' findings (loaded on first use)
            b.eval("(function(){var q=document.getElementById('q');q.value='872.88';"
                    + "q.dispatchEvent(new Event('input'));})()");
            b.waitFor("!document.getElementById('results').hidden && document.querySelectorAll('#results .hit').length > 0");
            assertTrue(b.eval("document.getElementById('results').textContent").asText().contains("行政运行"),
                    "the search finds the seed's 行政运行 872.88");

            // ---- a document page
            b.open(docPage.toUri().toString());
            String text = b.eval("document.body.innerText").asText();
            for (Finding f : audit.findings()) {
                assertTrue(text.contains(f.message()), "the page shows: " + f.message());
            }
            JsonNode imgs = b.eval("Array.from(document.querySelectorAll('figure.evidence img')).map(i => i.complete && i.naturalWidth)");
            assertTrue(imgs.size() > 0, "evidence pictures");
            imgs.forEach(w -> assertTrue(w.asInt() > 0, "every picture loaded"));
            // the first crop of a table cell (a narrative sentence's crop, as the narrative.breakdown ERROR's, has no row)
            String first = b.eval("document.querySelector('figure.evidence .rowlabel').textContent").asText();
            assertTrue(first.contains("社会保障和就业支出"), "the crop names its row: " + first);
            assertFalse(b.eval("document.querySelector('figure.evidence .rowlabel').closest('figure')"
                    + ".querySelector('.colhead').textContent").asText().isBlank(), "and its column");
            assertTrue(b.eval("document.querySelector('figure.evidence a.page').getAttribute('href')").asText()
                    .matches("pages/.+/\\d+\\.png"), "the page number links to the page picture");
            String pageHref = b.eval("document.querySelector('figure.evidence a.page').href").asText();
            assertTrue(Files.isRegularFile(Path.of(java.net.URI.create(pageHref))), "the page picture exists");
            if (update != null && !update.isBlank()) {
                Files.write(Path.of(update).resolve("report-document.png"), b.screenshot(1280));
            }
            // record a verdict and export the baseline
            String id = FindingId.of(audit.disclosure().source(), audit.findings().get(0));
            b.send("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", dir.toString()));
            b.eval("(function(){var f=document.getElementById('f-" + id + "');var s=f.querySelector('select.verdict');"
                    + "s.value='false';s.dispatchEvent(new Event('change'));var n=f.querySelector('input.note');"
                    + "n.value='核对原表, 两表数字不同';n.dispatchEvent(new Event('change'));"
                    + "document.querySelector('button.export').click();})()");
            assertTrue(b.eval("document.getElementById('f-" + id + "').classList.contains('reviewed')").asBoolean(),
                    "the finding is greyed once reviewed");
            String csv = b.eval("SZ.lastExport").asText();
            assertTrue(csv.startsWith("id,verdict,note"), csv);
            assertTrue(csv.contains(id + ",false,\"核对原表, 两表数字不同\""), csv);
            Path downloaded = dir.resolve("baseline.csv");
            for (int i = 0; i < 100 && !Files.isRegularFile(downloaded); i++) {
                Thread.sleep(100);
            }
            assertTrue(Files.isRegularFile(downloaded), "the CSV was downloaded");
            assertTrue(Files.readString(downloaded).contains(id + ",false,"));

            // the exported file is a baseline the command reads: that finding is reviewed in the next run
            Path again = dir.resolve("again");
            Cli.commandLine(new DefaultDisclosureReader(), new Reconciler()).setOut(new PrintWriter(new StringWriter()))
                    .setErr(new PrintWriter(new StringWriter()))
                    .execute("audit", "-q", "--format", "html", "--baseline", downloaded.toString(), "--out",
                            again.toString(), pdf.toString());
            String page = Files.readString(again.resolve("report").resolve(docName + ".html"));
            assertTrue(page.contains("id=\"f-" + id + "\"") && page.contains("reviewed v-false\" id=\"f-" + id + "\""), "greyed next time");
        }
    }

    /**
     * An index of 10,000 documents with 10 findings each: written from the per-document data files, it holds
     * one short record per document (the findings are in the lazily loaded findings.js), shows 100 rows a page,
     * and stays usable: opened, filtered and searched in Chromium within the limits below.
     */
    @Test
    void an_index_of_10000_documents_opens_filters_and_searches_quickly(@TempDir Path dir) throws Exception {
        // about two minutes on a busy two-core machine (writing 10,000 pages): run with -Dsuanzhang.scale=true
        assumeTrue(Boolean.getBoolean("suanzhang.scale"), "the 10,000-document report: -Dsuanzhang.scale=true");
        int n = 10_000;
        OutputLayout layout = new OutputLayout(dir.resolve("out"));
        List<SummaryRow> rows = new ArrayList<>();
        String[] cities = {"北京市", "上海市", "武汉市", "成都市", "广州市"};
        for (int i = 0; i < n; i++) {
            String doc = String.format("doc-%05d", i);
            int e = i % 7 == 0 ? 1 : 0;
            rows.add(new SummaryRow("corpus/" + cities[i % 5] + "/" + doc + ".pdf", i % 50 == 0 ? Status.PARTLY_READABLE : Status.OK,
                    "", 20, 8, e, 9 - e, 1, 0, "", "1.00", doc, "", null));
            Path data = layout.part(doc, OutputLayout.REPORT_DATA);
            Files.createDirectories(data.getParent());
            StringBuilder f = new StringBuilder("{\"c\":\"" + cities[i % 5] + "\",\"y\":" + (2019 + i % 6)
                    + ",\"k\":\"部门决算\",\"f\":[");
            for (int k = 0; k < 10; k++) {
                f.append(k == 0 ? "" : ",").append("[\"").append(String.format("%012x%04x", i, k)).append("\",\"")
                        .append(k == 0 && e == 1 ? "E" : k == 9 ? "I" : "W").append("\",\"narrative.amount\",\"情况说明称第")
                        .append(i).append("号文件第").append(k).append("项为872.88万元，而表中为872.87万元，相差0.01万元。\",\"\",\"\"]");
            }
            Files.writeString(data, f.append("]}").toString());
        }
        long t0 = System.nanoTime();
        HtmlReport.assemble(rows, layout, Baseline.NONE);
        double assembleSeconds = (System.nanoTime() - t0) / 1e9;
        long indexBytes = Files.size(layout.root.resolve("report.html"));
        long searchBytes = Files.size(layout.reportDir().resolve(ReportIndex.SEARCH_FILE));
        System.out.printf("10,000 documents: assembled in %.1f s; report.html %.1f MB, findings.js %.1f MB%n",
                assembleSeconds, indexBytes / 1e6, searchBytes / 1e6);
        assertTrue(indexBytes < 4_000_000, "the index holds one short record per document: " + indexBytes);

        Path chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(chromium != null, "no Chromium installed: the browser part skipped");
        try (Cdp b = Cdp.start(chromium, dir)) {
            long t1 = System.nanoTime();
            b.open(layout.root.resolve("report.html").toUri().toString());
            double open = (System.nanoTime() - t1) / 1e9;
            assertEquals(100, b.eval("document.querySelectorAll('#docs tbody tr').length").asInt(), "a page of 100");
            double filter = b.eval("(function(){var t=performance.now();var s=document.getElementById('f-c');s.value='武汉市';"
                    + "s.dispatchEvent(new Event('change'));return performance.now()-t;})()").asDouble();
            assertTrue(b.eval("document.getElementById('count').textContent").asText().contains("2000 / 10000"));
            long t2 = System.nanoTime();
            b.eval("(function(){var q=document.getElementById('q');q.value='第9999号文件第3项';q.dispatchEvent(new Event('input'));})()");
            b.waitFor("document.querySelectorAll('#results .hit').length === 1", 120);
            double search = (System.nanoTime() - t2) / 1e9;
            System.out.printf("10,000 documents in Chromium: opened in %.2f s, filtered in %.0f ms, first search (loads "
                    + "100,000 findings) in %.2f s%n", open, filter, search);
            assertTrue(open < 15, "opens in " + open + " s");
            assertTrue(filter < 2000, "filters in " + filter + " ms");
            assertTrue(search < 20, "searches in " + search + " s");
        }
    }

    @Test
    void screenshots_in_docs_are_real_pictures_at_1280_px() throws Exception {
        for (String name : new String[] {"report-index.png", "report-document.png"}) {
            Path p = Stream.of(Path.of("docs", name), Path.of("..", "docs", name)).filter(Files::isRegularFile).findFirst()
                    .orElse(null);
            assumeTrue(p != null, "docs/ not beside the module");
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(p)));
            assertEquals(1280, img.getWidth(), name);
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < img.getHeight(); y += 7) {
                for (int x = 0; x < img.getWidth(); x += 7) {
                    colours.add(img.getRGB(x, y));
                }
            }
            assertTrue(colours.size() > 50, name + " is a picture, not a blank page: " + colours.size() + " colours");
        }
    }
}
