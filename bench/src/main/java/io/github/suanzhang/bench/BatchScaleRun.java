package io.github.suanzhang.bench;

import io.github.suanzhang.core.doc.DocumentIdentity;
import io.github.suanzhang.core.doc.DocumentKind;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.EntityName;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.extract.DefaultDisclosureReader;
import io.github.suanzhang.reconcile.batch.BatchAudit;
import io.github.suanzhang.reconcile.batch.DocumentIndex;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The batch step at scale (opt-in, never in verify): N synthetic documents — per invented department of an
 * invented city, 部门预算 and 部门决算 of two years and 单位预算/单位决算 of three units (10 documents) — linked and
 * checked by {@link BatchAudit#run(Iterable, java.util.function.Function, java.util.function.Consumer,
 * java.util.function.Consumer)}, each index built on demand from the seed text export's figures (read once),
 * as the runner builds it from a document's JSON. What grows with N is what the batch keeps: identities and
 * links. Prints documents, links, findings, wall time, heap after the run and peak RSS (VmHWM).
 *
 * <pre>java -Xmx512m -cp bench/target/benchmarks.jar io.github.suanzhang.bench.BatchScaleRun 10000</pre>
 */
public final class BatchScaleRun {
    private BatchScaleRun() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        byte[] seed;
        try (InputStream in = BatchScaleRun.class.getClassLoader()
                .getResourceAsStream("io/github/suanzhang/testdata/seed/000_14ea87654821cfd7.txt")) {
            seed = Objects.requireNonNull(in, "seed").readAllBytes();
        }
        Path tmp = Files.createTempFile("seed", ".txt");
        Files.write(tmp, seed);
        DocumentIndex template = DocumentIndex.of(new DefaultDisclosureReader().read(tmp)); // with its narrative claims
        Files.delete(tmp);
        List<DocumentIdentity> ids = new ArrayList<>(n);
        String[] units = {"信息中心", "服务中心", "研究所"};
        for (int i = 0; ids.size() < n; i++) {
            String dept = "东海市第" + i + "局";
            for (int year = 2023; year <= 2024; year++) {
                for (DocumentType t : new DocumentType[] {DocumentType.BUDGET, DocumentType.FINAL_ACCOUNTS}) {
                    ids.add(id(ids.size(), t, Scope.DEPARTMENT, year, dept));
                }
            }
            for (String u : units) {
                for (DocumentType t : new DocumentType[] {DocumentType.BUDGET, DocumentType.FINAL_ACCOUNTS}) {
                    ids.add(id(ids.size(), t, Scope.UNIT, 2024, dept + u));
                }
            }
        }
        List<DocumentIdentity> batch = ids.subList(0, n);
        Map<String, DocumentIdentity> byFile = new HashMap<>();
        batch.forEach(d -> byFile.put(d.file(), d));
        long[] count = new long[3];
        long t0 = System.nanoTime();
        BatchAudit.run(batch, file -> {
            count[2]++;
            return new DocumentIndex(byFile.get(file), template.facts(), template.units(), template.restated());
        }, l -> count[0]++, f -> count[1]++);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
        String hwm = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(s -> s.startsWith("VmHWM"))
                .findFirst().orElse("VmHWM: ?");
        System.out.printf("documents=%d links=%d findings=%d indexes-built=%d wall=%d ms heap-after=%d MiB max-heap=%d MiB %s%n",
                n, count[0], count[1], count[2], ms, heap, rt.maxMemory() >> 20, hwm.replaceAll("\\s+", " "));
    }

    private static DocumentIdentity id(int k, DocumentType t, Scope s, int year, String entity) {
        return new DocumentIdentity("doc" + k + ".pdf", "sha" + k, DocumentKind.DISCLOSURE, t, s, year,
                EntityName.parse(entity, null), null, 0.95);
    }
}
