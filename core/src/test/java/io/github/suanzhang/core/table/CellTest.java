package io.github.suanzhang.core.table;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CellTest {

    @Test
    void unreadableCellAssertsNoFigureEvenWhenItsTextIsEmpty() {
        Cell c = Cell.unreadable("", Place.atLine(131));
        assertTrue(c.unreadable());
        assertFalse(c.hasAmount());
        assertNull(c.amount());
        assertTrue(Cell.unreadable("105. 3", Place.atLine(277)).unreadable());
    }

    @Test
    void aRepairedFigureOrPlainTextIsNotUnreadable() {
        Amount a = new Amount(new BigDecimal("1553.51"), 2, Unit.TEN_THOUSAND_YUAN, "1, 553, 51");
        assertFalse(new Cell("1, 553, 51", a, Place.atLine(1), true).unreadable());
        assertFalse(Cell.text("本单位无", Place.atLine(1)).unreadable());
        assertFalse(Cell.text("", Place.atLine(1)).unreadable());
    }
}
