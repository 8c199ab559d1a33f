package io.github.suanzhang.reconcile;

import io.github.suanzhang.core.doc.Severity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a rule is: its stable id, the most serious severity it reports, and one line saying what it
 * checks. Every {@link Rule} class carries it (checked by {@code RulesTest}); its documentation is
 * {@code docs/rules/<id>.md}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleMeta {
    /** Stable id, lower case with dots and dashes: {@code table.formula}, {@code narrative.amount}. */
    String id();

    /** The most serious severity the rule reports. */
    Severity severity();

    /** One line: what is checked (Chinese or English). */
    String summary();
}
