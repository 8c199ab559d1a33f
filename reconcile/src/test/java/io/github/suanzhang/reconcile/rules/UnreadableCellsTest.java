package io.github.suanzhang.reconcile.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.reconcile.rules.table.PrintedFormulaRule;
import io.github.suanzhang.reconcile.rules.table.SubjectHierarchyRule;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A cell the reader could not read ({@link io.github.suanzhang.core.table.Cell#unreadable}) is unknown to
 * every table check, never a blank 0: the seed's line {@code 22102 | 02 住房改革支出 | | 161. 21} lost one
 * figure, and which column the remaining one stands in cannot be known.
 */
class UnreadableCellsTest {

    /** 收入决算表 with 1栏=(2)栏 and the 221 block; {@code c22102} are the 22102 line's two cells. */
    private static Table income(String total22102, String fiscal22102) {
        return Fixture.table("t02", TableKind.FINAL_INCOME, "code", "name", "total", "fiscal_allocation")
                .title("收入决算表").note("1栏各行=(2)栏各行。")
                .row("221", "住房保障支出", "221", "住房保障支出", "161.21", "161.21")
                .row("22102", "住房改革支出", "22102", "住房改革支出", total22102, fiscal22102)
                .row("2210201", "住房公积金", "2210201", "住房公积金", "106.73", "106.73")
                .row("2210202", "提租补贴", "2210202", "提租补贴", "18.29", "18.29")
                .row("2210203", "购房补贴", "2210203", "购房补贴", "36.19", "36.19")
                .build();
    }

    private static List<Finding> run(Table t) {
        Disclosure d = Fixture.disclosure().table(t).build();
        return Stream.concat(new SubjectHierarchyRule().check(d), new PrintedFormulaRule().check(d)).toList();
    }

    @Test
    void an_unreadable_cell_is_unknown_not_zero() {
        Table t = income("?", "?161. 21");
        assertTrue(Figures.figure(t, 1, 2).isEmpty(), "empty text, but unread: unknown");
        assertTrue(Figures.figure(t, 1, 3).isEmpty(), "a figure's text, but not asserted: unknown");
        assertFalse(Figures.isBlank(t.rows().get(1).cell(2)));
        assertEquals(List.of(), run(t), "no sum can be checked against a line whose figures are unknown");
    }

    @Test
    void the_same_line_printed_blank_is_zero_and_the_checks_fire() {
        List<Finding> fs = run(income("", "161.21"));
        assertEquals(3, fs.size(), fs.toString());
        assertTrue(fs.stream().anyMatch(f -> f.rule().equals("table.formula")));
        assertEquals(2, fs.stream().filter(f -> f.rule().equals("table.hierarchy")).count(), "221 = Σ款, 22102 = Σ项");
    }

    @Test
    void an_unreadable_part_leaves_its_parents_sum_unchecked_but_not_the_other_columns() {
        List<Finding> fs = run(income("161.21", "?161. 21"));
        assertEquals(List.of(), fs);
        fs = run(income("161.21", "?"));
        assertEquals(List.of(), fs);
    }
}
