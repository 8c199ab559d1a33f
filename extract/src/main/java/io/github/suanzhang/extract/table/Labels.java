package io.github.suanzhang.extract.table;

import io.github.suanzhang.core.text.TextNormalizer;

/** Normalisation of printed header and label text for matching: NFKC etc., then no whitespace, no quotes. */
final class Labels {
    private Labels() {
    }

    /** Normalised text without whitespace, quotes; 〔〕【】（） as ASCII brackets. */
    static String compact(String s) {
        if (s == null) {
            return "";
        }
        String n = TextNormalizer.normalize(s);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            switch (c) {
                case '"', '\'', '“', '”', '‘', '’', '「', '」', '『', '』' -> {
                }
                case '〔', '【' -> b.append('(');
                case '〕', '】' -> b.append(')');
                default -> {
                    if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** A row label as printed: normalised, wrapped lines joined, spaces removed. */
    static String label(String s) {
        if (s == null) {
            return "";
        }
        String n = TextNormalizer.normalize(s);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
