package io.github.suanzhang.bench;

import io.github.suanzhang.core.number.NumberContext;
import io.github.suanzhang.core.number.NumberParser;
import io.github.suanzhang.core.number.Unit;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link NumberParser#parse} over every cell text of every lattice grid of a real document (labels,
 * codes, headers, blanks, figures with thousands separators, wrapped cells), in reading order. The
 * score is the time for the whole mix; divide by {@link #cells} for one cell.
 */
public class NumberParseBench extends MicroBench {
    @Param(Inputs.DEFAULT_PDF)
    public String pdf;

    private String[] texts;
    public int cells;

    private static final NumberContext AMOUNT = NumberContext.amount(Unit.TEN_THOUSAND_YUAN, 2);

    @Setup
    public void setUp() throws Exception {
        List<String> t = Inputs.cellTexts(pdf);
        texts = t.toArray(String[]::new);
        cells = texts.length;
    }

    /** Every cell read as an amount column of 万元 with 2 decimals (the common case in a table). */
    @Benchmark
    public void amountColumn(Blackhole bh) {
        for (String s : texts) {
            bh.consume(NumberParser.parse(s, AMOUNT));
        }
    }

    /** Every cell read without context (a cell whose column is not known yet). */
    @Benchmark
    public void anyContext(Blackhole bh) {
        for (String s : texts) {
            bh.consume(NumberParser.parse(s, NumberContext.ANY));
        }
    }
}
