package io.github.suanzhang.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OneFindingPerDiscrepancyTest {
    private static final Evidence SENTENCE = new Evidence(Place.onPage(3, new Box(80, 100, 500, 120)), "差旅费12.30万元", null, null, null);
    private static final Evidence CELL = new Evidence(Place.onPage(7, new Box(400, 300, 450, 312)), "12.40", "t05", 4, "total");
    private static final Evidence OTHER_CELL = new Evidence(Place.onPage(7, new Box(400, 320, 450, 332)), "12.40", "t05", 5, "total");

    private static Finding finding(String rule, Severity severity, List<Evidence> evidence, String... printed) {
        Map<String, Amount> figures = new LinkedHashMap<>();
        for (int i = 0; i < printed.length; i++) {
            figures.put("f" + i, Amount.of(printed[i], Unit.TEN_THOUSAND_YUAN));
        }
        figures.put("difference", Amount.of(new BigDecimal("0.10"), Unit.TEN_THOUSAND_YUAN));   // computed: no raw
        return new Finding(rule, severity, rule + " message", figures, evidence);
    }

    @Test
    void twoRulesOnTheSameValuesAndPlacesKeepTheMoreSpecific() {
        Finding change = finding("narrative.change", Severity.ERROR, List.of(SENTENCE, CELL), "12.30", "12.40");
        Finding amount = finding("narrative.amount", Severity.WARNING, List.of(CELL, SENTENCE), "12.4", "12.30");
        List<Finding> out = OneFindingPerDiscrepancy.apply(List.of(change, amount));
        assertEquals(List.of(amount), out);
    }

    @Test
    void oneRuleTwiceCountsOnceTheMoreSeriousKept() {
        Finding warning = finding("narrative.amount", Severity.WARNING, List.of(SENTENCE, CELL), "12.30", "12.40");
        Finding error = finding("narrative.amount", Severity.ERROR, List.of(SENTENCE, CELL), "12.30", "12.40");
        assertEquals(List.of(error), OneFindingPerDiscrepancy.apply(List.of(warning, error)));
    }

    @Test
    void otherPlacesOrOtherValuesAreOtherDiscrepancies() {
        Finding a = finding("narrative.amount", Severity.ERROR, List.of(SENTENCE, CELL), "12.30", "12.40");
        Finding otherPlace = finding("narrative.amount", Severity.ERROR, List.of(SENTENCE, OTHER_CELL), "12.30", "12.40");
        Finding otherValues = finding("narrative.class-names", Severity.WARNING, List.of(SENTENCE, CELL), "12.30", "9.99");
        List<Finding> all = List.of(a, otherPlace, otherValues);
        assertSame(all, OneFindingPerDiscrepancy.apply(all));
    }

    @Test
    void aFindingWithOnePrintedValueIsNeverMerged() {
        Finding a = finding("text.year", Severity.WARNING, List.of(SENTENCE), "12.30");
        Finding b = finding("narrative.year", Severity.WARNING, List.of(SENTENCE), "12.30");
        assertEquals(2, OneFindingPerDiscrepancy.apply(List.of(a, b)).size());
    }

    @Test
    void unlistedRulesRankLast() {
        assertEquals(OneFindingPerDiscrepancy.SPECIFICITY.size(), OneFindingPerDiscrepancy.rank("some.new-rule"));
        assertEquals(0, OneFindingPerDiscrepancy.rank("narrative.self"));
    }
}
