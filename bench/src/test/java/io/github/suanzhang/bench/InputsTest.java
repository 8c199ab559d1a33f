package io.github.suanzhang.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.number.NumberContext;
import io.github.suanzhang.core.number.NumberParser;
import io.github.suanzhang.core.number.ParseResult;
import io.github.suanzhang.extract.narrative.ClaimExtractor;
import io.github.suanzhang.extract.narrative.SentenceSplitter;
import io.github.suanzhang.reconcile.Reconciler;
import io.github.suanzhang.testdata.truth.GroundTruth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmarks measure real work: their inputs are what they claim to be. No timing here. */
class InputsTest {

    /** The cell mix holds figures, labels and blanks, like a real table does. */
    @Test
    void cellTextsAreARealMix() throws Exception {
        List<String> cells = Inputs.cellTexts(Inputs.DEFAULT_PDF);
        long figures = cells.stream().filter(s -> NumberParser.parse(s, NumberContext.ANY) instanceof ParseResult.Parsed).count();
        long blanks = cells.stream().filter(s -> NumberParser.parse(s, NumberContext.ANY) instanceof ParseResult.Blank).count();
        long other = cells.size() - figures - blanks;
        assertTrue(figures > 100, "figures: " + figures);
        assertTrue(blanks > 10, "blanks: " + blanks);
        assertTrue(other > 50, "labels and headers: " + other);
        assertTrue(cells.contains("307.82"), "a figure read off the rendered 收入支出决算总表");
    }

    /** Every standard table of the ground truth becomes a table of the disclosure, row for row. */
    @Test
    void groundTruthDisclosureHasEveryTable() {
        for (String name : GroundTruth.names()) {
            GroundTruth t = GroundTruth.load(name);
            Disclosure d = Inputs.fromGroundTruth(name);
            assertEquals(t.tables().size(), d.tables().size(), name);
            for (int i = 0; i < t.tables().size(); i++) {
                assertEquals(t.tables().get(i).rows().size(), d.tables().get(i).rows().size(), name + " table " + i);
            }
            // the hand-checked tables add up (the truth lists no printed inconsistency), so the rules find no ERROR:
            // the disclosure the reconcile benchmark measures is a well-formed one, not a pile of failures
            Audit a = new Reconciler().audit(d);
            assertTrue(t.tables().stream().allMatch(x -> x.printedInconsistencies().isEmpty()), name);
            assertFalse(a.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR), name + ": " + a.findings());
        }
    }

    /** Both narrative sources hold real sentences with claims in them. */
    @Test
    void narrativeSourcesHoldClaims() throws Exception {
        for (String source : List.of(Inputs.SEED, Inputs.DEFAULT_PDF)) {
            List<String> sentences = Inputs.narrative(source).stream()
                    .flatMap(p -> SentenceSplitter.split(p).stream()).toList();
            long claims = sentences.stream().mapToLong(x -> ClaimExtractor.extract(x, Place.UNKNOWN).size()).sum();
            assertTrue(sentences.size() > 20, source + ": sentences " + sentences.size());
            assertTrue(claims > 20, source + ": claims " + claims);
        }
    }
}
