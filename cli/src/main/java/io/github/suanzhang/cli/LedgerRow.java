package io.github.suanzhang.cli;

import java.util.List;

/**
 * One drawn finding in a judging ledger, with the judge's columns ({@code verdict}, {@code cause}, {@code note})
 * empty until filled in.
 *
 * @param sample   1-based draw order
 * @param id       the finding's id (the {@code id} column of findings.csv when it has one, else a key computed
 *                 from document, rule, page and figures: {@link FindingPool#key})
 * @param corpus   the audit folder the finding came from (its name, e.g. {@code fresh})
 * @param document the document name as in findings.csv
 * @param file     the source file (from summary.csv), or empty when unknown
 * @param rule     rule id
 * @param severity ERROR or WARNING (or INFO when asked for)
 * @param message  the finding's sentence
 * @param figures  the figures as in findings.csv
 * @param pages    the pages cited ({@code 6;7}), or {@code L12;L40} for the lines of a text export
 * @param images   paths of the rendered pages, one per cited page, {@code ;}-separated
 * @param evidence the evidence texts, as in findings.csv
 * @param verdict  {@code true}, {@code false}, {@code unclear}, or empty (not judged yet)
 * @param cause    for a false finding: why it is false (short, from a small vocabulary)
 * @param note     anything else: the page's figures, the recomputed sum
 */
record LedgerRow(int sample, String id, String corpus, String document, String file, String rule, String severity,
                 String message, String figures, String pages, String images, String evidence, String verdict,
                 String cause, String note) {
    static final List<String> HEADER = List.of("sample", "id", "corpus", "document", "file", "rule", "severity",
            "message", "figures", "pages", "images", "evidence", "verdict", "cause", "note");

    LedgerRow {
        id = nz(id);
        corpus = nz(corpus);
        document = nz(document);
        file = nz(file);
        rule = nz(rule);
        severity = nz(severity);
        message = nz(message);
        figures = nz(figures);
        pages = nz(pages);
        images = nz(images);
        evidence = nz(evidence);
        verdict = nz(verdict).trim().toLowerCase(java.util.Locale.ROOT);
        cause = nz(cause);
        note = nz(note);
    }

    List<String> values() {
        return List.of(Integer.toString(sample), id, corpus, document, file, rule, severity, message, figures, pages,
                images, evidence, verdict, cause, note);
    }

    /** The judge's verdict, or null when none (empty) was written. */
    Verdict judged() {
        return Verdict.parse(verdict);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** What a judge decided about a finding. */
    enum Verdict {
        TRUE, FALSE, UNCLEAR;

        /** {@code true}/{@code false}/{@code unclear} (any case); null for empty; anything else is refused. */
        static Verdict parse(String s) {
            String v = s == null ? "" : s.trim().toLowerCase(java.util.Locale.ROOT);
            return switch (v) {
                case "" -> null;
                case "true", "t", "yes", "y" -> TRUE;
                case "false", "f", "no", "n" -> FALSE;
                case "unclear", "?", "u" -> UNCLEAR;
                default -> throw new IllegalArgumentException("verdict must be true, false or unclear: " + s);
            };
        }
    }
}
