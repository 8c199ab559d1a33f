package io.github.suanzhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.io.Csv;
import io.github.suanzhang.testdata.RealSamples;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code suanzhang sample} over audit folders written the way {@code audit --out} writes them, and {@code precision}. */
class SampleCommandTest {
    @TempDir
    Path tmp;

    private final Fakes.Reader reader = new Fakes.Reader();

    private static Finding finding(String rule, Severity s, int page, String text) {
        return new Finding(rule, s, "message " + text, Map.of(),
                List.of(Evidence.at(Place.onPage(page, new Box(100, 200, 180, 212)), text),
                        Evidence.at(Place.onPage(page + 1, new Box(90, 300, 200, 320)), "other side")));
    }

    /** An audit folder: documents d0..d(docs-1) with the given findings each, summary.csv naming the file. */
    private Path folder(String name, int docs, int perDoc, String file) throws IOException {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        StringBuilder findings = new StringBuilder();
        StringBuilder summary = new StringBuilder("file,status,document\n");
        try (var p = Csv.findingsPrinter(findings)) {
            for (int d = 0; d < docs; d++) {
                String doc = name + "-d" + d;
                summary.append(file).append(",ok,").append(doc).append('\n');
                for (int i = 0; i < perDoc; i++) {
                    Severity s = i % 3 == 0 ? Severity.INFO : i % 3 == 1 ? Severity.ERROR : Severity.WARNING;
                    Csv.printFinding(p, doc, doc + "-f" + i, finding("rule." + (i % 2), s, 5 + i % 3, "t" + i));
                }
            }
        }
        Files.writeString(dir.resolve("findings.csv"), findings, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("summary.csv"), summary, StandardCharsets.UTF_8);
        return dir;
    }

    private Fakes.Run sample(String... args) {
        return Fakes.run(reader, args);
    }

    @Test
    void sameSeedSameLedgerWhateverTheFolderOrder() throws IOException {
        Path a = folder("real", 3, 6, "/nowhere/a.pdf");
        Path b = folder("fresh", 2, 9, "/nowhere/b.pdf");
        Fakes.Run r1 = sample("sample", "--seed", "42", "--size", "10", "--no-render", "--out",
                tmp.resolve("l1").toString(), a.toString(), b.toString());
        assertEquals(0, r1.code(), r1.err());
        Fakes.Run r2 = sample("sample", "--seed", "42", "--size", "10", "--no-render", "--out",
                tmp.resolve("l2").toString(), b.toString(), a.toString());
        assertEquals(0, r2.code(), r2.err());
        List<LedgerRow> l1 = Ledger.readCsv(tmp.resolve("l1.csv"));
        List<LedgerRow> l2 = Ledger.readCsv(tmp.resolve("l2.csv"));
        assertEquals(l1, l2);
        assertEquals(10, l1.size());
        assertEquals(10, new HashSet<>(l1.stream().map(LedgerRow::id).toList()).size(), "ids are distinct");
        assertTrue(l1.stream().allMatch(r -> r.severity().equals("ERROR") || r.severity().equals("WARNING")));
        assertTrue(l1.stream().allMatch(r -> r.verdict().isEmpty() && r.cause().isEmpty()));
        assertTrue(r1.out().contains("drew 10 of 24 findings"), r1.out()); // 3·4 + 2·6 ERROR/WARNING
        Fakes.Run r3 = sample("sample", "--seed", "43", "--size", "10", "--no-render", "--out",
                tmp.resolve("l3").toString(), a.toString(), b.toString());
        assertEquals(0, r3.code(), r3.err());
        assertNotEquals(l1, Ledger.readCsv(tmp.resolve("l3.csv")));
        String md = Files.readString(tmp.resolve("l1.md"));
        assertTrue(md.contains("- seed: 42") && md.contains("fresh ERROR=6, fresh WARNING=6, real ERROR=6"), md);
    }

    @Test
    void filtersBySeverityAndSourceFolderAndSplitsForSeveralJudges() throws IOException {
        Path a = folder("real", 3, 6, "/corpus/real/a.pdf");
        Path b = folder("fresh", 2, 9, "/corpus/fresh/b.pdf");
        Fakes.Run r = sample("sample", "--seed", "1", "--size", "100", "--severity", "error", "--corpus-dir",
                "/corpus/fresh/", "--split", "4", "--no-render", "--out", tmp.resolve("f").toString(), a.toString(),
                b.toString());
        assertEquals(0, r.code(), r.err());
        List<LedgerRow> rows = Ledger.readCsv(tmp.resolve("f.csv"));
        assertEquals(6, rows.size());
        assertTrue(rows.stream().allMatch(x -> x.severity().equals("ERROR") && x.corpus().equals("fresh")));
        List<LedgerRow> parts = new ArrayList<>(Ledger.readCsv(tmp.resolve("f-part1.csv")));
        parts.addAll(Ledger.readCsv(tmp.resolve("f-part2.csv")));
        assertEquals(rows, parts);
        assertEquals(4, Ledger.readCsv(tmp.resolve("f-part1.csv")).size());
    }

    @Test
    void verdictsCarryOverToTheSameFindingOnly() throws IOException {
        Path a = folder("real", 2, 6, "/nowhere/a.pdf");
        assertEquals(0, sample("sample", "--seed", "5", "--size", "3", "--no-render", "--out",
                tmp.resolve("old").toString(), a.toString()).code());
        List<LedgerRow> old = new ArrayList<>();
        for (LedgerRow x : Ledger.readCsv(tmp.resolve("old.csv"))) {
            old.add(new LedgerRow(x.sample(), x.id(), x.corpus(), x.document(), x.file(), x.rule(), x.severity(),
                    x.message(), x.figures(), x.pages(), x.images(), x.evidence(), "false", "label cell", "p.5 says so"));
        }
        // one judged finding whose message differs: not the same finding, nothing carried from it
        LedgerRow o = old.get(0);
        old.set(0, new LedgerRow(o.sample(), o.id(), o.corpus(), o.document(), o.file(), o.rule(), o.severity(),
                o.message() + " (changed)", o.figures(), o.pages(), o.images(), o.evidence(), "true", "", ""));
        Ledger.writeCsv(old, tmp.resolve("old.csv"));
        Fakes.Run r = sample("sample", "--seed", "77", "--size", "8", "--no-render", "--carry",
                tmp.resolve("old.csv").toString(), "--out", tmp.resolve("new").toString(), a.toString());
        assertEquals(0, r.code(), r.err());
        List<LedgerRow> rows = Ledger.readCsv(tmp.resolve("new.csv"));
        java.util.Set<String> judgedBefore = new HashSet<>();
        old.subList(1, 3).forEach(x -> judgedBefore.add(SampleCommand.sameFinding(x)));
        int carried = 0;
        for (LedgerRow x : rows) {
            if (judgedBefore.contains(SampleCommand.sameFinding(x))) {
                assertEquals("false", x.verdict());
                assertEquals("label cell", x.cause());
                assertTrue(x.note().startsWith("carried over from old.csv #") && x.note().endsWith(": p.5 says so"), x.note());
                carried++;
            } else {
                assertEquals("", x.verdict(), x.toString());
            }
        }
        assertEquals(2, carried, "all 8 of the 8 drawn include the two judged ones");
        assertTrue(r.out().contains("2 verdicts carried over"), r.out());
    }

    @Test
    void theIdColumnIsUsedWhenTheFindingsCarryOne() throws IOException {
        Path dir = tmp.resolve("withid");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("findings.csv"), "id,document,rule,severity,message,figures,evidence_json\n"
                + "F-1,d,r,ERROR,m1,,[]\nF-2,d,r,WARNING,m2,,[]\nF-3,d,r,INFO,m3,,[]\n");
        Fakes.Run r = sample("sample", "--seed", "9", "--no-render", "--out", tmp.resolve("w").toString(), dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(new HashSet<>(List.of("F-1", "F-2")),
                new HashSet<>(Ledger.readCsv(tmp.resolve("w.csv")).stream().map(LedgerRow::id).toList()));
    }

    @Test
    void notAnAuditFolderIsAUsageError() {
        Fakes.Run r = sample("sample", "--seed", "9", "--out", tmp.resolve("x").toString(), tmp.toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("findings.csv"), r.err());
    }

    @Test
    void rendersEachCitedPageWholeWithThePlacesHighlighted() throws IOException {
        Path pdf = RealSamples.path("shanghai_putuo_shehuigongzuobu_2024_bumen_juesuan.pdf");
        Path a = folder("real", 1, 2, pdf.toString()); // one ERROR (i=1) citing pages 6 and 7
        Fakes.Run r = sample("sample", "--seed", "3", "--severity", "ERROR", "--png", tmp.resolve("png").toString(),
                "--out", tmp.resolve("r").toString(), a.toString());
        assertEquals(0, r.code(), r.err());
        LedgerRow row = Ledger.readCsv(tmp.resolve("r.csv")).get(0);
        assertEquals("6;7", row.pages());
        String[] images = row.images().split(";");
        assertEquals(2, images.length);
        BufferedImage img = ImageIO.read(Path.of(images[0]).toFile());
        assertTrue(img.getWidth() > 500 && img.getHeight() > 500, "a whole page, not a crop");
        // the highlight's red outline is drawn around the cited box (100,200)-(180,212) at 110 dpi
        double s = EvidenceRenderer.DPI / 72.0;
        int rgb = img.getRGB((int) Math.round(100 * s) - 3, (int) Math.round(206 * s));
        assertTrue(((rgb >> 16) & 0xff) > 150 && ((rgb >> 8) & 0xff) < 120, Integer.toHexString(rgb));
        assertTrue(Files.readString(tmp.resolve("r.renders.tsv")).contains(images[1]));
    }

    @Test
    void precisionReadsAFilledLedger() throws IOException {
        Path a = folder("real", 2, 6, "/nowhere/a.pdf");
        assertEquals(0, sample("sample", "--seed", "5", "--no-render", "--out", tmp.resolve("p").toString(),
                a.toString()).code());
        List<LedgerRow> rows = new ArrayList<>();
        for (LedgerRow x : Ledger.readCsv(tmp.resolve("p.csv"))) {
            boolean f = x.sample() % 4 == 0;
            rows.add(new LedgerRow(x.sample(), x.id(), x.corpus(), x.document(), x.file(), x.rule(), x.severity(),
                    x.message(), x.figures(), x.pages(), x.images(), x.evidence(), f ? "false" : "true",
                    f ? "other year" : "", ""));
        }
        Ledger.writeCsv(rows, tmp.resolve("p.csv"));
        Fakes.Run r = sample("precision", tmp.resolve("p.csv").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("| all | 6 | 2 | 0 | 0 | 75.0% | 40.9%–92.9% |"), r.out());
        assertTrue(r.out().contains("| other year | 2 |"), r.out());
        // the judged page keeps the draw's header and shows each verdict
        Fakes.Run m = sample("precision", "--markdown", tmp.resolve("p.md").toString(), tmp.resolve("p.csv").toString());
        assertEquals(0, m.code(), m.err());
        String md = Files.readString(tmp.resolve("p.md"));
        assertTrue(md.contains("- seed: 5"), md);
        assertTrue(md.contains("- verdict: false — cause: other year"), md);
        assertTrue(md.contains("## Summary") && md.contains("| all | 6 | 2 | 0 | 0 | 75.0% |"), md);
    }
}
