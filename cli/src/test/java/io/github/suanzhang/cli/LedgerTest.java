package io.github.suanzhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerTest {
    private static final List<LedgerRow> ROWS = List.of(
            new LedgerRow(1, "k0123456789ab", "fresh", "008_杭州_交通运输局", "/c/008.pdf", "narrative.share", "ERROR",
                    "情况说明称“人员支出”73,924.43万元占…的11.1%，\"引号\"", "stated=11.1%; part=73924.43万元", "6;7",
                    "/p/001-p6.png;/p/001-p7.png", "第6页 a, b | 第7页 c\nd", "", "", ""),
            new LedgerRow(2, "id-2", "real", "doc|with|bars", "", "table.hierarchy", "WARNING", "m", "", "L12;L40", "",
                    "", "false", "subject: first code not deepest", "p.6 shows 120.00 under 2010601"));

    @Test
    void aLedgerReadsBackAsWritten() throws IOException {
        StringWriter w = new StringWriter();
        Ledger.writeCsv(ROWS, w);
        assertTrue(w.toString().startsWith(String.join(",", LedgerRow.HEADER) + "\n"));
        assertEquals(ROWS, Ledger.readCsv(new StringReader(w.toString())));
    }

    @Test
    void columnsAreFoundByNameAndMissingOnesAreEmpty() throws IOException {
        String csv = "verdict,severity,rule,sample,judge\nTrue,ERROR,narrative.amount,3,ann\n,WARNING,x,4,bob\n";
        List<LedgerRow> rows = Ledger.readCsv(new StringReader(csv));
        assertEquals(2, rows.size());
        assertEquals(LedgerRow.Verdict.TRUE, rows.get(0).judged());
        assertEquals(3, rows.get(0).sample());
        assertEquals("", rows.get(0).cause());
        assertEquals(null, rows.get(1).judged());
        assertThrows(IOException.class, () -> Ledger.readCsv(new StringReader("a,b\n1,2\n")));
    }

    /** The committed ledgers (docs/precision): every verdict from the vocabulary, every false one with a cause and note. */
    @Test
    void committedLedgersGiveACauseForEveryFalseFinding() throws IOException {
        Path dir = Path.of("..", "docs", "precision");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(dir), "no docs/precision");
        List<Path> ledgers;
        try (var files = java.nio.file.Files.list(dir)) {
            ledgers = files.filter(f -> f.getFileName().toString().matches("ledger-.*\\.csv")).sorted().toList();
        }
        for (Path l : ledgers) {
            for (LedgerRow r : Ledger.readCsv(l)) {
                LedgerRow.Verdict v = r.judged(); // refuses anything outside true/false/unclear
                if (v == LedgerRow.Verdict.FALSE) {
                    assertTrue(!r.cause().isBlank() && !r.note().isBlank(), l + " #" + r.sample() + " false without cause/note");
                }
                assertTrue(!r.pages().isEmpty() || r.rule().startsWith("table.completeness") || !r.evidence().isEmpty(),
                        l + " #" + r.sample() + " without a page");
            }
        }
    }

    @Test
    void theMarkdownPageListsEveryFindingWithItsPicturesAndVerdict() {
        String md = Ledger.markdown(ROWS, List.of("seed: 7"), Path.of("/p"));
        assertTrue(md.contains("- seed: 7"), md);
        assertTrue(md.contains("| 2 | id-2 | real | doc\\|with\\|bars | table.hierarchy | WARNING | L12;L40 | false |"), md);
        assertTrue(md.contains("![001-p6.png](001-p6.png)"), md);
        assertTrue(md.contains("- verdict: _(to judge)_"), md);
        assertTrue(md.contains("- verdict: false — cause: subject: first code not deepest"), md);
        assertTrue(md.contains("evidence: 第6页 a, b | 第7页 c d"), md);
    }
}
