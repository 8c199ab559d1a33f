package io.github.suanzhang.extract.export;

import io.github.suanzhang.core.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleaning of export text: markup the converter left ({@code <u>…</u>}, {@code ^{2.}}, {@code **}),
 * then {@link TextNormalizer} (NFKC: full-width forms, superscript digits {@code ¹栏各行} → {@code 1栏各行},
 * {@code ²⁷行} → {@code 27行}), then whitespace. Stateless.
 */
final class Clean {

    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*[^<>]*>");
    private static final Pattern CARET = Pattern.compile("\\^\\{([^{}]*)}");
    private static final Pattern BOLD = Pattern.compile("\\*\\*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LIST_MARK = Pattern.compile("^(\\s*[-*•]\\s+)+");

    private Clean() {
    }

    /**
     * One cell's or one line's text without markup, normalised, whitespace runs collapsed and trimmed;
     * spaces inside numbers ({@code 1, 553. 51}) are kept for the number parser.
     */
    static String cell(String raw) {
        if (raw == null) {
            return "";
        }
        String s = TAG.matcher(raw).replaceAll("");
        s = CARET.matcher(s).replaceAll("$1");
        s = BOLD.matcher(s).replaceAll("");
        s = s.replace("\\geq", "≥").replace("\\leq", "≤");
        s = TextNormalizer.normalize(s);
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /**
     * Prose (narrative, notes, labels): {@link #cell} and then the spaces a converter puts between
     * Chinese characters and around punctuation removed: {@code 汉阳 社会保险} → {@code 汉阳社会保险},
     * {@code 27行= (1+2) 行} → {@code 27行=(1+2)行}, {@code 917. 66万元} → {@code 917.66万元}. A space
     * between two Latin letters or two digits is kept ({@code 5.95 105.97} stays two figures).
     */
    static String prose(String raw) {
        String s = cell(raw);
        if (s.indexOf(' ') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                char prev = b.length() == 0 ? ' ' : b.charAt(b.length() - 1);
                char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
                if (joins(prev) || joins(next)) {
                    continue;
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    /** {@link #prose} without leading markdown list markers ({@code - }, {@code * }). */
    static String paragraph(String raw) {
        return prose(LIST_MARK.matcher(raw == null ? "" : raw).replaceFirst(""));
    }

    /** Whether a space next to {@code c} is a converter's artefact. */
    private static boolean joins(char c) {
        if (Character.isLetterOrDigit(c) && c < 0x80) {
            return false;
        }
        return c != ' ';
    }

    /** The tab-separated cells of a line, each {@linkplain #cell cleaned}; trailing empty cells kept. */
    static List<String> cells(String line) {
        String[] parts = line.split("\t", -1);
        List<String> out = new ArrayList<>(parts.length);
        for (String p : parts) {
            out.add(cell(p));
        }
        return out;
    }

    /** The text without any whitespace (for matching words that a converter spaced out: 合 计). */
    static String compact(String s) {
        return SPACES.matcher(s == null ? "" : s).replaceAll("");
    }

    /** Whether the text holds a Han character. */
    static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.codePointAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }
}
