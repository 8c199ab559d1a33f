package io.github.suanzhang.bench;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.reconcile.Reconciler;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Reconciler#audit} (every rule of {@code Rules.all()}) on a disclosure holding the hand-checked
 * tables of a bundled real document ({@link Inputs#fromGroundTruth}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReconcileBench {
    @Param({"shanghai_putuo_caizhengju_2024_bumen_juesuan.json", "001_上海__2026年上海市统计局_部门预算.json"})
    public String truth;

    private Disclosure disclosure;
    private final Reconciler reconciler = new Reconciler();

    @Setup
    public void setUp() {
        disclosure = Inputs.fromGroundTruth(truth);
    }

    @Benchmark
    public Audit audit() {
        return reconciler.audit(disclosure);
    }
}
