package io.github.suanzhang.core.doc;

import io.github.suanzhang.core.number.Amount;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A discrepancy or remark found by a rule.
 *
 * @param rule     the rule's stable id, e.g. {@code narrative.amount}
 * @param severity how serious
 * @param message  a sentence a journalist can read, in Chinese, with the figures
 * @param figures  the figures compared, by role: e.g. {@code stated}, {@code table}, {@code computed},
 *                 {@code difference}; in insertion order
 * @param evidence every place involved, both sides
 * @param match    for a narrative finding, how the claim was matched to a table line (subject, code, table,
 *                 row, column, reason), or why it was not checkable; null for other rules
 */
public record Finding(String rule, Severity severity, String message, Map<String, Amount> figures,
                      List<Evidence> evidence, Match match) {
    /** Requires a rule, a severity and a message; missing figures and evidence are none; both are copied. */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures == null ? Map.of() : figures));
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
    }

    /** A finding without a {@link Match} (table and cross-table rules). */
    public Finding(String rule, Severity severity, String message, Map<String, Amount> figures,
                   List<Evidence> evidence) {
        this(rule, severity, message, figures, evidence, null);
    }

    /** This finding with {@code match} recorded. */
    public Finding withMatch(Match m) {
        return new Finding(rule, severity, message, figures, evidence, m);
    }
}
