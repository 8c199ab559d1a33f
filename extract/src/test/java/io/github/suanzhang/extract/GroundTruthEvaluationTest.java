package io.github.suanzhang.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.core.text.TextNormalizer;
import io.github.suanzhang.testdata.RealSamples;
import io.github.suanzhang.testdata.truth.GroundTruth;
import io.github.suanzhang.testdata.truth.GroundTruth.RowTruth;
import io.github.suanzhang.testdata.truth.GroundTruth.TableTruth;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link PdfDisclosureReader} over every ground-truth document and compares: each standard table
 * found with the right kind and pages; each non-empty ground-truth cell with the right value
 * ({@code compareTo}) in the right row (matched by code and side, else by label, side and occurrence)
 * and the right column key. Prints a per-document report with every miss and writes it to
 * {@code target/extraction-accuracy.md}. The floors asserted are the levels measured (see
 * docs/extraction-accuracy.md); the target is 99.5% for both, reached on all 13 documents.
 */
class GroundTruthEvaluationTest {
    /**
     * Measured share of standard tables found and classified: 152/152 (the 重庆 绩效目标表 read as forms by
     * {@code TargetForm}); a floor at the measured level.
     */
    static final double TABLE_FLOOR = 1.0;
    /**
     * Measured share of non-empty ground-truth cells read right: 5087/5087 (5041 before the 上海 人社 2026 file, 46 cells, was added); a floor at the measured level.
     */
    static final double CELL_FLOOR = 1.0;

    record Score(String file, int tablesFound, int tablesExpected, int cellsRight, int cellsTotal, List<String> misses,
                 String document, long millis, int pages) {
    }

    @Test
    void everyGroundTruthDocument() throws Exception {
        PdfDisclosureReader reader = new PdfDisclosureReader();
        List<Score> scores = new ArrayList<>();
        for (String name : GroundTruth.names()) {
            GroundTruth truth = GroundTruth.load(name);
            Path pdf = RealSamples.path(truth.file());
            long t0 = System.nanoTime();
            Disclosure d = reader.read(pdf);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            scores.add(score(truth, d, ms));
        }
        StringBuilder report = new StringBuilder();
        report.append("| document | tables found/expected | cells right/total | document info | time | pages |\n|---|---|---|---|---|---|\n");
        int tf = 0;
        int te = 0;
        int cr = 0;
        int ct = 0;
        for (Score s : scores) {
            report.append(String.format("| %s | %d/%d | %d/%d (%.2f%%) | %s | %d ms | %d |%n", s.file(), s.tablesFound(),
                    s.tablesExpected(), s.cellsRight(), s.cellsTotal(), 100.0 * s.cellsRight() / Math.max(1, s.cellsTotal()),
                    s.document(), s.millis(), s.pages()));
            tf += s.tablesFound();
            te += s.tablesExpected();
            cr += s.cellsRight();
            ct += s.cellsTotal();
        }
        report.append(String.format("| **all** | %d/%d (%.2f%%) | %d/%d (%.2f%%) | | | |%n", tf, te, 100.0 * tf / te, cr, ct,
                100.0 * cr / ct));
        report.append("\nMisses:\n\n");
        for (Score s : scores) {
            for (String m : s.misses()) {
                report.append("- ").append(s.file()).append(": ").append(m).append('\n');
            }
        }
        System.out.println(report);
        Path out = Path.of("target", "extraction-accuracy.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        assertTrue((double) tf / te >= TABLE_FLOOR, "tables " + tf + "/" + te);
        assertTrue((double) cr / ct >= CELL_FLOOR, "cells " + cr + "/" + ct);
    }

    static Score score(GroundTruth truth, Disclosure d, long ms) throws IOException {
        List<String> misses = new ArrayList<>();
        int found = 0;
        int right = 0;
        int total = 0;
        Set<Table> usedTables = new HashSet<>();
        for (TableTruth tt : truth.tables()) {
            int cells = 0;
            for (RowTruth r : tt.rows()) {
                cells += r.values().size();
            }
            Table t = d.tables().stream().filter(x -> x.kind().name().equals(tt.kind()) && !usedTables.contains(x))
                    .findFirst().orElse(null);
            if (t == null) {
                misses.add("table " + tt.kind() + " pages " + tt.pages() + " not found (" + cells + " cells)");
                total += cells;
                continue;
            }
            usedTables.add(t);
            if (t.pages().equals(tt.pages())) {
                found++;
            } else {
                misses.add("table " + tt.kind() + " on pages " + t.pages() + ", expected " + tt.pages());
            }
            Map<String, Integer> occurrence = new HashMap<>();
            Set<Row> usedRows = new HashSet<>();
            for (RowTruth rt : tt.rows()) {
                if (rt.values().isEmpty()) {
                    continue;
                }
                Row row = findRow(t, rt, occurrence, usedRows);
                for (Map.Entry<String, String> e : rt.values().entrySet()) {
                    total++;
                    String where = tt.kind() + " row " + describe(rt) + " column " + e.getKey() + " = " + e.getValue();
                    if (row == null) {
                        misses.add(where + ": row not found");
                        continue;
                    }
                    int c = t.columnIndex(e.getKey());
                    if (c < 0) {
                        misses.add(where + ": no column " + e.getKey() + " (columns " + t.columns().stream().map(x -> x.key() + "=" + x.label()).toList() + ")");
                        continue;
                    }
                    Cell cell = row.cell(c);
                    if (cell == null || !cell.hasAmount()) {
                        misses.add(where + ": got " + (cell == null ? "nothing" : "text '" + cell.raw() + "'"));
                        continue;
                    }
                    if (cell.amount().value().compareTo(new BigDecimal(e.getValue())) != 0) {
                        misses.add(where + ": got " + cell.amount().value().toPlainString());
                        continue;
                    }
                    right++;
                }
            }
        }
        var doc = truth.document();
        var info = d.document();
        List<String> docMiss = new ArrayList<>();
        if (!Objects.equals(doc.entity(), info.entity())) {
            docMiss.add("entity " + info.entity());
        }
        if (!Objects.equals(doc.year(), info.year())) {
            docMiss.add("year " + info.year());
        }
        if (!Objects.equals(doc.type(), info.type().name())) {
            docMiss.add("type " + info.type());
        }
        if (!Objects.equals(doc.scope(), info.scope().name())) {
            docMiss.add("scope " + info.scope());
        }
        if (!Objects.equals(doc.unit(), info.unit() == null ? null : info.unit().label())) {
            docMiss.add("unit " + info.unit());
        }
        if (!docMiss.isEmpty()) {
            misses.add("document info differs: " + docMiss);
        }
        return new Score(truth.file(), found, truth.tables().size(), right, total, misses,
                docMiss.isEmpty() ? "right" : "differs", ms, d.source().pages());
    }

    private static String describe(RowTruth rt) {
        return (rt.side() == null ? "" : rt.side() + " ") + (rt.code() == null ? "" : rt.code() + " ")
                + (rt.label() == null ? "" : rt.label());
    }

    /** Labels compared as the project spells text (TextNormalizer: full-width brackets as ASCII), spaces removed. */
    private static String compact(String s) {
        return s == null ? "" : TextNormalizer.normalize(s).replaceAll("\\s+", "");
    }

    static Row findRow(Table t, RowTruth rt, Map<String, Integer> occurrence, Set<Row> used) {
        if (rt.code() != null) {
            for (Row r : t.rows()) {
                if (r.code() != null && r.code().digits().equals(rt.code()) && Objects.equals(r.side(), TableKind.Side.of(rt.side()))
                        && !used.contains(r)) {
                    used.add(r);
                    return r;
                }
            }
            return null;
        }
        String key = rt.side() + "|" + compact(rt.label());
        int k = occurrence.merge(key, 1, Integer::sum) - 1;
        int seen = 0;
        for (Row r : t.rows()) {
            if (!Objects.equals(r.side(), TableKind.Side.of(rt.side())) || r.code() != null) {
                continue;
            }
            boolean labelMatches = rt.label() == null
                    ? r.cells().stream().anyMatch(c -> c != null && c.hasAmount())
                    : compact(r.label()).equals(compact(rt.label()));
            if (labelMatches) {
                if (seen == k) {
                    used.add(r);
                    return r;
                }
                seen++;
            }
        }
        return null;
    }
}
