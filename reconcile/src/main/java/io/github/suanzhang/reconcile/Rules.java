package io.github.suanzhang.reconcile;

import java.util.List;

/** The rule catalogue. A new rule is added here (and {@code RulesTest} fails until it is). */
public final class Rules {
    private Rules() {
    }

    public static List<Rule> all() {
        return List.of();
    }
}
