package io.github.suanzhang.bench;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.extract.DefaultDisclosureReader;
import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.narrative.ClaimExtractor;
import io.github.suanzhang.extract.narrative.Context;
import io.github.suanzhang.extract.narrative.SentenceSplitter;
import io.github.suanzhang.extract.layout.PdfInput;
import io.github.suanzhang.reconcile.Reconciler;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The hot paths of the JMH benchmarks timed in <em>CPU time of the measuring thread</em>
 * ({@code ThreadMXBean.getCurrentThreadCpuTime}) instead of wall time, with the bytes the thread allocates
 * per operation (independent of the load, a measure of work done): on a machine shared with other
 * work (load 8–15 on 2 cores during the runs of docs/benchmarks.md), wall-time JMH scores spread over
 * a factor of ten, while the thread's own CPU time is disturbed only by cache and frequency effects.
 * JIT compilation runs on other threads and is not counted; warm-up runs first.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.github.suanzhang.bench.CpuTimeRunner WHAT INPUT [WARMUP] [RUNS]</pre>
 *
 * WHAT: {@code scan} (PdfInput.open + scanAll of a PDF), {@code claims} (ClaimBench.extract: the claims of
 * every sentence of a bundled sample's narrative, or {@code seed}), {@code audit} ({@link Reconciler#audit}
 * of the disclosure {@code DefaultDisclosureReader} reads from a PDF, read once before timing). INPUT: a
 * path, or the name of a sample bundled in testdata. Prints the median, minimum and maximum CPU ms and the
 * median MB allocated per operation.
 */
public final class CpuTimeRunner {
    private CpuTimeRunner() {
    }

    public static void main(String[] args) throws Exception {
        String what = args[0];
        String input = args[1];
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        Runnable op = operation(what, input);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmup; i++) {
            op.run();
        }
        double[] ms = new double[runs];
        double[] mb = new double[runs];
        for (int i = 0; i < runs; i++) {
            long a0 = mx.getCurrentThreadAllocatedBytes();
            long t0 = mx.getCurrentThreadCpuTime();
            op.run();
            ms[i] = (mx.getCurrentThreadCpuTime() - t0) / 1e6;
            mb[i] = (mx.getCurrentThreadAllocatedBytes() - a0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(mb);
        System.out.printf(Locale.ROOT, "%s\t%s\tcpu ms/op median %.2f\tmin %.2f\tmax %.2f\talloc MB/op %.2f\truns %d%n",
                what, Path.of(input).getFileName(), median(ms), ms[0], ms[runs - 1], median(mb), runs);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static Path path(String input) {
        Path p = Path.of(input);
        return p.toFile().isFile() ? p : Inputs.pdf(input);
    }

    private static Runnable operation(String what, String input) throws Exception {
        switch (what) {
            case "scan" -> {
                Path f = path(input);
                return () -> {
                    try (PdfInput in = PdfInput.open(f, ExtractOptions.DEFAULTS)) {
                        if (in.scanAll(e -> { }).isEmpty()) {
                            throw new IllegalStateException("no pages");
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                };
            }
            case "claims" -> {
                String[] sentences = Inputs.narrative(input).stream()
                        .flatMap(p -> SentenceSplitter.split(p).stream()).toArray(String[]::new);
                return () -> {
                    Context ctx = Context.NONE;
                    int n = 0;
                    for (String s : sentences) {
                        List<Claim> claims = ClaimExtractor.extract(s, Place.UNKNOWN, ctx);
                        ctx = ClaimExtractor.contextAfter(s, claims, ctx);
                        n += claims.size();
                    }
                    if (n < 0) {
                        throw new IllegalStateException();
                    }
                };
            }
            case "audit" -> {
                Disclosure d = new DefaultDisclosureReader().read(path(input));
                Reconciler r = new Reconciler();
                return () -> r.audit(d);
            }
            default -> throw new IllegalArgumentException("WHAT is scan, claims or audit: " + what);
        }
    }
}
