/**
 * What the rules share, and the rules by what they compare (one rule per class, in the sub-packages {@code table},
 * {@code cross}, {@code narrative}, {@code attachment}, {@code structure} and {@code text}; the catalogue is
 * {@link io.github.suanzhang.reconcile.Rules#all()}). The helpers here: {@link io.github.suanzhang.reconcile.rules.Figures}
 * (cells as figures, blanks as exact zeros), {@link io.github.suanzhang.reconcile.rules.FigureChecks} (sum and
 * same-fact checks and their findings), {@link io.github.suanzhang.reconcile.rules.Wording} (names of tables, rows,
 * columns and figures in messages), {@link io.github.suanzhang.reconcile.rules.Hierarchy} and
 * {@link io.github.suanzhang.reconcile.rules.Applicability}.
 *
 * <p><b>Internal.</b> The helpers are public for the rule packages, not as an API: they may change without notice.
 * The API of this module is {@link io.github.suanzhang.reconcile.Reconciler}, {@link io.github.suanzhang.reconcile.Rule},
 * {@link io.github.suanzhang.reconcile.RuleMeta} and {@link io.github.suanzhang.reconcile.Rules}; each rule class is
 * public so that the catalogue can list it.
 */
package io.github.suanzhang.reconcile.rules;
