package io.github.suanzhang.bench;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.reconcile.Reconciler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * {@link Reconciler#audit} (every rule of {@code Rules.all()}) on a disclosure holding the hand-checked
 * tables of a bundled real document ({@link Inputs#fromGroundTruth}).
 */
public class ReconcileBench extends MicroBench {
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
