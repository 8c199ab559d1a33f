package io.github.suanzhang.core.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.number.ParseResult.Blank;
import io.github.suanzhang.core.number.ParseResult.NotANumber;
import io.github.suanzhang.core.number.ParseResult.Parsed;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumberParserTest {

    private static final NumberContext WAN = NumberContext.amount(Unit.TEN_THOUSAND_YUAN);
    private static final NumberContext WAN_2 = NumberContext.amount(Unit.TEN_THOUSAND_YUAN, 2);

    // ---- helpers -------------------------------------------------------------------------------

    /** Parses, asserts a figure that was not repaired, and returns it. */
    private static Amount figure(String raw, NumberContext ctx) {
        ParseResult r = NumberParser.parse(raw, ctx);
        Parsed p = assertInstanceOf(Parsed.class, r, () -> "'" + raw + "' gave " + r);
        assertFalse(p.repaired(), () -> "unexpected repair: " + p.repair());
        assertNull(p.repair());
        assertSame(raw, p.amount().raw(), "raw text kept untouched");
        return p.amount();
    }

    private static void assertFigure(String value, int decimals, Unit unit, Amount a) {
        assertEquals(new BigDecimal(value), a.value(), "value (with scale)");
        assertEquals(decimals, a.decimals(), "printed decimals");
        assertEquals(unit, a.unit(), "unit");
    }

    private static void assertBlank(String raw) {
        ParseResult r = NumberParser.parse(raw, WAN);
        Blank b = assertInstanceOf(Blank.class, r, () -> "'" + raw + "' gave " + r);
        assertSame(raw, b.raw());
    }

    private static NotANumber assertNotANumber(String raw, NumberContext ctx) {
        ParseResult r = NumberParser.parse(raw, ctx);
        NotANumber x = assertInstanceOf(NotANumber.class, r, () -> "'" + raw + "' gave " + r);
        assertSame(raw, x.raw());
        assertFalse(x.reason().isBlank());
        return x;
    }

    // ---- figures -------------------------------------------------------------------------------

    @Test
    void grouped_1553_51() {
        assertFigure("1553.51", 2, Unit.TEN_THOUSAND_YUAN, figure("1,553.51", WAN));
    }

    @Test
    void spacedDigits_1_553_51() {
        // PDF extraction put spaces after the separators: an artifact, not a repair
        assertFigure("1553.51", 2, Unit.TEN_THOUSAND_YUAN, figure("1, 553. 51", WAN));
    }

    @Test
    void fullWidth_1553_51() {
        assertFigure("1553.51", 2, Unit.TEN_THOUSAND_YUAN, figure("１，５５３．５１", WAN));
    }

    @Test
    void fullWidthSeparatorsOnly_1553_51() {
        assertFigure("1553.51", 2, Unit.TEN_THOUSAND_YUAN, figure("1，553．51", WAN));
    }

    @Test
    void wrappedCell_174900_newline_64() {
        assertFigure("174900.64", 2, Unit.TEN_THOUSAND_YUAN, figure("174,900\n.64", WAN));
    }

    @Test
    void negative_minus80000() {
        assertFigure("-80000", 0, Unit.TEN_THOUSAND_YUAN, figure("-80,000", WAN));
    }

    @Test
    void negative_fullWidthMinus80000() {
        assertFigure("-80000", 0, Unit.TEN_THOUSAND_YUAN, figure("－80,000", WAN));
    }

    @Test
    void negative_unicodeMinusSign() {
        assertFigure("-80000", 0, Unit.TEN_THOUSAND_YUAN, figure("\u221280,000", WAN));
    }

    @Test
    void accountingNegative_parentheses_1234_00() {
        assertFigure("-1234.00", 2, Unit.TEN_THOUSAND_YUAN, figure("(1,234.00)", WAN));
    }

    @Test
    void accountingNegative_fullWidthParentheses() {
        assertFigure("-1234.00", 2, Unit.TEN_THOUSAND_YUAN, figure("（1,234.00）", WAN));
    }

    @Test
    void zero_0() {
        assertFigure("0", 0, Unit.TEN_THOUSAND_YUAN, figure("0", WAN));
    }

    @Test
    void zero_0_00_keepsTwoDecimals() {
        Amount a = figure("0.00", WAN);
        assertFigure("0.00", 2, Unit.TEN_THOUSAND_YUAN, a);
        assertEquals(0, a.value().signum());
    }

    @Test
    void percent_12_3() {
        assertFigure("12.3", 1, Unit.PERCENT, figure("12.3%", WAN));
    }

    @Test
    void percent_fullWidth_12_3() {
        assertFigure("12.3", 1, Unit.PERCENT, figure("１２．３％", WAN));
    }

    @Test
    void percent_negative_1_10() {
        assertFigure("-1.10", 2, Unit.PERCENT, figure("-1.10%", NumberContext.percent()));
    }

    @Test
    void percent_plusSign_3_2() {
        assertFigure("3.2", 1, Unit.PERCENT, figure("+3.2%", NumberContext.ANY));
    }

    @Test
    void percent_100_00() {
        assertFigure("100.00", 2, Unit.PERCENT, figure("100.00%", NumberContext.percent()));
    }

    @Test
    void percent_inPercentColumnWithoutSign() {
        assertFigure("98.5", 1, Unit.PERCENT, figure("98.5", NumberContext.percent()));
    }

    @Test
    void percent_spaceBeforeSign() {
        assertFigure("12.3", 1, Unit.PERCENT, figure("12.3 %", NumberContext.ANY));
    }

    @Test
    void unit_1553_51_wanYuan() {
        assertFigure("1553.51", 2, Unit.TEN_THOUSAND_YUAN,
                figure("1553.51万元", NumberContext.ANY));
    }

    @Test
    void unit_printedUnitWinsOverColumnDefault() {
        assertFigure("2070000", 0, Unit.YUAN, figure("2,070,000元", WAN));
    }

    @Test
    void unit_2070000_yuan_convertsTo207wanYuanExactly() {
        Amount a = figure("2,070,000元", NumberContext.ANY);
        assertFigure("2070000", 0, Unit.YUAN, a);
        Amount wan = a.to(Unit.TEN_THOUSAND_YUAN);
        assertEquals(Unit.TEN_THOUSAND_YUAN, wan.unit());
        assertEquals(0, wan.value().compareTo(new BigDecimal("207.00")));
    }

    @Test
    void unit_yiYuanAndQianYuan() {
        assertFigure("3.5", 1, Unit.HUNDRED_MILLION_YUAN, figure("3.5亿元", NumberContext.ANY));
        assertFigure("12", 0, Unit.THOUSAND_YUAN, figure("12 千元", NumberContext.ANY));
    }

    @Test
    void unit_defaultNoneInAnyContext() {
        assertFigure("2023", 0, Unit.NONE, figure("2023", NumberContext.ANY));
    }

    @Test
    void grouping_1553() {
        assertFigure("1553", 0, Unit.TEN_THOUSAND_YUAN, figure("1,553", WAN));
    }

    @Test
    void grouping_12789() {
        assertFigure("12789", 0, Unit.TEN_THOUSAND_YUAN, figure("12,789", WAN));
    }

    @Test
    void grouping_validCommaGroupsNeverReinterpreted() {
        // precision 3 is known, but 1,553,510 is valid grouping: it stays an integer
        assertFigure("1553510", 0, Unit.TEN_THOUSAND_YUAN,
                figure("1,553,510", NumberContext.amount(Unit.TEN_THOUSAND_YUAN, 3)));
    }

    @Test
    void grouping_thinSpace_1_553_51() {
        assertFigure("1553.51", 2, Unit.TEN_THOUSAND_YUAN, figure("1\u2009553.51", WAN));
    }

    @Test
    void grouping_narrowNoBreakSpace() {
        assertFigure("2070000", 0, Unit.TEN_THOUSAND_YUAN, figure("2\u202F070\u202F000", WAN));
    }

    @Test
    void leadingDecimalPoint_point5() {
        assertFigure("0.5", 1, Unit.TEN_THOUSAND_YUAN, figure(".5", WAN));
    }

    @Test
    void leadingAndTrailingSpaces() {
        assertFigure("872.87", 2, Unit.TEN_THOUSAND_YUAN, figure("  872.87 \t", WAN));
        assertFigure("872.87", 2, Unit.TEN_THOUSAND_YUAN, figure("\u3000872.87\u00A0", WAN));
    }

    @Test
    void zeroWidthInsideDigits() {
        assertFigure("1553.51", 2, Unit.TEN_THOUSAND_YUAN, figure("1,5\u200B53.51", WAN));
    }

    @Test
    void manyDigits_beyondLong() {
        assertFigure("12345678901234567890.12", 2, Unit.YUAN,
                figure("12,345,678,901,234,567,890.12", NumberContext.amount(Unit.YUAN)));
    }

    // ---- the one repair ------------------------------------------------------------------------

    @Test
    void ocrCommaForPoint_1_553_51_repairedWhenPrecisionIs2() {
        ParseResult r = NumberParser.parse("1, 553, 51", WAN_2);
        Parsed p = assertInstanceOf(Parsed.class, r, r::toString);
        assertTrue(p.repaired());
        assertTrue(p.repair().contains("decimal point read as a comma"), p.repair());
        assertFigure("1553.51", 2, Unit.TEN_THOUSAND_YUAN, p.amount());
        assertEquals("1, 553, 51", p.amount().raw());
    }

    @Test
    void ocrCommaForPoint_1_553_51_notANumberWhenPrecisionUnknown() {
        NotANumber x = assertNotANumber("1, 553, 51", WAN);
        assertTrue(x.reason().contains("precision is unknown"), x.reason());
    }

    @Test
    void ocrCommaForPoint_notRepairedWhenPrecisionDiffers() {
        assertNotANumber("1, 553, 51", NumberContext.amount(Unit.TEN_THOUSAND_YUAN, 1));
    }

    @Test
    void ocrCommaForPoint_notRepairedWhenSpacesGroup() {
        assertNotANumber("1 553 51", WAN_2);
    }

    @Test
    void ocrCommaForPoint_notRepairedWhenAPointIsPrinted() {
        assertNotANumber("1,55,3.51", WAN_2);
    }

    // ---- only the last separators printed --------------------------------------------------------

    @Test
    void lastSeparatorOnly_inYuan_readAsTheInteger() {
        // 元 has at most two decimals: the comma before three digits is a grouping comma
        assertFigure("120258600", 0, Unit.YUAN, figure("120258,600", NumberContext.amount(Unit.YUAN)));
        assertFigure("4321987654", 0, Unit.YUAN, figure("4321,987,654", NumberContext.amount(Unit.YUAN)));
        assertFigure("7880000", 0, Unit.YUAN, figure("7880, 000", NumberContext.amount(Unit.YUAN)));
    }

    @Test
    void lastSeparatorOnly_printedYuanSuffix_readAsTheInteger() {
        assertFigure("56789123", 0, Unit.YUAN, figure("56789,123元", NumberContext.ANY));
    }

    @Test
    void lastSeparatorOnly_inWanWithPrecisionZero_readAsTheInteger() {
        assertFigure("98765432", 0, Unit.TEN_THOUSAND_YUAN,
                figure("98765,432", NumberContext.amount(Unit.TEN_THOUSAND_YUAN, 0)));
    }

    @Test
    void lastSeparatorOnly_inWanOfUnknownPrecision_notANumber() {
        // 98765,432 万元 could be 98765.432 with a misread point: no reading
        assertNotANumber("98765,432", WAN);
    }

    @Test
    void lastSeparatorOnly_precisionThree_isTheDecimalRepair() {
        ParseResult r = NumberParser.parse("98765,432", NumberContext.amount(Unit.TEN_THOUSAND_YUAN, 3));
        Parsed p = assertInstanceOf(Parsed.class, r, r::toString);
        assertTrue(p.repaired());
        assertFigure("98765.432", 3, Unit.TEN_THOUSAND_YUAN, p.amount());
    }

    @Test
    void lastSeparatorOnly_notWhenALaterGroupIsNotThree() {
        assertNotANumber("120258,60", NumberContext.amount(Unit.YUAN));
        assertNotANumber("1202,5860", NumberContext.amount(Unit.YUAN));
        assertNotANumber("12,3456,7890", NumberContext.amount(Unit.YUAN, 0));
        assertNotANumber("120258,600", NumberContext.percent());
    }

    @Test
    void lastSeparatorOnly_notWhenAPointIsPrinted() {
        assertNotANumber("120258,600.50", NumberContext.amount(Unit.YUAN));
    }

    // ---- blanks --------------------------------------------------------------------------------

    @Test
    void blank_empty() {
        assertBlank("");
    }

    @Test
    void blank_hyphen() {
        assertBlank("-");
    }

    @Test
    void blank_emDash() {
        assertBlank("—");
    }

    @Test
    void blank_fullWidthHyphen() {
        assertBlank("－");
    }

    @Test
    void blank_slash() {
        assertBlank("/");
    }

    @Test
    void blank_doubleHyphen() {
        assertBlank("--");
    }

    @Test
    void blank_whitespace() {
        assertBlank(" \t\n\u3000 ");
    }

    @Test
    void blank_doubleEmDashAndEnDash() {
        assertBlank("——");
        assertBlank(" – ");
    }

    @Test
    void blank_null() {
        assertInstanceOf(Blank.class, NumberParser.parse(null, WAN));
    }

    @Test
    void blank_evenInCodeColumn() {
        assertInstanceOf(Blank.class, NumberParser.parse("—", NumberContext.code()));
    }

    // ---- not figures ---------------------------------------------------------------------------

    @Test
    void notANumber_year_2023年() {
        assertNotANumber("2023年", NumberContext.ANY);
    }

    @Test
    void notANumber_code_2080101_inCodeColumn() {
        assertNotANumber("2080101", NumberContext.code());
    }

    @Test
    void notANumber_article_第3条() {
        assertNotANumber("第3条", NumberContext.ANY);
    }

    @Test
    void notANumber_row_27行() {
        assertNotANumber("27行", NumberContext.ANY);
    }

    @Test
    void notANumber_chineseOrdinal_二() {
        assertNotANumber("二、", WAN);
    }

    @Test
    void notANumber_textLabel() {
        assertNotANumber("一般公共服务支出", WAN);
        assertNotANumber("合计", WAN);
    }

    @Test
    void notANumber_anythingInTextColumn() {
        assertNotANumber("1,553.51", NumberContext.text());
    }

    @Test
    void notANumber_twoPoints_1_2_3() {
        assertNotANumber("1.2.3", NumberContext.ANY);
    }

    @Test
    void notANumber_trailingLetter_12a() {
        assertNotANumber("12a", NumberContext.ANY);
    }

    @Test
    void notANumber_badGrouping_12_34() {
        assertNotANumber("12,34", NumberContext.ANY);
        assertNotANumber("1234,567", NumberContext.ANY);
    }

    @Test
    void notANumber_twoFiguresRunTogether_12_34() {
        assertNotANumber("12 34", NumberContext.ANY);
    }

    @Test
    void notANumber_mixedGrouping() {
        assertNotANumber("1 553,000", NumberContext.ANY);
    }

    @Test
    void notANumber_leadingZero_code01() {
        assertNotANumber("01", NumberContext.ANY);
        assertNotANumber("0,123", NumberContext.ANY);
    }

    @Test
    void notANumber_danglingPoint_12() {
        assertNotANumber("12.", NumberContext.ANY);
        assertNotANumber(",123", NumberContext.ANY);
    }

    @Test
    void notANumber_separatorInsideDecimals() {
        assertNotANumber("1.553,51", NumberContext.ANY);
    }

    @Test
    void notANumber_unbalancedOrSignedParentheses() {
        assertNotANumber("(1,234.00", NumberContext.ANY);
        assertNotANumber("1,234.00)", NumberContext.ANY);
        assertNotANumber("(-5)", NumberContext.ANY);
    }

    @Test
    void notANumber_unitOrSignWithoutDigits() {
        assertNotANumber("%", NumberContext.ANY);
        assertNotANumber("万元", NumberContext.ANY);
        assertNotANumber("+", NumberContext.ANY);
    }

    @Test
    void notANumber_tooLong() {
        assertNotANumber("1" + "0".repeat(NumberParser.MAX_LENGTH), NumberContext.ANY);
    }
}
