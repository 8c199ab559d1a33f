package io.github.suanzhang.reconcile.rules.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlankPageRuleTest {
    private static Problem blank(int page) {
        return new Problem(ProblemKind.BLANK_PAGE, "第" + page + "页为空白页", Place.onPage(page, null));
    }

    @Test
    void blank_pages_are_one_warning_listing_them() {
        List<Finding> fs = new BlankPageRule().check(Fixture.disclosure().problem(blank(7)).problem(blank(12)).build()).toList();
        assertEquals(1, fs.size());
        assertEquals(Severity.WARNING, fs.get(0).severity());
        assertTrue(fs.get(0).message().startsWith("第7、12页为空白页"), fs.get(0).message());
        assertEquals(2, fs.get(0).evidence().size());
    }

    @Test
    void no_blank_page_other_problems_and_government_reports() {
        assertEquals(List.of(), new BlankPageRule().check(Fixture.disclosure().build()).toList());
        assertEquals(List.of(), new BlankPageRule().check(Fixture.disclosure()
                .problem(new Problem(ProblemKind.NO_TEXT_LAYER, "第3页没有文字层", Place.onPage(3, null))).build()).toList());
        assertEquals(List.of(), new BlankPageRule().check(Fixture.disclosure().scope(Scope.GOVERNMENT).problem(blank(7)).build()).toList());
    }
}
