package io.github.suanzhang.reconcile.batch;

import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.reconcile.Described;
import io.github.suanzhang.reconcile.RuleMeta;
import java.util.List;
import java.util.stream.Stream;

/**
 * One check across documents. Implementations are {@code final}, stateless, annotated with {@link RuleMeta},
 * registered in {@link BatchRules#all()}, tested with a positive and a negative case, and documented in
 * {@code docs/rules/<id>.md}. A rule sees indexes only ({@link DocumentIndex}), never whole disclosures.
 */
public interface BatchRule extends Described {
    /** The links this rule checks. */
    LinkKind kind();

    /**
     * The findings of the document {@code from} against the documents linked to it by {@link #kind()} (all of
     * them at once: a department with all its units); each finding cites places in both documents.
     */
    Stream<Finding> check(DocumentIndex from, List<Linked> linked);

    /** A document linked to {@code from}, with the link. */
    record Linked(Link link, DocumentIndex index) {
    }
}
