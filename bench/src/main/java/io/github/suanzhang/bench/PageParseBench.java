package io.github.suanzhang.bench;

import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.layout.PageScan;
import io.github.suanzhang.extract.layout.PdfInput;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Opening a real PDF and scanning every page ({@link PdfInput#open} + {@link PdfInput#scanAll}: glyphs,
 * rulings and images in one pass over each content stream). One operation is one whole document; pages per
 * document are printed in the file name's table in docs/benchmarks.md.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class PageParseBench extends MicroBench {
    @Param({Inputs.DEFAULT_PDF, "shanghai_putuo_caizhengju_2024_bumen_juesuan.pdf"})
    public String pdf;

    private Path file;

    @Setup
    public void setUp() {
        file = Inputs.pdf(pdf);
    }

    @Benchmark
    public List<PageScan> openAndScanAll() throws Exception {
        try (PdfInput in = PdfInput.open(file, ExtractOptions.DEFAULTS)) {
            return in.scanAll(e -> {
                throw new IllegalStateException(e);
            });
        }
    }
}
