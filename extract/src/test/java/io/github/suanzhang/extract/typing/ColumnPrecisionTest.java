package io.github.suanzhang.extract.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.suanzhang.core.number.Unit;
import org.junit.jupiter.api.Test;

/** The modal precision of columns, as both readers use it. */
class ColumnPrecisionTest {
    @Test
    void theMostFrequentDecimalsOfEachColumn() {
        ColumnPrecision p = new ColumnPrecision(Unit.TEN_THOUSAND_YUAN);
        p.count("total", "1,553.51");
        p.count("total", "872.87");
        p.count("total", "12.5");
        p.count("basic", "3");
        p.count("basic", "40");
        assertEquals(2, p.of("total"));
        assertEquals(0, p.of("basic"));
        assertEquals(2, p.overall(), "two figures with 2 decimals and two with none over the table: the tie goes to 2");
    }

    @Test
    void tiesGoToMoreDecimals() {
        ColumnPrecision p = new ColumnPrecision(Unit.TEN_THOUSAND_YUAN);
        p.count("total", "12.5");
        p.count("total", "12.55");
        assertEquals(2, p.of("total"));
    }

    @Test
    void wordsAndSplitFiguresAreNotCounted() {
        ColumnPrecision p = new ColumnPrecision(Unit.TEN_THOUSAND_YUAN);
        p.count("total", "合计");
        p.count("total", "");
        assertNull(p.of("total"));
        assertNull(p.of("basic"));
        assertNull(p.overall());
    }
}
