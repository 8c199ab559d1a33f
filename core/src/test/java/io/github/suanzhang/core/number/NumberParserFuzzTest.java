package io.github.suanzhang.core.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.suanzhang.core.number.ParseResult.Blank;
import io.github.suanzhang.core.number.ParseResult.NotANumber;
import io.github.suanzhang.core.number.ParseResult.Parsed;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes {@link NumberParser#parse}: the input bytes, read as UTF-8, are parsed in every
 * {@link NumberContext.Kind}, with default units {@code NONE}, {@code 万元} and {@code %}, and with
 * precision unknown, 0 and 2 (45 contexts per input). In a normal build this runs only the seed
 * corpus under {@code src/test/resources/io/github/suanzhang/core/number/NumberParserFuzzTestInputs/parse/}
 * (Jazzer's regression mode: one UTF-8 text file per seed); see docs/fuzzing.md for a real fuzzing
 * run.
 *
 * <p>Properties checked in every context: no exception; never null; the raw text is kept as given; no
 * figure in a CODE or TEXT column; a repair only with a known precision, to that precision; the
 * printed decimals are the value's scale; and a figure printed back in plain form parses again to the
 * same value and decimals.
 */
class NumberParserFuzzTest {

    private static final Unit[] UNITS = {Unit.NONE, Unit.TEN_THOUSAND_YUAN, Unit.PERCENT};
    private static final Integer[] DECIMALS = {null, 0, 2};

    @FuzzTest(maxDuration = "30m")
    void parse(byte[] input) {
        String raw = new String(input, StandardCharsets.UTF_8);
        for (NumberContext.Kind kind : NumberContext.Kind.values()) {
            for (Unit unit : UNITS) {
                for (Integer decimals : DECIMALS) {
                    check(raw, new NumberContext(kind, unit, decimals));
                }
            }
        }
    }

    private static void check(String raw, NumberContext ctx) {
        ParseResult result = NumberParser.parse(raw, ctx);

        assertNotNull(result);
        assertSame(raw, result.raw());
        if (result instanceof Parsed parsed) {
            assertTrue(ctx.kind() != NumberContext.Kind.CODE && ctx.kind() != NumberContext.Kind.TEXT, ctx.toString());
            Amount amount = parsed.amount();
            assertEquals(amount.decimals(), amount.value().scale(), raw);
            assertTrue(amount.decimals() >= 0, raw);
            if (parsed.repaired()) {
                assertEquals(ctx.decimals(), (Integer) amount.decimals(), "a repair only to the known precision");
            } else {
                // printed back plainly, the figure reads the same
                String plain = amount.value().toPlainString();
                ParseResult again = NumberParser.parse(plain, ctx);
                assertTrue(again instanceof Parsed, () -> raw + " -> " + plain + " -> " + again);
                Amount back = ((Parsed) again).amount();
                assertEquals(0, amount.value().compareTo(back.value()), raw);
                assertEquals(amount.decimals(), back.decimals(), raw);
            }
        } else if (result instanceof NotANumber nan) {
            assertFalse(nan.reason().isEmpty());
        } else {
            assertTrue(result instanceof Blank);
        }
    }
}
