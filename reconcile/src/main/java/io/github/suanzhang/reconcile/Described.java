package io.github.suanzhang.reconcile;

/**
 * A check described by its {@link RuleMeta} annotation: the rules inside one document ({@link Rule}) and across
 * documents ({@code reconcile.batch.BatchRule}) alike.
 */
public interface Described {
    /** This rule's metadata. */
    default RuleMeta meta() {
        RuleMeta m = getClass().getAnnotation(RuleMeta.class);
        if (m == null) {
            throw new IllegalStateException(getClass().getName() + " has no @RuleMeta");
        }
        return m;
    }

    /** The id of its {@link RuleMeta} ({@code table.formula}). */
    default String id() {
        return meta().id();
    }
}
