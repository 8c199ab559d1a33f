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
 */
public record Finding(String rule, Severity severity, String message, Map<String, Amount> figures,
                      List<Evidence> evidence) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures == null ? Map.of() : figures));
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
    }
}
