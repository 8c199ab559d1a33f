package io.github.suanzhang.core.doc;

import java.util.List;
import java.util.Objects;

/**
 * A disclosure with the findings of an audit: the unit that JSON output holds for one input.
 */
public record Audit(Disclosure disclosure, List<Finding> findings) {
    /** Requires the disclosure; keeps an unmodifiable copy of the findings (none for null). */
    public Audit {
        Objects.requireNonNull(disclosure, "disclosure");
        findings = List.copyOf(findings == null ? List.of() : findings);
    }

    /** How many findings have this severity. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
