package io.github.suanzhang.core.text;

import static io.github.suanzhang.core.text.TextNormalizer.normalize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.Character.UnicodeBlock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void fullWidthDigitsAndPunctuation() {
        assertEquals("1,553.51", normalize("１，５５３．５１"));
        assertEquals("(", normalize("（"));
        assertEquals(")", normalize("）"));
        assertEquals("%", normalize("％"));
        assertEquals("-80,000", normalize("－80,000"));
        assertEquals("合计:1,553.51万元(含结转)", normalize("合计：１，５５３．５１万元（含结转）"));
    }

    @Test
    void kangxiRadicals_byNfkc() {
        assertEquals("一", normalize("\u2F00")); // ⼀
        assertEquals("支", normalize("\u2F40")); // ⽀
        assertEquals("入", normalize("\u2F0A")); // ⼊
        assertEquals("金", normalize("\u2FA6")); // ⾦
        assertEquals("一般公共预算支出", normalize("⼀般公共预算⽀出"));
        assertEquals("收入", normalize("收⼊"));
        assertEquals("资金", normalize("资⾦"));
    }

    @Test
    void kangxiRadicals_everyOneBecomesAUnifiedIdeograph() {
        List<String> wrong = new ArrayList<>();
        for (int cp = 0x2F00; cp <= 0x2FD5; cp++) {
            String out = normalize(new String(Character.toChars(cp)));
            if (out.codePointCount(0, out.length()) != 1 || !isUnifiedIdeograph(out.codePointAt(0))) {
                wrong.add(Integer.toHexString(cp) + "→" + out);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void radicalsSupplement_commonSimplifiedForms() {
        assertEquals("长", normalize("⻓")); // U+2ED3
        assertEquals("门", normalize("⻔")); // U+2ED4
        assertEquals("车", normalize("⻋")); // U+2ECB
        assertEquals("见", normalize("⻅")); // U+2EC5
        assertEquals("风", normalize("⻛")); // U+2EDB
        assertEquals("马", normalize("⻢")); // U+2EE2
        assertEquals("黄", normalize("⻩")); // U+2EE9
        assertEquals("青", normalize("⻘")); // U+2ED8
        assertEquals("西", normalize("⻄")); // U+2EC4
        assertEquals("齐", normalize("⻬")); // U+2EEC
        assertEquals("龙", normalize("⻰")); // U+2EF0
        assertEquals("母", normalize("⺟")); // U+2E9F, also an NFKC mapping
        assertEquals("龟", normalize("⻳")); // U+2EF3, also an NFKC mapping
        assertEquals("长期待摊费用", normalize("⻓期待摊费用"));
        assertEquals("部门预算", normalize("部⻔预算"));
    }

    @Test
    void radicalsSupplement_mapsToSupplementaryPlaneIdeograph() {
        // U+2E87 CJK RADICAL TABLE → U+20628, outside the BMP: must be one code point, two chars
        String out = normalize("\u2E87");
        assertEquals(0x20628, out.codePointAt(0));
        assertEquals(2, out.length());
    }

    @Test
    void radicalsSupplement_everyMappedOneBecomesAUnifiedIdeograph() {
        List<String> wrong = new ArrayList<>();
        int mapped = 0;
        for (int cp = 0x2E80; cp <= 0x2EFF; cp++) {
            if (!Character.isDefined(cp) || cp == 0x2E80) {
                continue; // unassigned, or CJK RADICAL REPEAT (no equivalent in Unicode's file)
            }
            mapped++;
            String out = normalize(new String(Character.toChars(cp)));
            if (out.codePointCount(0, out.length()) != 1 || !isUnifiedIdeograph(out.codePointAt(0))) {
                wrong.add(Integer.toHexString(cp) + "→" + out);
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(114, mapped, "assigned Supplement characters with an equivalent in Unicode 15.1");
    }

    @Test
    void radicalsSupplement_repeatHasNoEquivalentAndIsKept() {
        assertEquals("\u2E80", normalize("\u2E80"));
        assertEquals(-1, TextNormalizer.supplementEquivalent(0x2E80));
        assertEquals(0x957F, TextNormalizer.supplementEquivalent(0x2ED3));
    }

    @Test
    void ideographicSpace_U3000() {
        assertEquals("单位: 万元", normalize("单位：\u3000万元"));
    }

    @Test
    void noBreakSpaces_U00A0_U202F() {
        assertEquals("1 553.51", normalize("1\u00A0553.51"));
        assertEquals("1 553.51", normalize("1\u202F553.51"));
    }

    @Test
    void zeroWidthCharactersRemoved() {
        assertEquals("1,553.51", normalize("1,5\u200B53.51"));
        assertEquals("基本支出", normalize("\uFEFF基\u200C本\u200D支\u2060出"));
        assertEquals("一般公共预算", normalize("一般公共\u00AD预算"));
    }

    @Test
    void ordinaryChineseTextUnchanged() {
        String text = "2023年度部门决算公开说明。一般公共预算财政拨款支出1,553.51万元、"
                + "比上年减少12.3%，主要原因是“项目支出”减少。\n《中华人民共和国预算法》第二十二条";
        String expected = text.replace('，', ',');
        assertEquals(expected, normalize(text));
        String noFullWidth = "关于2023年度部门决算的说明、《预算法》、“三公”经费。";
        assertEquals(noFullWidth, normalize(noFullWidth));
    }

    @Test
    void unifiedIdeographsAreNeverChanged() {
        StringBuilder all = new StringBuilder();
        for (int cp = 0x4E00; cp <= 0x9FFF; cp++) {
            all.appendCodePoint(cp);
        }
        String s = all.toString();
        assertEquals(s, normalize(s));
    }

    @Test
    void asciiIsReturnedAsIs() {
        String s = "1,553.51\t(1,234.00)  -80,000";
        assertSame(s, normalize(s));
    }

    private static boolean isUnifiedIdeograph(int cp) {
        UnicodeBlock b = UnicodeBlock.of(cp);
        boolean unifiedBlock = b == UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || b == UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || b == UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_B
                || b == UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_C
                || b == UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_D
                || b == UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_E
                || b == UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_F
                || b == UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_G;
        // U+2B739 (the target of U+2E95) was assigned in Unicode 15.0; Java 17's tables are Unicode 13
        return unifiedBlock && (Character.isIdeographic(cp) || cp == 0x2B739);
    }

    @Test
    void isUnifiedIdeograph_helperRejectsRadicals() {
        assertTrue(isUnifiedIdeograph('长'));
        assertTrue(!isUnifiedIdeograph(0x2ED3));
        assertTrue(!isUnifiedIdeograph(0x2F00));
    }

    @Test
    void compactRemovesAllWhitespaceAfterNormalising() {
        assertEquals("收入支出决算总表", TextNormalizer.compact("收 入\u3000支 出 决 算 总 表"));
        assertEquals("合计(1)", TextNormalizer.compact(" 合\t计（１）\n"));
        assertEquals("", TextNormalizer.compact(null));
        assertEquals("长期", TextNormalizer.compact("⻓ 期"));
    }

    @Test
    void matchKeyAlsoDropsQuotesAndUnifiesBrackets() {
        assertEquals("财政拨款三公经费支出决算表", TextNormalizer.matchKey("财政拨款“三公”经费支出决算表"));
        assertEquals("财政拨款三公经费支出决算表", TextNormalizer.matchKey("财政拨款\"三公\"经费 支出决算表"));
        assertEquals("(按功能分类)", TextNormalizer.matchKey("【按功能分类】"));
        assertEquals("(经济科目)", TextNormalizer.matchKey("〔经济科目〕"));
        assertEquals("", TextNormalizer.matchKey(null));
    }

    @Test
    void withoutWhitespaceKeepsThePrint() {
        assertEquals("上海市（普陀区）财政局", TextNormalizer.withoutWhitespace("上海市 （普陀区）\u3000财政局"));
        assertEquals("１２", TextNormalizer.withoutWhitespace("１ ２"));
        assertEquals("", TextNormalizer.withoutWhitespace(null));
    }
}
