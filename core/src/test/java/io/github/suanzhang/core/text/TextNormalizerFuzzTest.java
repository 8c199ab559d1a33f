package io.github.suanzhang.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Test;
import java.text.Normalizer;

/**
 * Fuzzes {@link TextNormalizer#normalize}. The input bytes are read as UTF-16BE, two bytes a char, so
 * that any char sequence can occur, lone surrogates included (an odd last byte is dropped). In a
 * normal build this runs only the seed corpus under
 * {@code src/test/resources/io/github/suanzhang/core/text/TextNormalizerFuzzTestInputs/normalize/}
 * (Jazzer's regression mode: one UTF-16BE file per seed); see docs/fuzzing.md for a real fuzzing run.
 *
 * <p>Properties: no exception; idempotent (normalising twice changes nothing, so normalised texts can
 * be compared); the result is NFKC; no invisible character, ideographic or no-break space, or mapped
 * CJK Radicals Supplement character survives.
 */
class TextNormalizerFuzzTest {

    @FuzzTest(maxDuration = "30m")
    void normalize(byte[] input) {
        char[] chars = new char[input.length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ((input[2 * i] & 0xFF) << 8 | (input[2 * i + 1] & 0xFF));
        }
        String text = new String(chars);
        String once = TextNormalizer.normalize(text);
        assertEquals(once, TextNormalizer.normalize(once), "idempotent");
        assertTrue(Normalizer.isNormalized(once, Normalizer.Form.NFKC), "NFKC");
        for (int i = 0; i < once.length(); i++) {
            char c = once.charAt(i);
            assertTrue(!TextNormalizer.isInvisible(c), "invisible left at " + i);
            assertTrue(c != '\u3000' && c != '\u00A0' && c != '\u202F', "wide or no-break space left at " + i);
            assertTrue(TextNormalizer.supplementEquivalent(c) < 0, "radical left at " + i);
        }
    }

    /**
     * The first fuzzing finding (crash-462098cd…): a soft hyphen between a base and a combining mark.
     * Removed after NFKC, the first pass left {@code a}, U+0300 apart and a second pass composed them.
     */
    @Test
    void anInvisibleBetweenBaseAndMarkDoesNotKeepThemApart() {
        assertEquals("\u00E0", TextNormalizer.normalize("a\u00AD\u0300"));
        assertEquals("\u00E9", TextNormalizer.normalize("e\u200B\u0301"));
        assertEquals("\uAC00", TextNormalizer.normalize("\u1100\u200B\u1161"));
        assertEquals("1,553.51", TextNormalizer.normalize("１，５\u200B５３．５１"));
    }
}
