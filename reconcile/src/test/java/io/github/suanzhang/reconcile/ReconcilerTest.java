package io.github.suanzhang.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

    @RuleMeta(id = "test.throws", severity = Severity.ERROR, summary = "always throws")
    static final class Throwing implements Rule {
        @Override
        public Stream<Finding> check(Disclosure d) {
            throw new IllegalStateException("boom");
        }
    }

    @RuleMeta(id = "test.two", severity = Severity.ERROR, summary = "reports an INFO on page 5 and an ERROR on page 9")
    static final class Two implements Rule {
        @Override
        public Stream<Finding> check(Disclosure d) {
            return Stream.of(
                    new Finding("test.two", Severity.INFO, "i", Map.of(), List.of(Evidence.at(Place.onPage(5, null), "x"))),
                    new Finding("test.two", Severity.ERROR, "e", Map.of(), List.of(Evidence.at(Place.onPage(9, null), "y"))));
        }
    }

    @Test
    void a_rule_that_throws_becomes_a_problem_and_the_others_still_run() {
        Audit a = new Reconciler(List.of(new Throwing(), new Two())).audit(Fixture.disclosure().build());
        assertEquals(2, a.findings().size());
        assertEquals(1, a.disclosure().problems().size());
        assertEquals(ProblemKind.RULE_FAILED, a.disclosure().problems().get(0).kind());
        assertTrue(a.disclosure().problems().get(0).message().contains("test.throws"));
    }

    @Test
    void findings_are_ordered_most_serious_first() {
        Audit a = new Reconciler(List.of(new Two())).audit(Fixture.disclosure().build());
        assertEquals(List.of(Severity.ERROR, Severity.INFO), a.findings().stream().map(Finding::severity).toList());
        assertEquals(1, a.count(Severity.ERROR));
    }
}
