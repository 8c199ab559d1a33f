package io.github.suanzhang.core.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountTest {

    @Test
    void 元_to_万元_is_exact_and_keeps_the_precision() {
        Amount yuan = new Amount(new BigDecimal("2070000"), 0, Unit.YUAN, "2,070,000元");
        Amount wan = yuan.to(Unit.TEN_THOUSAND_YUAN);
        assertEquals(0, new BigDecimal("207.00").compareTo(wan.value()));
        assertEquals(4, wan.decimals(), "one 元 is 0.0001 万元");
        assertEquals("2,070,000元", wan.raw());
    }

    @Test
    void 万元_to_元_gives_negative_decimals() {
        Amount wan = Amount.of("872.87", Unit.TEN_THOUSAND_YUAN);
        Amount yuan = wan.to(Unit.YUAN);
        assertEquals(0, new BigDecimal("8728700").compareTo(yuan.value()));
        assertEquals(-2, yuan.decimals(), "known to the nearest 100 元");
        assertEquals("8728700", yuan.plain());
    }

    @Test
    void 亿元_and_千元() {
        assertEquals(0, new BigDecimal("12345.67").compareTo(Amount.of("1.2345670", Unit.HUNDRED_MILLION_YUAN)
                .to(Unit.TEN_THOUSAND_YUAN).value()));
        assertEquals(0, new BigDecimal("1.5").compareTo(Amount.of("15", Unit.THOUSAND_YUAN).to(Unit.TEN_THOUSAND_YUAN).value()));
    }

    @Test
    void percent_does_not_convert() {
        assertThrows(IllegalStateException.class, () -> Amount.of("12.3", Unit.PERCENT).to(Unit.YUAN));
    }

    @Test
    void display_keeps_printed_zeros() {
        assertEquals("0.00万元", new Amount(BigDecimal.ZERO, 2, Unit.TEN_THOUSAND_YUAN, "0.00").display());
        assertEquals("10.7%", Amount.of("10.7", Unit.PERCENT).display());
    }

    @Test
    void unit_labels() {
        assertEquals(Unit.TEN_THOUSAND_YUAN, Unit.ofLabel("万元").orElseThrow());
        assertEquals(Unit.YUAN, Unit.ofLabel(" 元 ").orElseThrow());
        assertEquals(Unit.PERCENT, Unit.ofLabel("％").orElseThrow());
        assertEquals(java.util.Optional.empty(), Unit.ofLabel("辆"));
    }
}
