package io.github.suanzhang.reconcile.batch;

import java.util.List;
import java.util.Objects;

/**
 * A relation between two documents of a batch, with why it was made and how sure it is; or, when a document
 * could be related to several others and nothing tells which, the candidates (never a guess).
 *
 * @param kind       what the relation is
 * @param from       the file of the document the relation starts at (see {@link LinkKind})
 * @param to         the file of the other document; null for an ambiguous relation
 * @param confidence how sure the link is, 0 to 1 (the two recognitions' confidences and how the names matched)
 * @param evidence   what the link rests on, e.g. {@code 同一主体 普陀区/司法局（全称=简称）; 2025→2024年 预算(部门)}
 * @param candidates for an ambiguous relation, the files it could go to; empty otherwise
 */
public record Link(LinkKind kind, String from, String to, double confidence, String evidence, List<String> candidates) {
    public Link {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        candidates = List.copyOf(candidates == null ? List.of() : candidates);
    }

    public static Link of(LinkKind kind, String from, String to, double confidence, String evidence) {
        return new Link(kind, from, to, confidence, evidence, List.of());
    }

    public static Link ambiguous(LinkKind kind, String from, List<String> candidates, String evidence) {
        return new Link(kind, from, null, 0, evidence, candidates);
    }

    /** Whether this is a list of candidates rather than a link. */
    public boolean ambiguous() {
        return to == null;
    }
}
