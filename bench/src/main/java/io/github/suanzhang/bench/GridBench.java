package io.github.suanzhang.bench;

import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.grid.LatticeGridFinder;
import io.github.suanzhang.extract.layout.PageScan;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/** {@link LatticeGridFinder#find} on every page of a real document, scanned once beforehand. */
public class GridBench extends MicroBench {
    @Param({Inputs.DEFAULT_PDF, "shanghai_putuo_caizhengju_2024_bumen_juesuan.pdf"})
    public String pdf;

    private List<PageScan> pages;

    @Setup
    public void setUp() throws Exception {
        pages = Inputs.scanAll(pdf);
    }

    @Benchmark
    public void allPages(Blackhole bh) throws Exception {
        ExtractOptions.GridOptions o = ExtractOptions.DEFAULTS.grid();
        for (PageScan p : pages) {
            bh.consume(LatticeGridFinder.find(p, o));
        }
    }
}
