package io.github.suanzhang.testdata.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.interval.Agreement;
import io.github.suanzhang.core.interval.Consistency;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.testdata.RealSamples;
import io.github.suanzhang.testdata.truth.GroundTruth.RowTruth;
import io.github.suanzhang.testdata.truth.GroundTruth.TableTruth;
import java.io.InputStream;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks every bundled ground-truth file against itself: its sums hold under the interval model, or the
 * file lists the printed inconsistency. This is the "cross-checked by the table's own sums" half of the
 * ground truth; the other half (read off the rendered page) is the transcriber's.
 */
class GroundTruthSelfCheckTest {

    @TestFactory
    Stream<DynamicTest> every_ground_truth_adds_up_or_says_where_the_print_does_not() {
        return GroundTruth.names().stream().map(name -> DynamicTest.dynamicTest(name, () -> check(name)));
    }

    private static void check(String name) throws Exception {
        GroundTruth gt = GroundTruth.load(name);
        assertTrue(RealSamples.names().contains(gt.file()), gt.file() + " is bundled in testdata/real with provenance");
        try (InputStream in = RealSamples.open(gt.file())) {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
            assertEquals(sha, gt.sha256(), "sha256 of " + gt.file());
        }
        assertFalse(gt.tables().isEmpty(), name + " has tables");
        for (TableTruth t : gt.tables()) {
            TableKind kind = TableKind.valueOf(t.kind());
            for (String c : t.columns()) {
                assertTrue(kind == TableKind.GENERIC || kind.column(c).isPresent(), name + ": " + t.kind() + " has no column " + c);
            }
            for (RowTruth r : t.rows()) {
                for (String c : r.values().keySet()) {
                    assertTrue(t.columns().contains(c), name + " " + t.title() + " row " + r.label() + ": unknown column " + c);
                    new BigDecimal(r.values().get(c));
                }
            }
            List<String> failures = hierarchyFailures(t);
            for (String f : failures) {
                assertTrue(t.printedInconsistencies().stream().anyMatch(p -> f.startsWith(p.split(":")[0])),
                        name + " " + t.title() + ": does not add up and is not listed in printedInconsistencies: " + f);
            }
            for (String p : t.printedInconsistencies()) {
                String key = p.split(":")[0];
                assertTrue(failures.stream().anyMatch(f -> f.startsWith(key)),
                        name + " " + t.title() + ": listed as not adding up, but it does: " + p);
            }
        }
    }

    /** "<code or 合计> <column>: parent vs children" for every parent that its children's sum does not explain. */
    static List<String> hierarchyFailures(TableTruth t) {
        List<String> out = new ArrayList<>();
        List<RowTruth> coded = t.rows().stream().filter(r -> r.code() != null).toList();
        for (String col : t.columns()) {
            for (RowTruth parent : coded) {
                List<RowTruth> children = coded.stream().filter(r -> isChild(parent.code(), r.code())).toList();
                if (children.isEmpty()) {
                    continue;
                }
                compare(out, parent.code(), col, parent, children, t.unit());
            }
            List<RowTruth> classes = coded.stream().filter(r -> r.code().length() == 3).toList();
            for (RowTruth r : t.rows()) {
                String l = r.label() == null ? "" : r.label().replace(" ", "");
                if (r.code() == null && (l.equals("合计") || l.equals("总计")) && !classes.isEmpty() && r.side() == null) {
                    compare(out, "合计", col, r, classes, t.unit());
                }
            }
        }
        return out;
    }

    private static boolean isChild(String parent, String child) {
        return child.length() == parent.length() + 2 && child.startsWith(parent);
    }

    private static void compare(List<String> out, String key, String col, RowTruth parent, List<RowTruth> children, String unit) {
        Unit u = Unit.ofLabel(unit == null ? "万元" : unit).orElse(Unit.TEN_THOUSAND_YUAN);
        String pv = parent.values().get(col);
        List<Amount> parts = new ArrayList<>();
        for (RowTruth c : children) {
            String v = c.values().get(col);
            if (v != null) {
                parts.add(Amount.of(v, u));
            }
        }
        if (pv == null && parts.isEmpty()) {
            return;
        }
        Amount total = pv == null ? new Amount(BigDecimal.ZERO, scaleOf(parts), u, "") : Amount.of(pv, u);
        if (parts.isEmpty()) {
            parts.add(new Amount(BigDecimal.ZERO, total.decimals(), u, ""));
        }
        Agreement a = Consistency.sum(parts, total).agreement();
        if (a != Agreement.AGREES) {
            out.add(key + " " + col + ": " + (pv == null ? "blank" : pv) + " vs Σ" + parts.stream().map(Amount::plain).toList()
                    + " → " + a);
        }
    }

    private static int scaleOf(List<Amount> parts) {
        return parts.stream().mapToInt(Amount::decimals).max().orElse(0);
    }
}
