package io.github.suanzhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.extract.DefaultDisclosureReader;
import io.github.suanzhang.reconcile.Reconciler;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --baseline} (verdicts that persist, the exit code counting only unreviewed or confirmed ERRORs) and
 * {@code audit} of the command's own JSON, on the seed (two ERRORs, seven WARNINGs, two INFOs).
 */
class BaselineAndJsonInputTest {
    @TempDir
    Path tmp;
    Path seed;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new DefaultDisclosureReader(), new Reconciler()).setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void copySeed() throws Exception {
        seed = tmp.resolve("in").resolve("000_14ea87654821cfd7.txt");
        Files.createDirectories(seed.getParent());
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SeedAuditTest.SEED)) {
            Files.write(seed, Objects.requireNonNull(in).readAllBytes());
        }
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.getRecords();
        }
    }

    private static void baseline(Path file, List<CSVRecord> findings, String verdict, String skipId) throws Exception {
        StringBuilder sb = new StringBuilder("id,verdict,note\n");
        for (CSVRecord f : findings) {
            if (!f.get("id").equals(skipId)) {
                sb.append(f.get("id")).append(',').append(verdict).append(",\"核对过，原文如此, 见第3页\"\n");
            }
        }
        Files.writeString(file, sb.toString());
    }

    @Test
    void a_baseline_marking_every_finding_false_exits_0_and_one_new_error_exits_1() throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(1, run("audit", "-q", "--format", "json,csv", "--out", out.toString(), seed.toString()).code());
        List<CSVRecord> findings = csv(out.resolve("findings.csv"));
        assertEquals(2, findings.stream().filter(f -> f.get("severity").equals("ERROR")).count());

        Path allFalse = tmp.resolve("all-false.csv");
        baseline(allFalse, findings, "false", null);
        Path out2 = tmp.resolve("out2");
        Run r = run("audit", "--baseline", allFalse.toString(), "--out", out2.toString(), seed.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("其中未审或属实的错误 0"), r.out());

        String oneError = findings.stream().filter(f -> f.get("severity").equals("ERROR")).findFirst().orElseThrow().get("id");
        Path missingOne = tmp.resolve("missing-one.csv");
        baseline(missingOne, findings, "false", oneError);
        Path out3 = tmp.resolve("out3");
        assertEquals(1, run("audit", "-q", "--baseline", missingOne.toString(), "--out", out3.toString(), seed.toString()).code());
        // the report: one finding stands out as new, the others are greyed with their verdict and note
        String page = AuditCommandTest.report(out3);
        assertTrue(page.contains("id=\"f-" + oneError + "\""), "the new finding is in the report");
        assertTrue(page.matches("(?s).*class=\"finding ERROR new\" id=\"f-" + oneError + "\".*"), "marked new");
        assertEquals(findings.size() - 1, page.split("class=\"finding [A-Z]+ reviewed v-false\"", -1).length - 1,
                "every other finding greyed as reviewed");
        assertTrue(page.contains("已审：误报（核对过，原文如此, 见第3页）"), "verdict and note shown");

        Path confirmed = tmp.resolve("confirmed.csv");
        baseline(confirmed, findings, "confirmed", null);
        assertEquals(1, run("audit", "-q", "--baseline", confirmed.toString(), seed.toString()).code(),
                "confirmed ERRORs still count");
        Run text = run("audit", "--baseline", allFalse.toString(), seed.toString());
        assertEquals(0, text.code());
        assertTrue(text.out().contains("[已审：误报]"), text.out());
    }

    @Test
    void a_malformed_baseline_is_a_usage_error() throws Exception {
        Path b = tmp.resolve("b.csv");
        Files.writeString(b, "id,verdict,note\nabc,maybe,\n");
        Run r = run("audit", "--baseline", b.toString(), seed.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("maybe"), r.err());
    }

    @Test
    void the_seeds_json_fed_back_gives_the_same_findings_as_the_text_export() throws Exception {
        Path out = tmp.resolve("out");
        int code = run("audit", "-q", "--format", "json,csv", "--out", out.toString(), seed.toString()).code();
        Path json;
        try (Stream<Path> s = Files.list(out.resolve("documents"))) {
            json = s.findFirst().orElseThrow();
        }
        Path again = tmp.resolve("again");
        assertEquals(code, run("audit", "-q", "--format", "json,csv", "--out", again.toString(), json.toString()).code());
        List<String> before = csv(out.resolve("findings.csv")).stream()
                .map(r -> r.get("id") + " " + r.get("rule") + " " + r.get("severity") + " " + r.get("message")).toList();
        List<String> after = csv(again.resolve("findings.csv")).stream()
                .map(r -> r.get("id") + " " + r.get("rule") + " " + r.get("severity") + " " + r.get("message")).toList();
        assertEquals(13, before.size()); // 9 + 2 INFO + 2 INFO not-checkable:performance (基本支出总额/项目支出总额, session 6)
        assertEquals(before, after);
    }

    @Test
    void malformed_json_is_a_row_in_the_summary_with_the_path_of_the_bad_field() throws Exception {
        Path out = tmp.resolve("out");
        run("audit", "-q", "--format", "json", "--out", out.toString(), seed.toString());
        Path json;
        try (Stream<Path> s = Files.list(out.resolve("documents"))) {
            json = s.findFirst().orElseThrow();
        }
        Path bad = tmp.resolve("bad/edited.json");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, Files.readString(json).replaceFirst("\"decimals\" : 2", "\"decimals\" : \"two\""));
        Path broken = tmp.resolve("bad/broken.json");
        Files.writeString(broken, "{\"schema\": \"suanzhang/1\", ");
        Path res = tmp.resolve("res");
        Run r = run("audit", "-q", "--out", res.toString(), bad.toString(), broken.toString(), seed.toString());
        assertEquals(ExitCodes.UNREADABLE, r.code(), "bad input");
        Map<String, CSVRecord> rows = csv(res.resolve("summary.csv")).stream()
                .collect(Collectors.toMap(x -> Path.of(x.get("file")).getFileName().toString(), x -> x));
        assertEquals(3, rows.size());
        assertEquals("failed", rows.get("edited.json").get("status"));
        assertEquals("INVALID_JSON", rows.get("edited.json").get("reason"));
        assertTrue(rows.get("edited.json").get("message").matches(".*位置 \\$\\.tables\\[\\d+]\\.rows\\[\\d+]\\.cells\\[\\d+]\\.amount\\.decimals.*"),
                rows.get("edited.json").get("message"));
        assertTrue(rows.get("broken.json").get("message").contains("不是有效的 JSON"), rows.get("broken.json").get("message"));
        assertFalse(rows.get("000_14ea87654821cfd7.txt").get("status").equals("failed"));
        List<String> names = new ArrayList<>(rows.keySet());
        assertTrue(names.contains("broken.json"));
    }
}
