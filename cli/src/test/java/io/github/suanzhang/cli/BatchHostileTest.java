package io.github.suanzhang.cli;

import io.github.suanzhang.runner.Status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.suanzhang.extract.DefaultDisclosureReader;
import io.github.suanzhang.extract.DisclosureReader;
import io.github.suanzhang.reconcile.Reconciler;
import io.github.suanzhang.testdata.RealSamples;
import io.github.suanzhang.testdata.bad.BadInputs;
import io.github.suanzhang.testdata.bad.BadInputs.Kind;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8's batch test: 200 inputs, 20 of them broken (every broken kind of {@link BadInputs}, some twice),
 * the rest copies of small good PDFs and text exports under distinct names, audited with {@code --jobs 2}
 * by the real command with the real reconciler and the production {@link DefaultDisclosureReader} (sniffer,
 * text-export reader, and the table-reading PDF reader on every PDF, a 13-page real 预算 among them).
 * Every input has a summary row; each broken one a status other than ok and the reason its kind
 * calls for; the JSON of every good one is the same, timing aside, as in a run without the broken ones.
 */
class BatchHostileTest {
    static final int INPUTS = 200;
    static final int BROKEN = 20;

    @TempDir
    Path tmp;

    final DisclosureReader reader = new DefaultDisclosureReader();

    /** A real 13-page 部门预算 (tables only), bundled in testdata. */
    static final String REAL_PDF = "jiangsu_renda_changweihui_bangongting_2019_bumen_yusuan_tables.pdf";

    /** Good templates: name suffix and bytes. */
    static Map<String, byte[]> goodTemplates(Path scratch) throws IOException {
        Map<String, byte[]> t = new LinkedHashMap<>();
        t.put(".pdf", BadInputs.validPdf());
        t.put("-owner-only.pdf", Files.readAllBytes(BadInputs.write(Kind.OWNER_PASSWORD_ONLY, scratch)));
        t.put("-helvetica.pdf", Files.readAllBytes(Fakes.pdf(scratch.resolve("helvetica.pdf"))));
        t.put("-utf8.txt", Files.readAllBytes(BadInputs.writeUtf8Export(scratch, "utf8.txt")));
        t.put("-gb18030.txt", Files.readAllBytes(BadInputs.write(Kind.GB18030_EXPORT, scratch)));
        try (var in = RealSamples.open(REAL_PDF)) {
            t.put("-real-yusuan.pdf", in.readAllBytes());
        }
        return t;
    }

    /** The broken kinds: every kind with a problem once, then the first ones again, to 20. */
    static List<Kind> brokenKinds() {
        List<Kind> once = java.util.Arrays.stream(Kind.values()).filter(k -> k.problem() != null).toList();
        List<Kind> out = new ArrayList<>();
        for (int i = 0; out.size() < BROKEN; i++) {
            out.add(once.get(i % once.size()));
        }
        return out;
    }

    @Test
    @Timeout(value = 900, unit = TimeUnit.SECONDS)
    void twoHundredInputsTenPercentBroken() throws IOException {
        Path scratch = Files.createDirectories(tmp.resolve("scratch"));
        Path all = Files.createDirectories(tmp.resolve("with-broken").resolve("inputs"));
        Path good = Files.createDirectories(tmp.resolve("good-only").resolve("inputs"));
        Map<String, byte[]> templates = goodTemplates(scratch);
        List<String> suffixes = new ArrayList<>(templates.keySet());
        Set<String> goodNames = new java.util.TreeSet<>();
        for (int i = 0; i < INPUTS - BROKEN; i++) {
            String suffix = suffixes.get(i % suffixes.size());
            String name = String.format("good-%03d%s", i, suffix);
            Files.write(all.resolve(name), templates.get(suffix));
            Files.write(good.resolve(name), templates.get(suffix));
            goodNames.add(name);
        }
        Map<String, Kind> brokenNames = new LinkedHashMap<>();
        List<Kind> broken = brokenKinds();
        for (int i = 0; i < broken.size(); i++) {
            Kind k = broken.get(i);
            Path f = BadInputs.write(k, Files.createDirectories(scratch.resolve("b" + i)));
            String name = String.format("broken-%02d-%s", i, k.fileName());
            Files.copy(f, all.resolve(name));
            brokenNames.put(name, k);
        }
        assertEquals(INPUTS, goodNames.size() + brokenNames.size());
        assertEquals(Set.copyOf(brokenKinds()), java.util.Arrays.stream(Kind.values()).filter(k -> k.problem() != null)
                .collect(Collectors.toSet()), "every broken kind is in the batch");

        Path out1 = tmp.resolve("out-with-broken");
        Path out2 = tmp.resolve("out-good-only");
        long t0 = System.nanoTime();
        int code1 = run("audit", "--jobs", "2", "--out", out1.toString(), "-q", all.toString());
        long t1 = System.nanoTime();
        int code2 = run("audit", "--jobs", "2", "--out", out2.toString(), "-q", good.toString());
        long t2 = System.nanoTime();
        System.out.printf("batch of %d: %.1f s; good only (%d): %.1f s%n", INPUTS, (t1 - t0) / 1e9,
                goodNames.size(), (t2 - t1) / 1e9);

        assertEquals(ExitCodes.UNREADABLE, code1, "some inputs could not be read");
        assertNotEquals(ExitCodes.UNREADABLE, code2);

        Map<String, CSVRecord> rows = summary(out1);
        assertEquals(INPUTS, rows.size(), "one row per input");
        for (Map.Entry<String, Kind> b : brokenNames.entrySet()) {
            CSVRecord r = rows.get(b.getKey());
            Kind k = b.getValue();
            assertNotEquals(Status.OK.label(), r.get("status"), b.getKey());
            assertEquals(k.problem().name(), r.get("reason"), () -> b.getKey() + ": " + r.toMap());
            assertFalse(r.get("message").isBlank(), b.getKey());
        }
        Map<String, CSVRecord> goodRows = summary(out2);
        assertEquals(goodNames, goodRows.keySet());
        ObjectMapper om = new ObjectMapper();
        for (String name : goodNames) {
            CSVRecord r = rows.get(name);
            assertEquals(Status.OK.label(), r.get("status"), () -> name + ": " + r.toMap());
            assertEquals(goodRows.get(name).get("status"), r.get("status"));
            // document names carry a hash of the input's path, so each run's own name is used; the two runs
            // read from different folders, so paths are compared below the folder
            JsonNode a = withoutTiming(om.readTree(Files.readString(out1.resolve("documents")
                    .resolve(r.get("document") + ".json")).replace(all.toString(), "INPUTS")));
            JsonNode b = withoutTiming(om.readTree(Files.readString(out2.resolve("documents")
                    .resolve(goodRows.get(name).get("document") + ".json")).replace(good.toString(), "INPUTS")));
            assertEquals(b, a, name);
            if (name.endsWith("-real-yusuan.pdf")) {
                // the table-reading PDF reader ran: the real 预算 gives its tables, not page text only
                assertTrue(a.path("tables").size() >= 8, () -> name + ": " + a.path("tables").size() + " tables");
            }
        }
    }

    private int run(String... args) {
        var cl = Cli.commandLine(reader, new Reconciler());
        cl.setOut(new PrintWriter(new StringWriter()));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        // text layers only (--ocr never): with OCR the image-only input is read (ScannedBatchTest covers that); here
        // it must stay one of the broken inputs
        String[] withOcr = java.util.Arrays.copyOf(args, args.length + 1);
        System.arraycopy(args, 1, withOcr, 2, args.length - 1);
        withOcr[1] = "--ocr=never";
        return cl.execute(withOcr);
    }

    /** Drops fields that measure time (seconds, elapsed, …) anywhere in the tree. */
    static JsonNode withoutTiming(JsonNode n) {
        if (n instanceof ObjectNode o) {
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (Set.of("seconds", "elapsed", "elapsedSeconds", "time", "duration", "readAt", "generated", "created")
                        .contains(f)) {
                    it.remove();
                }
            }
        }
        n.forEach(BatchHostileTest::withoutTiming);
        return n;
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
}
