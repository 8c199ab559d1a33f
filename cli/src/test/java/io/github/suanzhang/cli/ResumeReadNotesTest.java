package io.github.suanzhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.extract.DefaultDisclosureReader;
import io.github.suanzhang.reconcile.Reconciler;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --resume} skips an input that was read with a note of kind OTHER (the seed export: its 支出决算表 printed
 * as one line, rebuilt — "不能作为独立的核对依据"): reading it again gives the same note. Before, every such input
 * was read again, so a batch of documents made from the seed (bench/batch-synthetic-bench.sh) was never resumed.
 */
class ResumeReadNotesTest {
    static final String SEED = "io/github/suanzhang/testdata/seed/000_14ea87654821cfd7.txt";

    @TempDir
    Path tmp;

    @Test
    void an_input_read_with_an_other_note_is_skipped_on_resume() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        try (InputStream s = ResumeReadNotesTest.class.getClassLoader().getResourceAsStream(SEED)) {
            Files.write(in.resolve("a.txt"), Objects.requireNonNull(s, SEED).readAllBytes());
        }
        Files.writeString(in.resolve("b.txt"), Files.readString(in.resolve("a.txt")).replace("行政运行\t872.87\t872. 87",
                "行政运行\t827.87\t827. 87"));
        Path out = tmp.resolve("out");
        run("audit", "-q", "--format", "json,csv", "--out", out.toString(), in.toString());
        String json = Files.readString(Files.list(out.resolve("documents")).findFirst().orElseThrow());
        assertTrue(json.contains("\"OTHER\""), "the seed's note is of kind OTHER");
        List<String> links = Files.readAllLines(out.resolve("links.csv"));

        run("audit", "-q", "--resume", "--format", "json,csv", "--out", out.toString(), in.toString());
        List<String> rows = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(3, rows.size(), rows::toString);
        assertTrue(rows.stream().skip(1).allMatch(r -> r.contains("skipped-unchanged")), rows::toString);
        assertEquals(links, Files.readAllLines(out.resolve("links.csv")), "the batch step reads the kept JSON");
        assertTrue(Files.readString(out.resolve("batch-findings.csv")).contains("batch.republished"));
    }

    private static void run(String... args) {
        var cl = Cli.commandLine(new DefaultDisclosureReader(), new Reconciler());
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        cl.execute(args);
    }
}
