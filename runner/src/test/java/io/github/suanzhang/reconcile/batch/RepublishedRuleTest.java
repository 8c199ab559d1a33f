package io.github.suanzhang.reconcile.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed and an edited copy of it, as two files of the same 2023 单位决算. */
class RepublishedRuleTest {
    @TempDir
    Path dir;

    @Test
    void positive_a_second_version_prints_another_figure() {
        String first = Exports.seed();
        // the 一般公共预算财政拨款支出决算表's 行政运行 line printed 827.87 instead of 872.87 in the other version
        String second = Exports.edit(first, "行政运行\t872.87\t872. 87", "行政运行\t827.87\t827. 87");
        BatchAudit.Result r = BatchAudit.run(List.of(Exports.read(dir, "v1.txt", first), Exports.read(dir, "v2.txt", second)));
        assertEquals(1, r.links().size());
        assertEquals(LinkKind.REPUBLISHED, r.links().get(0).kind());
        List<Finding> f = r.findings().stream().map(BatchAudit.BatchFinding::finding)
                .filter(x -> x.rule().equals("batch.republished")).toList();
        assertEquals(2, f.size(), f.toString()); // total and basic columns of 2080101
        Finding one = f.get(0);
        assertEquals(Severity.WARNING, one.severity());
        assertEquals("872.87", one.figures().get("this_file").plain());
        assertEquals("827.87", one.figures().get("other_file").plain());
        assertTrue(one.evidence().get(0).document().endsWith("v1.txt"));
        assertTrue(one.evidence().get(1).document().endsWith("v2.txt"));
        assertTrue(one.evidence().get(1).place().line() > 0, "the other document's place");
    }

    @Test
    void negative_a_second_file_with_the_same_figures() {
        String first = Exports.seed();
        String second = first + "\n（重新发布）\n";
        BatchAudit.Result r = BatchAudit.run(List.of(Exports.read(dir, "v1.txt", first), Exports.read(dir, "v2.txt", second)));
        assertEquals(LinkKind.REPUBLISHED, r.links().get(0).kind());
        assertEquals(List.of(), r.findings());
    }

    @Test
    void negative_the_same_bytes_twice_is_a_duplicate_and_not_compared() {
        String first = Exports.seed();
        BatchAudit.Result r = BatchAudit.run(List.of(Exports.read(dir, "a.txt", first), Exports.read(dir, "b.txt", first)));
        assertEquals(LinkKind.DUPLICATE, r.links().get(0).kind());
        assertEquals(List.of(), r.findings());
    }
}
