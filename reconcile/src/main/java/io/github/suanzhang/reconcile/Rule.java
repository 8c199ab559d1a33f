package io.github.suanzhang.reconcile;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import java.util.stream.Stream;

/**
 * One check. Implementations are {@code final}, stateless (constants only), annotated with
 * {@link RuleMeta}, registered in {@link Rules#all()}, and tested with a positive and a negative case.
 */
public interface Rule extends Described {
    /** The findings for {@code disclosure}; empty when everything this rule checks reconciles. */
    Stream<Finding> check(Disclosure disclosure);
}
