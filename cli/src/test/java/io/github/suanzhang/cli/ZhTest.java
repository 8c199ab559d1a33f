package io.github.suanzhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.NumberContext;
import io.github.suanzhang.core.number.NumberParser;
import io.github.suanzhang.core.number.ParseResult;
import io.github.suanzhang.core.number.Unit;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ZhTest {
    private static Amount printed(String v, Unit u) {
        BigDecimal b = new BigDecimal(v);
        return new Amount(b, b.scale(), u, v);
    }

    private static Amount computed(String v, Unit u) {
        BigDecimal b = new BigDecimal(v);
        return new Amount(b, b.scale(), u, null);
    }

    @Test
    void a_computed_difference_is_printed_with_the_decimals_of_the_figures_compared() {
        Map<String, Amount> fig = new LinkedHashMap<>();
        fig.put("stated", printed("1234.56", Unit.TEN_THOUSAND_YUAN));
        fig.put("computed", computed("1234.550034", Unit.TEN_THOUSAND_YUAN));
        fig.put("difference", computed("0.009966000000000000000000000001", Unit.TEN_THOUSAND_YUAN));
        Finding f = new Finding("t", Severity.WARNING, "m", fig, List.of());
        assertEquals("0.01万元", Zh.figure(f, "difference"));
        assertEquals("1234.55万元", Zh.figure(f, "computed"));
        assertEquals("1234.56万元", Zh.figure(f, "stated"), "a printed figure as printed");
    }

    @Test
    void a_computed_percentage_keeps_two_more_decimals_than_the_printed_one_to_show_the_rounding() {
        Map<String, Amount> fig = new LinkedHashMap<>();
        fig.put("stated", printed("10.7", Unit.PERCENT));
        fig.put("part", printed("167.24", Unit.TEN_THOUSAND_YUAN));
        fig.put("computed", computed("10.76559", Unit.PERCENT));
        fig.put("difference", computed("-0.06559", Unit.PERCENT));
        Finding f = new Finding("t", Severity.WARNING, "m", fig, List.of());
        assertEquals("10.766%", Zh.figure(f, "computed"));
        assertEquals("-0.1%", Zh.figure(f, "difference"));
    }

    @Test
    void roles_are_chinese_and_compound_roles_are_joined() {
        assertEquals("差额", Zh.role("difference"));
        assertEquals("所称数·预算数", Zh.role("stated_budget"));
        assertEquals("no_such_role", Zh.role("no_such_role"));
    }

    /** Every reason the number parser gives for these inputs reads in Chinese after {@link Zh#message}. */
    @Test
    void the_number_parsers_reasons_read_in_chinese() {
        List<String> bad = List.of("1,5533,12", "1,553,1", "12,34 56", "(12", "(-12)", "--", ",12", "1,,2", "12,",
                "1.2.3", "1.2,3", "0123", "2023年", "一、12", "12x", "1 553 51.00 1,2", "x".repeat(300), "12)");
        Set<String> reasons = new HashSet<>();
        for (String raw : bad) {
            for (NumberContext ctx : List.of(NumberContext.amount(Unit.TEN_THOUSAND_YUAN),
                    NumberContext.amount(Unit.TEN_THOUSAND_YUAN, 2), NumberContext.code(), NumberContext.text())) {
                if (NumberParser.parse(raw, ctx) instanceof ParseResult.NotANumber n) {
                    reasons.add(n.reason());
                }
            }
        }
        assertTrue(reasons.size() >= 8, "several kinds of reasons: " + reasons);
        for (String r : reasons) {
            String zh = Zh.message("第3页表格“收入决算表”的单元格“x”不是数字: " + r);
            assertFalse(zh.matches("(?s).*[A-Za-z]{3,} [A-Za-z]{2,}.*"), "English left in: " + zh);
        }
    }
}
