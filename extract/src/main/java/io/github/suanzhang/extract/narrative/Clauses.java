package io.github.suanzhang.extract.narrative;

import static io.github.suanzhang.extract.narrative.ClaimPatterns.EXPLANATION;
import static io.github.suanzhang.extract.narrative.ClaimPatterns.INTRODUCER;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The clause structure of a sentence: clause ends ({@code , ; : 。 ! ?} outside figures and brackets),
 * segment ends ({@code ; 。 ! ?} and the {@code 其中} introducer), asides (a bracket with clauses and figures
 * of its own) and the stretches that state a reason. Immutable.
 */
final class Clauses {
    private final String s;
    private final boolean[] boundary;      // clause ends: , ; : 。 ! ? outside figures
    private final boolean[] segmentEnd;    // ; 。 ! ? and introducers
    private final boolean[] explanation;   // inside a stated reason
    private final List<int[]> asides;      // (open, close) of brackets with figures inside

    private Clauses(String s, boolean[] boundary, boolean[] segmentEnd, boolean[] explanation, List<int[]> asides) {
        this.s = s;
        this.boundary = boundary;
        this.segmentEnd = segmentEnd;
        this.explanation = explanation;
        this.asides = asides;
    }

    /** The clauses of {@code s}, whose figures are {@code figures} (only their spans are used). */
    static Clauses of(String s, List<Figure> figures) {
        boolean[] boundary = new boolean[s.length() + 1];
        boolean[] segmentEnd = new boolean[s.length() + 1];
        boolean[] explanation = new boolean[s.length() + 1];
        List<int[]> asides = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            if (inFigure(figures, i)) {
                continue;
            }
            char c = s.charAt(i);
            if (c == '(' && depth == 0) {
                int close = closingBracket(s, i);
                if (figureBetween(figures, i, close) && clauseMarkBetween(s, figures, i, close)) {
                    // an aside with clauses and figures of its own: (公务用车购置费0万元,比上年减少19.6万元;…。)
                    // reads as clauses; a qualifier such as (7个街道) or (上年仅安排140.2万元) does not
                    boundary[i] = true;
                    segmentEnd[i] = true;
                    asides.add(new int[] {i, close});
                    if (close < s.length()) {
                        boundary[close] = true;
                        segmentEnd[close] = true;
                    }
                    continue;
                }
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
            if (depth > 0) {
                continue;
            }
            if (c == ',' || c == ';' || c == ':' || c == '。' || c == '!' || c == '?') {
                boundary[i] = true;
            }
            if (c == ';' || c == '。' || c == '!' || c == '?') {
                segmentEnd[i] = true;
            }
        }
        Matcher m = INTRODUCER.matcher(s);
        while (m.find()) {
            if (m.group().startsWith("其中")) {
                segmentEnd[m.end() - 1] = true;
                boundary[m.end() - 1] = true;
            }
        }
        Matcher e = EXPLANATION.matcher(s);
        while (e.find()) {
            if (e.group().equals("主要用于")) {
                continue;   // what the money is for, not why it changed
            }
            for (int i = e.end(); i < s.length() && !segmentEnd[i]; i++) {
                explanation[i] = true;
            }
        }
        return new Clauses(s, boundary, segmentEnd, explanation, List.copyOf(asides));
    }

    static boolean inFigure(List<Figure> figures, int i) {
        for (Figure f : figures) {
            if (i >= f.start() && i < f.end()) {
                return true;
            }
        }
        return false;
    }

    /** The index of the {@code )} closing the {@code (} at {@code open}, or the sentence's length. */
    private static int closingBracket(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '(') {
                depth++;
            } else if (s.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        return s.length();
    }

    private static boolean figureBetween(List<Figure> figures, int from, int to) {
        return figures.stream().anyMatch(f -> f.start() > from && f.end() <= to);
    }

    /** Whether s(from, to) holds a clause mark ({@code , ; 。 :}) outside figures. */
    private static boolean clauseMarkBetween(String s, List<Figure> figures, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            char c = s.charAt(i);
            if ((c == ',' || c == ';' || c == '。' || c == ':') && !inFigure(figures, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a segment ends at {@code i}. */
    boolean isSegmentEnd(int i) {
        return segmentEnd[i];
    }

    /** Whether {@code i} lies inside a stated reason ({@code 主要原因是…}). */
    boolean inExplanation(int i) {
        return explanation[i];
    }

    /** The aside around {@code pos}, or null. */
    int[] asideOf(int pos) {
        for (int[] a : asides) {
            if (a[0] < pos && pos < a[1]) {
                return a;
            }
        }
        return null;
    }

    /** The {@code (} of the aside that closes just before {@code pos}, or -1. */
    int asideOpenBefore(int pos) {
        for (int[] a : asides) {
            if (a[1] < s.length() && a[1] == pos - 1) {
                return a[0];
            }
        }
        return -1;
    }

    int clauseStart(int pos) {
        int i = pos - 1;
        while (i >= 0 && !boundary[i]) {
            i--;
        }
        return i + 1;
    }

    int clauseEnd(int pos) {
        int i = pos;
        while (i < s.length() && !boundary[i]) {
            i++;
        }
        return i;
    }

    int segmentStart(int pos) {
        int i = pos - 1;
        while (i >= 0 && !segmentEnd[i]) {
            i--;
        }
        return i + 1;
    }

    int clauseIndex(int pos) {
        int n = 0;
        for (int i = 0; i < pos; i++) {
            if (boundary[i]) {
                n++;
            }
        }
        return n;
    }

    int segmentIndex(int pos) {
        int n = 0;
        for (int i = 0; i < pos; i++) {
            if (segmentEnd[i]) {
                n++;
            }
        }
        return n;
    }
}
