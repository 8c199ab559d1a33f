package io.github.suanzhang.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.cli.Cli;
import io.github.suanzhang.extract.DefaultDisclosureReader;
import io.github.suanzhang.extract.DisclosureReader;
import io.github.suanzhang.extract.ReadException;
import io.github.suanzhang.reconcile.Reconciler;
import io.github.suanzhang.runner.GuardedRead;
import io.github.suanzhang.testdata.RealSamples;
import io.github.suanzhang.testdata.bad.BadInputs;
import io.github.suanzhang.testdata.synth.Print;
import io.github.suanzhang.testdata.synth.SyntheticPdf;
import io.github.suanzhang.testdata.synth.SyntheticTables;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The Spark job in local mode ({@code local[2]}) on real (testdata), synthetic and hostile inputs: the
 * findings and statuses are the CLI's for the same files; a forced time-out, an oversized file and broken
 * files become status rows; a rerun with {@code --resume} adds no row.
 */
class SparkAuditTest {
    /** Far above what the small inputs take, even on a loaded machine: no time-out but the forced one. */
    private static final long TIMEOUT_SECONDS = 300;
    /** The forced time-out's run: short, so that it costs little (its other input, a text export, needs no PDFBox). */
    private static final long SHORT_TIMEOUT_SECONDS = 8;
    private static final String SLOW = "slow.pdf";
    private static final String[] REAL = {"jiangsu_renda_changweihui_bangongting_2019_bumen_yusuan_tables.pdf",
        "shanghai_putuo_shehuifuliyuan_2024_danwei_yusuan.pdf", "001_上海__2026年上海市规划和自然资源局_部门预算.pdf"};

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("suanzhang-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** The library's reader, except that a file named {@value #SLOW} never finishes (until interrupted). */
    static final class SlowReader implements DisclosureReader {
        private final DisclosureReader real = new DefaultDisclosureReader();

        @Override
        public io.github.suanzhang.core.doc.Disclosure read(Path file) throws ReadException {
            if (file.getFileName().toString().equals(SLOW)) {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ReadException(io.github.suanzhang.core.doc.ProblemKind.TIMEOUT, "interrupted");
                }
            }
            return real.read(file);
        }
    }

    @Test
    void auditsLikeTheCliEveryInputARowAndResumeAddsNoRow(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("real"));
        for (String name : REAL) {
            Files.copy(RealSamples.path(name), in.resolve("real").resolve(name));
        }
        SyntheticPdf.write(SyntheticTables.small(7), Print.PLAIN, in.resolve("synthetic-05.pdf"));
        BadInputs.writeValidPdf(in, "valid.pdf");
        BadInputs.writeUtf8Export(in, "seed-excerpt.txt");
        Path bad = in.resolve("bad");
        for (BadInputs.Kind k : List.of(BadInputs.Kind.EMPTY, BadInputs.Kind.HTML_AS_PDF, BadInputs.Kind.TRUNCATED_50,
                BadInputs.Kind.USER_PASSWORD, BadInputs.Kind.GARBLED_PUA)) {
            BadInputs.write(k, bad);
        }
        Files.writeString(in.resolve("notes.docx"), "not an input"); // not taken from a folder
        // only for the Spark job: a file over --max-bytes
        Path extra = tmp.resolve("extra");
        Files.createDirectories(extra);
        try (RandomAccessFile f = new RandomAccessFile(extra.resolve("big.pdf").toFile(), "rw")) {
            f.setLength(3L << 20);
        }
        int expected = REAL.length + 3 + 5 + 1;

        Options options = Options.DEFAULTS.withTimeoutSeconds(TIMEOUT_SECONDS).withMaxBytes(2L << 20)
                .withFilesPerTask(4).withReader(SlowReader::new);
        String out = tmp.resolve("out").toString();
        List<String> inputs = List.of(in.toString(), extra.resolve("*.pdf").toString());
        ParquetOutput.Summary first = ParquetOutput.run(spark, inputs, out, false, options);
        assertEquals(expected, first.listed());

        Dataset<Row> status = spark.read().parquet(out + "/status");
        Map<String, Row> byName = new HashMap<>();
        for (Row r : status.collectAsList()) {
            String path = r.getAs("path");
            assertNull(byName.put(name(path), r), "one status row per input: " + path);
            assertTrue(path.startsWith("file:/"), path);
        }
        assertEquals(expected, byName.size());
        assertStatus(byName.get("big.pdf"), "failed", "TOO_LARGE");
        assertStatus(byName.get("empty.pdf"), "failed", "EMPTY_FILE");
        assertEquals("DAMAGED_PDF", byName.get("truncated-50.pdf").getAs("reason"));
        assertFalse(byName.get("truncated-50.pdf").getAs("status").equals("ok"));
        assertStatus(byName.get("user-password.pdf"), "failed", "ENCRYPTED");
        assertStatus(byName.get("html-saved-as.pdf"), "failed", "NOT_A_PDF");
        // the real path and the sha256 of the bytes in every row of a read input
        for (String name : REAL) {
            Row r = byName.get(name);
            assertEquals(GuardedRead.sha256(in.resolve("real").resolve(name)), r.getAs("sha256"), name);
            assertEquals("ok", r.getAs("status"), name);
        }
        for (String d : Schemas.DATASETS) {
            Dataset<Row> rows = spark.read().parquet(out + "/" + d);
            assertEquals(0, rows.filter("path is null or run is null").count(), d);
            assertEquals(0, rows.filter("sha256 is null and path not like '%/extra/%'").count(), d + ": sha256");
        }
        assertEquals(expected, spark.read().parquet(out + "/documents").count());
        assertTrue(spark.read().parquet(out + "/cells").filter("value = '1553.51'").count() > 0,
                "amounts are exact decimal strings");

        // the CLI on the same inputs (without the two only the Spark job gets)
        Path cliOut = tmp.resolve("cli");
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.commandLine(new DefaultDisclosureReader(), new Reconciler());
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.execute("audit", "-q", "--format", "json,csv", "--jobs", "2", "--out", cliOut.toString(), in.toString());
        Map<String, String> cliFiles = new HashMap<>(); // document → file name
        Map<String, String> cliStatus = new TreeMap<>();
        for (CSVRecord r : csv(cliOut.resolve("summary.csv"))) {
            cliFiles.put(r.get("document"), name(r.get("file")));
            cliStatus.put(name(r.get("file")), r.get("status") + " " + r.get("reason"));
        }
        Map<String, String> sparkStatus = new TreeMap<>();
        byName.forEach((n, r) -> {
            if (!n.equals("big.pdf")) {
                sparkStatus.put(n, r.getAs("status") + " " + r.getAs("reason"));
            }
        });
        assertEquals(cliStatus, sparkStatus);
        List<String> cliFindings = new ArrayList<>();
        for (CSVRecord r : csv(cliOut.resolve("findings.csv"))) {
            cliFindings.add(finding(cliFiles.get(r.get("document")), r.get("rule"), r.get("severity"),
                    r.get("message"), r.get("figures"), r.get("page"), r.get("evidence_json"), r.get("figures_json")));
        }
        List<String> sparkFindings = new ArrayList<>();
        for (Row r : spark.read().parquet(out + "/findings").collectAsList()) {
            Integer page = r.getAs("page");
            sparkFindings.add(finding(name(r.getAs("path")), r.getAs("rule"), r.getAs("severity"), r.getAs("message"),
                    r.getAs("figures"), page == null ? "" : page.toString(), r.getAs("evidence_json"),
                    r.getAs("figures_json")));
        }
        assertFalse(cliFindings.isEmpty(), "the CLI found something to compare");
        assertEquals(sorted(cliFindings), sorted(sparkFindings));

        // a rerun with --resume reads nothing again and adds no row
        Map<String, Long> before = counts(out);
        ParquetOutput.Summary again = ParquetOutput.run(spark, inputs, out, true, options);
        assertEquals(expected, again.skipped());
        assertEquals(0, again.read());
        assertEquals(before, counts(out));
    }

    @Test
    void aForcedTimeOutIsAStatusRowAndIsReadAgainOnResumeWithoutDoubleRows(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        BadInputs.writeValidPdf(in, SLOW);
        BadInputs.writeUtf8Export(in, "seed-excerpt.txt");
        Options options = Options.DEFAULTS.withTimeoutSeconds(SHORT_TIMEOUT_SECONDS).withFilesPerTask(1)
                .withReader(SlowReader::new);
        String out = tmp.resolve("out").toString();
        ParquetOutput.Summary first = ParquetOutput.run(spark, List.of(in.toString()), out, false, options);
        assertEquals(2, first.read());
        Row slow = statusOf(out, SLOW);
        assertStatus(slow, "timeout", "TIMEOUT");
        assertNull(slow.getAs("sha256"));
        Row text = statusOf(out, "seed-excerpt.txt");
        assertNotEquals("timeout", text.getAs("status"));
        assertNotNull(text.getAs("sha256"));
        assertEquals(1, spark.read().parquet(out + "/problems").filter("kind = 'TIMEOUT'").count());

        // --resume: the time-out is read again (as by suanzhang audit --resume), its earlier rows go
        Map<String, Long> before = counts(out);
        ParquetOutput.Summary again = ParquetOutput.run(spark, List.of(in.toString()), out, true, options);
        assertEquals(1, again.skipped());
        assertEquals(1, again.read());
        assertEquals(before, counts(out));
        assertEquals(again.run(), statusOf(out, SLOW).getAs("run"));
        assertEquals(first.run(), statusOf(out, "seed-excerpt.txt").getAs("run"));
    }

    private static Row statusOf(String out, String name) {
        List<Row> rows = spark.read().parquet(out + "/status").filter("path like '%/" + name + "'").collectAsList();
        assertEquals(1, rows.size(), name);
        return rows.get(0);
    }

    private static void assertStatus(Row r, String status, String reason) {
        assertNotNull(r);
        assertEquals(status + " " + reason, r.getAs("status") + " " + r.getAs("reason"), r.getAs("path").toString());
    }

    private static Map<String, Long> counts(String out) {
        Map<String, Long> m = new TreeMap<>();
        for (String d : Schemas.DATASETS) {
            m.put(d, spark.read().parquet(out + "/" + d).count());
        }
        return m;
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String finding(String... f) {
        return String.join(" | ", f);
    }

    private static List<String> sorted(List<String> l) {
        return l.stream().sorted().collect(Collectors.toList());
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.getRecords();
        }
    }
}
