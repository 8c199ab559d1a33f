package io.github.suanzhang.extract.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a paragraph of narrative (already {@linkplain io.github.suanzhang.core.text.TextNormalizer
 * normalised}, so {@code ，；：（）} are ASCII) into sentences. Pure text: serves PDFs and text exports alike.
 *
 * <h2>Cleaning ({@link #clean})</h2>
 * <ol>
 *   <li>Markup of text exports goes: {@code **}, {@code <u>}, {@code </u>}, superscript markers
 *       {@code ^{…}}, list bullets ({@code - }) at the start of a line.</li>
 *   <li>Spacing inside numbers is joined when the pieces form a number: {@code 917. 66万元} → 917.66万元,
 *       {@code 95. 1%} → 95.1%, {@code 1, 553. 51} → 1,553.51. A dot is joined only when digits follow it and
 *       a unit ({@code 万元 元 亿元 千元 %}) follows those, and the digits before it are not an item number
 *       (start of a line or after {@code 。;:}); a comma only when exactly three digits follow it and then a
 *       decimal point, another comma or a unit.</li>
 *   <li>Line breaks and spaces go, except one space between two ASCII letters or digits: PDF line wraps
 *       ({@code 支出决\n算为}) and letter-spaced lines ({@code 北 京 市 财 政 局}) become plain text.</li>
 * </ol>
 *
 * <h2>Where a sentence ends</h2>
 * At {@code 。 ! ?}, at a period that ends a line, and at {@code ;} — except after a list introducer: once
 * the sentence holds a {@code :} ({@code 其中:}, {@code 主要用于以下方面:}) a {@code ;} separates list items
 * of the same sentence, so that a breakdown ({@code 其中:燃料费0.7万元;维修费0.89万元;…}) stays one
 * sentence. A numbered item at the start of a line ({@code 1.}, {@code 1、}, {@code (一)}, {@code (1)})
 * always starts a sentence. Decimal points are never sentence ends: {@code .} is an end only at a line end.
 * An end mark inside brackets is no end when the brackets close on a continuation ({@code (…5.45万元。)比上年减少…}).
 *
 * <p>Stateless; patterns are compiled once.
 */
public final class SentenceSplitter {

    private static final Pattern MARKUP = Pattern.compile("\\*\\*|</?u>|\\^\\{[^}]{0,12}\\}");
    private static final Pattern BULLET = Pattern.compile("(?m)^[ \\t]*[-•·][ \\t]+");
    /** An item number at the start of a line: 1. 1、 (一) （一） 一、 (1). */
    private static final Pattern ITEM_AT_LINE_START = Pattern.compile(
            "(?m)^[ \\t]*(?=(?:\\([一二三四五六七八九十]{1,3}\\)|[一二三四五六七八九十]{1,3}、|\\d{1,2}[.、](?!\\d)|\\(\\d{1,2}\\)))");
    private static final Pattern LINE_FINAL_PERIOD = Pattern.compile("(?m)(?<=[^\\d\\s])\\.[ \\t]*$");
    private static final Pattern SPACED_DOT = Pattern.compile("(\\d+)[ \\t]*\\.[ \\t\\n]+(\\d+)(?=[ \\t]*(?:万元|亿元|千元|元|%))");
    private static final Pattern SPACED_COMMA = Pattern.compile("(?<![\\d.])(\\d{1,3}(?:,\\d{3})*)[ \\t]*,[ \\t\\n]+(\\d{3})(?=[.,]|[ \\t]*(?:万元|亿元|千元|元|%))");
    /** A page number line of a PDF's text layer: {@code - 6 -}. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?m)^[ \\t]*-[ \\t]*\\d{1,3}[ \\t]*-[ \\t]*$");
    /** A heading line without figures or punctuation: {@code 二、收入预算情况说明}, {@code (一)政府采购预算说明}. */
    private static final Pattern HEADING_LINE = Pattern.compile(
            "(?m)^([ \\t]*(?:[一二三四五六七八九十]{1,3}、|\\([一二三四五六七八九十]{1,3}\\))(?![^\\n]*(?:元|%))[^,;:。!?\\n]{1,40})[ \\t]*$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Marks a forced sentence start inside the cleaned text; never in normalised input. */
    private static final char BREAK = '\u0001';

    private SentenceSplitter() {
    }

    /** The sentences of {@code paragraph}, cleaned (see the class comment), without empty ones. */
    public static List<String> split(String paragraph) {
        String s = clean(paragraph, true);
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean colon = false;
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == BREAK) {
                flush(cur, out);
                colon = false;
                depth = 0;
                continue;
            }
            cur.append(c);
            if (c == '(' || c == '“') {
                depth++;
            } else if ((c == ')' || c == '”') && depth > 0) {
                depth--;
            }
            if (c == ':') {
                colon = true;
            }
            boolean end = c == '。' || c == '!' || c == '?' || (c == ';' && !colon && depth == 0);
            if (end && depth > 0 && continuesAfterBracket(s, i + 1)) {
                end = false;   // (…比上年减少5.45万元。)比上年减少25.05万元: the aside closes, the sentence goes on
            }
            if (end) {
                // keep closing quotes and brackets with the sentence they close
                while (i + 1 < s.length() && (s.charAt(i + 1) == '”' || s.charAt(i + 1) == ')') && depth > 0) {
                    cur.append(s.charAt(++i));
                    depth--;
                }
                flush(cur, out);
                colon = false;
                depth = 0;
            }
        }
        flush(cur, out);
        return out;
    }

    /**
     * Whether the text after an end mark inside brackets, once they close, continues the sentence: a closing
     * bracket followed by a comparison ({@code 比 较 同比}) or a clause mark ({@code , ;}).
     */
    private static boolean continuesAfterBracket(String s, int j) {
        int k = j;
        while (k < s.length() && (s.charAt(k) == ')' || s.charAt(k) == '”')) {
            k++;
        }
        if (k == j || k >= s.length()) {
            return false;
        }
        char c = s.charAt(k);
        return c == '比' || c == '较' || c == ',' || c == ';' || s.startsWith("同比", k);
    }

    /** The paragraph cleaned as a sentence is (markup, spacing in numbers, line breaks and spaces). */
    public static String clean(String text) {
        return clean(text, false);
    }

    private static String clean(String text, boolean markBreaks) {
        String s = MARKUP.matcher(text).replaceAll("");
        s = s.replace('\r', '\n').replace('\f', '\n');
        s = PAGE_NUMBER.matcher(s).replaceAll("");
        s = BULLET.matcher(s).replaceAll("");
        s = LINE_FINAL_PERIOD.matcher(s).replaceAll("。");
        if (markBreaks) {
            s = HEADING_LINE.matcher(s).replaceAll("$1" + BREAK);
            s = ITEM_AT_LINE_START.matcher(s).replaceAll(String.valueOf(BREAK));
        }
        s = joinSpacedDots(s);
        String before;
        do {
            before = s;
            s = SPACED_COMMA.matcher(s).replaceAll("$1,$2");
        } while (!s.equals(before));
        return squeezeSpaces(s);
    }

    private static String joinSpacedDots(String s) {
        Matcher m = SPACED_DOT.matcher(s);
        StringBuilder b = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (isItemNumber(s, m.start(1))) {
                continue;
            }
            b.append(s, last, m.start()).append(m.group(1)).append('.').append(m.group(2));
            last = m.end();
        }
        return last == 0 ? s : b.append(s, last, s.length()).toString();
    }

    /** Whether the digits at {@code start} stand where an item number stands: line start or after 。;: */
    private static boolean isItemNumber(String s, int start) {
        int i = start - 1;
        while (i >= 0 && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char p = s.charAt(i);
        if (i > 0 && s.charAt(i - 1) == ',' && Character.isDigit(p)) {
            return false;
        }
        return p == '\n' || p == '。' || p == ';' || p == ':' || p == BREAK || p == '-';
    }

    private static String squeezeSpaces(String s) {
        Matcher m = WHITESPACE.matcher(s);
        StringBuilder b = new StringBuilder(s.length());
        int last = 0;
        while (m.find()) {
            b.append(s, last, m.start());
            char before = m.start() > 0 ? s.charAt(m.start() - 1) : ' ';
            char after = m.end() < s.length() ? s.charAt(m.end()) : ' ';
            if (isAsciiAlnum(before) && isAsciiAlnum(after)) {
                b.append(' ');
            }
            last = m.end();
        }
        return b.append(s, last, s.length()).toString();
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static void flush(StringBuilder cur, List<String> out) {
        String t = cur.toString().strip();
        if (!t.isEmpty() && !t.equals("。")) {
            out.add(t);
        }
        cur.setLength(0);
    }
}
