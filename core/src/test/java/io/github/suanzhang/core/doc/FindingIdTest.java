package io.github.suanzhang.core.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingIdTest {
    private static final Source DOC = new Source("a.pdf", "4139cc1ec0ce10f12c12ece31218b793ae101ea79ba415cb5c6461cf9b661c4d",
            12, "pdf", null);

    static Finding finding(String rule, String message, String stated, Box tableBox, String difference) {
        Map<String, Amount> fig = new LinkedHashMap<>();
        fig.put("stated", new Amount(new BigDecimal(stated), 2, Unit.TEN_THOUSAND_YUAN, stated + "万元"));
        fig.put("table", new Amount(new BigDecimal("872.87"), 2, Unit.TEN_THOUSAND_YUAN, "872.87"));
        fig.put("difference", new Amount(new BigDecimal(difference), difference.length() - 2, Unit.TEN_THOUSAND_YUAN, null));
        return new Finding(rule, Severity.WARNING, message, fig,
                List.of(Evidence.at(Place.onPage(12, new Box(100, 300, 400, 312)), "支出决算为" + stated + "万元"),
                        new Evidence(Place.onPage(5, tableBox), "872.87", "t03", 3, "total")));
    }

    @Test
    void an_id_is_16_hex_digits_and_the_same_for_the_same_finding() {
        Finding f = finding("narrative.amount", "相差0.01万元", "872.88", new Box(300, 400, 340, 410), "0.01");
        String id = FindingId.of(DOC, f);
        assertTrue(id.matches("[0-9a-f]{16}"), id);
        assertEquals(id, FindingId.of(DOC, finding("narrative.amount", "相差0.01万元", "872.88", new Box(300, 400, 340, 410),
                "0.01")));
    }

    @Test
    void message_wording_severity_computed_figures_and_sub_point_box_noise_do_not_change_the_id() {
        Finding f = finding("narrative.amount", "相差0.01万元", "872.88", new Box(300, 400, 340, 410), "0.01");
        Finding reworded = finding("narrative.amount", "情况说明称872.88万元，表中为872.87万元，相差0.0100万元。", "872.88",
                new Box(300.2, 399.9, 340.1, 410.3), "0.0100");
        Finding louder = new Finding(f.rule(), Severity.ERROR, f.message(), f.figures(), f.evidence());
        assertEquals(FindingId.of(DOC, f), FindingId.of(DOC, reworded));
        assertEquals(FindingId.of(DOC, f), FindingId.of(DOC, louder));
    }

    @Test
    void another_rule_another_place_another_figure_or_another_document_give_another_id() {
        Finding f = finding("narrative.amount", "m", "872.88", new Box(300, 400, 340, 410), "0.01");
        String id = FindingId.of(DOC, f);
        assertNotEquals(id, FindingId.of(DOC, finding("narrative.class-names", "m", "872.88", new Box(300, 400, 340, 410), "0.01")));
        assertNotEquals(id, FindingId.of(DOC, finding("narrative.amount", "m", "872.88", new Box(300, 420, 340, 430), "0.01")));
        assertNotEquals(id, FindingId.of(DOC, finding("narrative.amount", "m", "872.89", new Box(300, 400, 340, 410), "0.02")));
        Source other = new Source("a.pdf", "00" + DOC.sha256().substring(2), 12, "pdf", null);
        assertNotEquals(id, FindingId.of(other, f));
    }

    @Test
    void the_document_is_its_hash_not_its_file_name() {
        Finding f = finding("narrative.amount", "m", "872.88", new Box(300, 400, 340, 410), "0.01");
        Source renamed = new Source("renamed/b.pdf", DOC.sha256().toUpperCase(), 12, "pdf", null);
        assertEquals(FindingId.of(DOC, f), FindingId.of(renamed, f));
    }

    @Test
    void distinct_keeps_the_first_of_exact_repeats_and_nothing_else() {
        Finding a = finding("narrative.amount", "first", "872.88", new Box(300, 400, 340, 410), "0.01");
        Finding again = finding("narrative.amount", "first again", "872.88", new Box(300, 400, 340, 410), "0.01");
        Finding b = finding("narrative.amount", "other", "872.89", new Box(300, 400, 340, 410), "0.02");
        assertEquals(List.of(a, b), FindingId.distinct(DOC, List.of(a, again, b)));
        List<Finding> none = List.of(a, b);
        assertSame(none, FindingId.distinct(DOC, none));
    }
}
