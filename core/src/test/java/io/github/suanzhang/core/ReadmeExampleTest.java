package io.github.suanzhang.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.suanzhang.core.interval.Agreement;
import io.github.suanzhang.core.interval.Consistency;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.NumberContext;
import io.github.suanzhang.core.number.NumberParser;
import io.github.suanzhang.core.number.ParseResult;
import io.github.suanzhang.core.number.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "Using the library" example, line for line. Keep them in step. */
class ReadmeExampleTest {

    @Test
    void the_readme_example_runs_and_says_what_the_readme_says() {
        Amount table = ((ParseResult.Parsed) NumberParser.parse("872.87", NumberContext.amount(Unit.TEN_THOUSAND_YUAN))).amount();
        Amount text = ((ParseResult.Parsed) NumberParser.parse("872.88万元", NumberContext.amount(Unit.TEN_THOUSAND_YUAN))).amount();
        Amount spaced = ((ParseResult.Parsed) NumberParser.parse("1, 553. 51", NumberContext.amount(Unit.TEN_THOUSAND_YUAN))).amount();

        assertEquals(Agreement.ONE_UNIT_APART, Consistency.samefact(table, text).agreement());

        assertEquals(Agreement.AGREES, Consistency.sum(List.of(Amount.of("1225.06", Unit.TEN_THOUSAND_YUAN),
                Amount.of("167.24", Unit.TEN_THOUSAND_YUAN), Amount.of("161.21", Unit.TEN_THOUSAND_YUAN)), spaced).agreement());

        assertEquals(Agreement.AGREES_ONLY_IF_TRUNCATED, Consistency.share(Amount.of("167.24", Unit.TEN_THOUSAND_YUAN), spaced,
                Amount.of("10.7", Unit.PERCENT)).agreement());
    }
}
