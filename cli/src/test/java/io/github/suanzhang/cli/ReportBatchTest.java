package io.github.suanzhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.io.Json;
import io.github.suanzhang.extract.DefaultDisclosureReader;
import io.github.suanzhang.runner.BatchLinks;
import io.github.suanzhang.runner.Status;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index of report.html shows the batch step's links and findings (issue 17): two versions of the seed. */
class ReportBatchTest {
    @TempDir
    Path dir;

    private Path json(String name, String text) throws Exception {
        Path txt = dir.resolve(name + ".txt");
        Files.writeString(txt, text, StandardCharsets.UTF_8);
        Disclosure d = new DefaultDisclosureReader().read(txt);
        Path j = dir.resolve(name + ".json");
        try (OutputStream o = Files.newOutputStream(j)) {
            Json.write(new Audit(d, List.of()), o);
        }
        return j;
    }

    private static SummaryRow row(Path file, String document) {
        return new SummaryRow(file.toString(), Status.OK, "", 9, 9, 0, 0, 0, 0, "", "0.1", document, "", null);
    }

    @Test
    void links_and_batch_findings_are_listed_with_links_to_the_document_pages() throws Exception {
        String seed;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(
                "io/github/suanzhang/testdata/seed/000_14ea87654821cfd7.txt")) {
            seed = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
        // the same disclosure published twice, one figure changed: a republished link and batch.republished findings
        String edited = seed.replace("行政运行\t872.87\t872. 87", "行政运行\t827.87\t827. 87");
        OutputLayout layout = new OutputLayout(dir.resolve("out"));
        Files.createDirectories(layout.root);
        BatchLinks.write(List.of(json("v1", seed), json("v2<b>", edited)), layout.root);
        // v1 has a page in the report, v2 is not among the rows (no page): named without a link
        HtmlReport.assemble(List.of(row(dir.resolve("v1.txt"), "v1")), layout, Baseline.NONE);
        String html = Files.readString(layout.root.resolve(OutputLayout.HTML));
        assertTrue(html.contains("<h2>跨文件核对</h2>"), html);
        assertTrue(html.contains("<td>republished</td><td>已关联</td>"), html);
        assertTrue(html.contains("<a href=\"report/v1.html\" title=\"" + dir.resolve("v1.txt") + "\">v1.txt</a>"), html);
        assertTrue(html.contains("<td>batch.republished</td>"), html);
        // the finding names both documents with their places (lines: text exports have no pages); the second one escaped and without a link
        assertTrue(html.matches("(?s).*batch\\.republished.*v1\\.txt</a> 第\\d+行<br>.*v2&lt;b&gt;\\.txt</span> 第\\d+行.*"), html);
        assertFalse(html.contains("v2<b>"), html);
    }

    @Test
    void no_section_without_a_batch() throws Exception {
        OutputLayout layout = new OutputLayout(dir.resolve("out"));
        Files.createDirectories(layout.root);
        HtmlReport.assemble(List.of(), layout, Baseline.NONE);
        assertFalse(Files.readString(layout.root.resolve(OutputLayout.HTML)).contains("跨文件核对"));
    }

    @Test
    void batch_json_is_streamed_element_by_element() throws Exception {
        Path f = dir.resolve("batch.json");
        Files.writeString(f, """
                {"schema": "suanzhang/1", "links": [{"kind": "duplicate", "from": "a", "to": "b", "extra": {"x": [1, 2]}},
                  {"kind": "republished", "from": "a", "to": "c"}],
                 "other": {"links": [{"kind": "not this one"}]},
                 "findings": [{"rule": "batch.republished", "document": "a"}], "unlinkable": 7}
                """, StandardCharsets.UTF_8);
        List<String> seen = new java.util.ArrayList<>();
        int unlinkable = ReportBatch.stream(f, l -> seen.add("link " + l.path("kind").asText()),
                x -> seen.add("finding " + x.path("rule").asText()));
        assertEquals(7, unlinkable);
        assertEquals(List.of("link duplicate", "link republished", "finding batch.republished"), seen);
    }
}
