package io.github.suanzhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrecisionTest {
    private static LedgerRow row(int n, String corpus, String rule, String severity, String verdict, String cause) {
        return new LedgerRow(n, "k" + n, corpus, "doc", "", rule, severity, "m", "", "1", "", "", verdict, cause, "");
    }

    @Test
    void wilsonIntervalsOfKnownCases() {
        // 8 of 10: (0.8 + 0.19207) / 1.38415 ± 1.95996·√(0.016 + 0.0096036) / 1.38415
        double[] ci = Precision.wilson(8, 10, Precision.Z95);
        assertEquals(0.4902, ci[0], 5e-5);
        assertEquals(0.9433, ci[1], 5e-5);
        ci = Precision.wilson(10, 10, Precision.Z95);
        assertEquals(0.7225, ci[0], 5e-5);
        assertEquals(1.0, ci[1], 1e-12);
        ci = Precision.wilson(0, 10, Precision.Z95);
        assertEquals(0.0, ci[0], 1e-12);
        assertEquals(0.2775, ci[1], 5e-5);
        ci = Precision.wilson(95, 100, Precision.Z95);
        assertEquals(0.8882, ci[0], 5e-5);
        assertEquals(0.9785, ci[1], 5e-5);
        assertTrue(Double.isNaN(Precision.wilson(0, 0, Precision.Z95)[0]));
        assertThrows(IllegalArgumentException.class, () -> Precision.wilson(3, 2, Precision.Z95));
    }

    @Test
    void unclearAndUnjudgedAreCountedButNotInTheShare() {
        List<LedgerRow> rows = List.of(row(1, "real", "a", "ERROR", "true", ""), row(2, "real", "a", "ERROR", "TRUE", ""),
                row(3, "fresh", "a", "ERROR", "false", "other year"), row(4, "fresh", "b", "WARNING", "unclear", ""),
                row(5, "fresh", "b", "WARNING", "", ""), row(6, "fresh", "b", "WARNING", "false", "other year"),
                row(7, "fresh", "b", "ERROR", "false", "label cell"));
        Precision.Tally all = Precision.tally("all", rows);
        assertEquals(new Precision.Tally("all", 2, 3, 1, 1), all);
        assertEquals(0.4, all.precision(), 1e-12);
        List<Precision.Tally> sev = Precision.by(rows, LedgerRow::severity);
        assertEquals(List.of(new Precision.Tally("ERROR", 2, 2, 0, 0), new Precision.Tally("WARNING", 0, 1, 1, 1)), sev);
        assertEquals(Map.of("other year", 2, "label cell", 1), Precision.causes(rows));
        String report = Precision.report(rows);
        assertTrue(report.contains("| all | 2 | 3 | 1 | 1 | 40.0% | 11.8%–76.9% |"), report);
        assertTrue(report.contains("| fresh ERROR | 0 | 2 | 0 | 0 | 0.0% |"), report);
        assertTrue(report.contains("| other year | 2 |"), report);
        assertTrue(Double.isNaN(Precision.tally("none", List.of()).precision()));
    }

    @Test
    void aVerdictOutsideTheVocabularyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> row(1, "c", "r", "ERROR", "maybe", "").judged());
    }
}
