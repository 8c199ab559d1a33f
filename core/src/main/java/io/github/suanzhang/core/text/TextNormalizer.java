package io.github.suanzhang.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Objects;

/**
 * Brings text read from a PDF (or a text export) to one spelling, so that {@code １，５５３．５１} and
 * {@code 1,553.51}, {@code ⻓} and {@code 长}, {@code ⼀} and {@code 一} compare equal.
 *
 * <p>{@link #normalize} does, in this order:
 * <ol>
 *   <li><b>Invisible characters are removed</b> first: U+200B zero width space, U+200C zero width
 *       non-joiner, U+200D zero width joiner, U+2060 word joiner, U+FEFF zero width no-break space
 *       (byte order mark) and U+00AD soft hyphen. They split numbers and words without being seen
 *       (a U+200B between {@code 1,5} and {@code 53}). Other format characters (bidi marks) are kept.
 *       Removing them before NFKC lets a combining mark they separated from its base compose with it
 *       ({@code a}, U+00AD, U+0300 → {@code à}), so that normalising twice changes nothing (found by
 *       fuzzing: removed after NFKC, the second pass composed what the first had left apart).</li>
 *   <li><b>Unicode NFKC</b> ({@link Normalizer.Form#NFKC}). This folds full-width ASCII
 *       ({@code １２３，．％（）－} → {@code 123,.%()-}), the Kangxi Radicals block U+2F00–U+2FD5
 *       ({@code ⼀ ⽀ ⼊ ⾦} → {@code 一 支 入 金}), CJK compatibility ideographs (U+F900–U+FAFF and
 *       U+2F800–U+2FA1F) to their unified ideographs, and the compatibility spaces (U+3000 ideographic
 *       space, U+00A0 no-break space, U+202F narrow no-break space, U+2009 thin space …) to U+0020.
 *       NFKC also does things a reader should know about: circled and parenthesised numbers become
 *       plain text ({@code ①} → {@code 1}, {@code ⑴} → {@code (1)}, {@code ㈠} → {@code (一)}),
 *       superscripts lose their position ({@code m²} → {@code m2}), and {@code ½} becomes
 *       {@code 1⁄2}. Chinese punctuation that has no compatibility mapping stays as it is:
 *       {@code 、。“”《》【】} are unchanged, while the full-width forms {@code ，：；（）！？} become
 *       their ASCII counterparts.</li>
 *   <li><b>CJK Radicals Supplement</b> (U+2E80–U+2EFF): NFKC leaves these alone (except U+2E9F ⺟ and
 *       U+2EF3 ⻳), yet PDFs whose fonts map glyphs to radicals produce them in running text
 *       ({@code ⻓期} for {@code 长期}). Each is replaced by its equivalent unified ideograph according to
 *       Unicode's {@code EquivalentUnifiedIdeograph.txt} (15.1.0; the Supplement lines are embedded as
 *       the resource {@code cjk-radicals-supplement.txt}, loaded once). U+2E80 CJK RADICAL REPEAT has
 *       no equivalent in that file and is kept. CJK Strokes (U+31C0–U+31EF), which the same file also
 *       maps, are <em>not</em> replaced: they are not radicals and do not occur in the documents this
 *       project reads.</li>
 *   <li><b>Spaces</b>: U+3000, U+00A0 and U+202F become U+0020. NFKC already does this; the explicit
 *       step documents the intent and keeps it true whatever the normalisation form.</li>
 * </ol>
 *
 * <p>Nothing else changes: ordinary Chinese text, line breaks, tabs and runs of spaces are kept (the
 * number parser and the table builder decide what whitespace means). The result may be shorter or
 * longer than the input, so character offsets are not preserved; callers that need a position keep the
 * raw text and its glyph boxes.
 *
 * <p>Text that is entirely ASCII is returned as it is (ASCII is NFKC-stable), which is the common case
 * for table cells and costs one scan.
 */
public final class TextNormalizer {

    /** The resource with the CJK Radicals Supplement part of EquivalentUnifiedIdeograph.txt. */
    static final String SUPPLEMENT_RESOURCE = "cjk-radicals-supplement.txt";

    static final int SUPPLEMENT_FIRST = 0x2E80;
    static final int SUPPLEMENT_LAST = 0x2EFF;

    /** Equivalent unified ideograph for U+2E80 + i, or 0 where there is none. */
    private static final int[] SUPPLEMENT = loadSupplement();

    private TextNormalizer() {
    }

    /**
     * The text in the project's one spelling; see the class comment for exactly what changes.
     *
     * @param text any text; not null
     * @return the normalised text ({@code text} itself when nothing changes)
     */
    public static String normalize(String text) {
        Objects.requireNonNull(text, "text");
        if (isAscii(text)) {
            return text;
        }
        String s = Normalizer.normalize(withoutInvisible(text), Normalizer.Form.NFKC);
        int n = s.length();
        int i = 0;
        while (i < n && !needsFix(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (c == '\u3000' || c == '\u00A0' || c == '\u202F') {
                b.append(' ');
            } else if (c >= SUPPLEMENT_FIRST && c <= SUPPLEMENT_LAST && SUPPLEMENT[c - SUPPLEMENT_FIRST] != 0) {
                b.appendCodePoint(SUPPLEMENT[c - SUPPLEMENT_FIRST]);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The text {@linkplain #normalize normalised} and without any whitespace (what
     * {@link Character#isWhitespace} or {@link Character#isSpaceChar} names): the form in which labels and
     * names are compared, since converters space words out ({@code 合 计}, {@code 收 入 支 出 决 算 总 表}).
     *
     * @param text any text, or null
     * @return the compact text; {@code ""} for null
     */
    public static String compact(String text) {
        if (text == null) {
            return "";
        }
        String n = normalize(text);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * {@link #compact} for matching titles and headers: also without quotes ({@code “三公”}, {@code "三公"}
     * and {@code 三公} all read {@code 三公}) and with {@code 〔〕【】} as {@code ()}.
     *
     * @param text any text, or null
     * @return the text to match; {@code ""} for null
     */
    public static String matchKey(String text) {
        String n = compact(text);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            switch (c) {
                case '"', '\'', '“', '”', '‘', '’', '「', '」', '『', '』' -> {
                }
                case '〔', '【' -> b.append('(');
                case '〕', '】' -> b.append(')');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The text without whitespace (ASCII whitespace and U+3000), otherwise as printed: no normalisation,
     * so full-width brackets in a name stay as they are.
     *
     * @param text any text, or null
     * @return the text without whitespace; {@code ""} for null
     */
    public static String withoutWhitespace(String text) {
        return text == null ? "" : WHITESPACE.matcher(text).replaceAll("");
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("[\\s\u3000]+");

    /** {@code text} without the characters {@link #isInvisible} names ({@code text} itself when it has none). */
    private static String withoutInvisible(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && !isInvisible(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder b = new StringBuilder(n).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (!isInvisible(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The equivalent unified ideograph of a CJK Radicals Supplement character according to the embedded
     * table, or -1 when it has none (or is outside U+2E80–U+2EFF).
     */
    public static int supplementEquivalent(int codePoint) {
        if (codePoint < SUPPLEMENT_FIRST || codePoint > SUPPLEMENT_LAST) {
            return -1;
        }
        int v = SUPPLEMENT[codePoint - SUPPLEMENT_FIRST];
        return v == 0 ? -1 : v;
    }

    /** The characters {@link #normalize} removes. */
    public static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                || c == '\u00AD';
    }

    private static boolean needsFix(char c) {
        return (c >= SUPPLEMENT_FIRST && c <= SUPPLEMENT_LAST) || isInvisible(c)
                || c == '\u3000' || c == '\u00A0' || c == '\u202F';
    }

    private static boolean isAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static int[] loadSupplement() {
        int[] table = new int[SUPPLEMENT_LAST - SUPPLEMENT_FIRST + 1];
        try (InputStream in = TextNormalizer.class.getResourceAsStream(SUPPLEMENT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SUPPLEMENT_RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                int hash = line.indexOf('#');
                String data = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (data.isEmpty()) {
                    continue;
                }
                int semi = data.indexOf(';');
                if (semi < 0) {
                    throw new IllegalStateException(SUPPLEMENT_RESOURCE + ":" + lineNo + ": no ';'");
                }
                String from = data.substring(0, semi).strip();
                int to = Integer.parseInt(data.substring(semi + 1).strip(), 16);
                int dots = from.indexOf("..");
                int first = Integer.parseInt(dots < 0 ? from : from.substring(0, dots), 16);
                int last = dots < 0 ? first : Integer.parseInt(from.substring(dots + 2), 16);
                if (first < SUPPLEMENT_FIRST || last > SUPPLEMENT_LAST || first > last) {
                    throw new IllegalStateException(SUPPLEMENT_RESOURCE + ":" + lineNo
                            + ": outside the CJK Radicals Supplement: " + from);
                }
                for (int cp = first; cp <= last; cp++) {
                    table[cp - SUPPLEMENT_FIRST] = to;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SUPPLEMENT_RESOURCE, e);
        }
        return table;
    }
}
