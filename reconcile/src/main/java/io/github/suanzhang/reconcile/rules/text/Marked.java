package io.github.suanzhang.reconcile.rules.text;

import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.doc.Statement;
import java.util.List;
import java.util.Map;

/**
 * A sentence with its fault marked, for the text and structure rules' messages: the faulty part between
 * {@value #OPEN} and {@value #CLOSE}, the sentence cut to about 40 characters either side.
 */
final class Marked {
    public static final String OPEN = "〖";
    public static final String CLOSE = "〗";
    private static final int CONTEXT = 40;

    private Marked() {
    }

    /** {@code text} with {@code [from, to)} marked; an empty span marks the place after {@code from}. */
    public static String mark(String text, int from, int to) {
        int a = Math.max(0, from - CONTEXT);
        int b = Math.min(text.length(), to + CONTEXT);
        return (a > 0 ? "…" : "") + text.substring(a, from) + OPEN + text.substring(from, to) + CLOSE
                + text.substring(to, b) + (b < text.length() ? "…" : "");
    }

    /** A finding about one sentence: the message, then the sentence with the fault marked; the evidence is the sentence. */
    public static Finding finding(String rule, Severity severity, String what, Statement s, int from, int to) {
        String msg = s.place().describe() + what + "：“" + mark(s.text(), from, to) + "”";
        return new Finding(rule, severity, msg, Map.of(), List.of(Evidence.at(s.place(), s.text())));
    }
}
