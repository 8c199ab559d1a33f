package io.github.suanzhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.FindingId;
import io.github.suanzhang.core.doc.Statement;
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
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding ids (core.doc.FindingId) as the command writes them: stable from run to run and local to what was compared. */
class FindingIdStabilityTest {
    @TempDir
    Path tmp;

    private Path seed() throws Exception {
        Path file = tmp.resolve("in").resolve("000_14ea87654821cfd7.txt");
        Files.createDirectories(file.getParent());
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SeedAuditTest.SEED)) {
            Files.write(file, Objects.requireNonNull(in).readAllBytes());
        }
        return file;
    }

    private static List<String> ids(Path findingsCsv) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(findingsCsv, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            for (CSVRecord rec : p) {
                ids.add(rec.get("id"));
            }
        }
        return ids;
    }

    private static int audit(Path out, Path in) {
        return Cli.commandLine(new DefaultDisclosureReader(), new Reconciler()).setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(new StringWriter()))
                .execute("audit", "-q", "--format", "json,csv", "--out", out.toString(), in.toString());
    }

    @Test
    void the_same_document_audited_twice_gets_the_same_ids_in_csv_and_json() throws Exception {
        Path in = seed();
        audit(tmp.resolve("a"), in);
        audit(tmp.resolve("b"), in);
        List<String> a = ids(tmp.resolve("a/findings.csv"));
        List<String> b = ids(tmp.resolve("b/findings.csv"));
        assertTrue(a.size() >= 9, "the seed's nine discrepancies at least: " + a.size());
        assertEquals(a, b);
        assertEquals(a.size(), new HashSet<>(a).size(), "one finding per id: " + a);
        try (var s = Files.list(tmp.resolve("a/documents"))) {
            Path json = s.filter(p -> p.getFileName().toString().startsWith("000_")).findFirst().orElseThrow();
            String text = Files.readString(json);
            for (String id : a) {
                assertTrue(text.contains("\"id\" : \"" + id + "\""), "the JSON carries " + id);
            }
        }
    }

    @Test
    void removing_one_sentence_changes_no_other_findings_id() throws Exception {
        Disclosure d = new DefaultDisclosureReader().read(seed());
        Reconciler rec = new Reconciler();
        Audit before = rec.audit(d);
        // the sentence the year finding (2022年度部门决算 in a 2023 report) stands on
        Statement year = d.statements().stream().filter(s -> s.text().contains("2022年度部门决算")).findFirst().orElseThrow();
        List<Statement> fewer = new ArrayList<>(d.statements());
        fewer.remove(year);
        Audit after = rec.audit(new Disclosure(d.source(), d.document(), d.tables(), fewer, d.problems()));

        Set<String> idsBefore = new HashSet<>();
        before.findings().forEach(f -> idsBefore.add(FindingId.of(d.source(), f)));
        Set<String> idsAfter = new HashSet<>();
        after.findings().forEach(f -> idsAfter.add(FindingId.of(d.source(), f)));
        assertTrue(after.findings().size() < before.findings().size(), "the year finding went with its sentence");
        int kept = 0;
        for (Finding f : before.findings()) {
            boolean onThatSentence = f.evidence().stream().anyMatch(e -> e.place().equals(year.place()));
            if (!onThatSentence) {
                assertTrue(idsAfter.contains(FindingId.of(d.source(), f)), "unchanged id of " + f.message());
                kept++;
            }
        }
        assertTrue(kept >= 8, "most findings are elsewhere: " + kept);
        assertFalse(idsAfter.isEmpty());
        assertTrue(idsBefore.containsAll(idsAfter), "no new id appears when a sentence goes");
    }
}
