package io.github.suanzhang.extract.export;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides the encoding of a text export and decodes it.
 *
 * <p>Order: a byte order mark (UTF-8 {@code EF BB BF}, UTF-16 LE/BE) decides; otherwise the bytes
 * are decoded strictly ({@link CodingErrorAction#REPORT}) as UTF-8, and if that fails as GB18030.
 * UTF-8 goes first because its byte structure is so constrained that Chinese text in GB18030 almost
 * never decodes as UTF-8, while almost any byte string decodes as GB18030. A GB18030 decoding is kept
 * only when it looks like text: no NUL or other C0 control characters except tab, CR, LF and form
 * feed, and at least half of its non-ASCII characters are Han characters or CJK punctuation (a
 * random or binary file decoded as GB18030 gives mostly rare symbols and private-use characters).
 * Everything else is not decoded: {@link Optional#empty()}.
 */
final class TextDecoder {

    /** A decoded text and the name of the encoding it was read with. */
    record Decoded(String text, String charset) {
    }

    static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    static Optional<Decoded> decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strict(bytes, 3, StandardCharsets.UTF_8).filter(TextDecoder::plausible)
                    .map(t -> new Decoded(t, "UTF-8 (BOM)"));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE).filter(TextDecoder::plausible)
                    .map(t -> new Decoded(t, "UTF-16LE"));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE).filter(TextDecoder::plausible)
                    .map(t -> new Decoded(t, "UTF-16BE"));
        }
        Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8).filter(TextDecoder::plausible);
        if (utf8.isPresent()) {
            return utf8.map(t -> new Decoded(t, "UTF-8"));
        }
        return strict(bytes, 0, GB18030).filter(TextDecoder::plausible).filter(TextDecoder::mostlyHan)
                .map(t -> new Decoded(t, "GB18030"));
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** No control characters other than tab, LF, CR and form feed. */
    private static boolean plausible(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    /** At least half of the non-ASCII characters are Han or CJK punctuation / full-width forms. */
    private static boolean mostlyHan(String s) {
        int nonAscii = 0;
        int cjk = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                continue;
            }
            nonAscii++;
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                    || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF)) {
                cjk++;
            }
        }
        return nonAscii == 0 || cjk * 2 >= nonAscii;
    }
}
