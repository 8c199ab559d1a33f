package io.github.suanzhang.core.doc;

import java.util.List;
import java.util.Objects;

/**
 * A disclosure with the findings of an audit: the unit that JSON output holds for one input.
 *
 * @param cells which figures of the standard tables the rules compared; null when no rule ran (not read, not a
 *              disclosure, {@code extract})
 */
public record Audit(Disclosure disclosure, List<Finding> findings, CellCoverage cells) {
    /** Requires the disclosure; keeps an unmodifiable copy of the findings (none for null). */
    public Audit {
        Objects.requireNonNull(disclosure, "disclosure");
        findings = List.copyOf(findings == null ? List.of() : findings);
    }

    /** An audit without cell coverage. */
    public Audit(Disclosure disclosure, List<Finding> findings) {
        this(disclosure, findings, null);
    }

    /** This audit with other findings, the same coverage. */
    public Audit withFindings(List<Finding> other) {
        return new Audit(disclosure, other, cells);
    }

    /** How many findings have this severity. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
