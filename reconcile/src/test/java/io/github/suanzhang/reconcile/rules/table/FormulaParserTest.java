package io.github.suanzhang.reconcile.rules.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.interval.Term;
import io.github.suanzhang.reconcile.rules.table.FormulaParser.Axis;
import io.github.suanzhang.reconcile.rules.table.FormulaParser.Formula;
import io.github.suanzhang.reconcile.rules.table.FormulaParser.Ref;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FormulaParserTest {

    private static List<Integer> numbers(Formula f) {
        return f.terms().stream().map(Ref::number).toList();
    }

    @Test
    void line_formulas_with_spaces_as_the_seed_prints_them() {
        List<Formula> fs = FormulaParser.parse("27行= (1+2+3+4+5+6+7+8) 行; 31行= (27+28+29) 行;");
        assertEquals(2, fs.size());
        assertEquals(Axis.LINE, fs.get(0).axis());
        assertEquals(27, fs.get(0).target());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), numbers(fs.get(0)));
        assertEquals(31, fs.get(1).target());
        assertEquals(List.of(27, 28, 29), numbers(fs.get(1)));
    }

    @Test
    void a_range_with_an_ellipsis_is_expanded() {
        List<Formula> fs = FormulaParser.parse("58行= (32+33+…+57) 行; 62行= (58+59+60) 行。");
        assertEquals(2, fs.size());
        assertEquals(IntStream.rangeClosed(32, 57).boxed().toList(), numbers(fs.get(0)));
        assertEquals(List.of(33, 34, 35), numbers(FormulaParser.parse("59行=(33+...+35)行").get(0)));
        assertEquals(List.of(33, 34, 35), numbers(FormulaParser.parse("59行=(33+⋯+35)行").get(0)));
    }

    @Test
    void column_formulas_each_line_and_superscript_digits_from_ocr() {
        Formula f = FormulaParser.parse("¹栏各行= (2+3+4+5+6+7) 栏各行。").get(0);
        assertEquals(Axis.COLUMN, f.axis());
        assertEquals(1, f.target());
        assertEquals(List.of(2, 3, 4, 5, 6, 7), numbers(f));
        Formula g = FormulaParser.parse("²⁷行= (1+2+3) 行").get(0);
        assertEquals(27, g.target());
    }

    @Test
    void a_minus_term() {
        Formula f = FormulaParser.parse("6栏各行=(1+2-3)栏各行; 3栏各行=(4+5)栏各行。").get(0);
        assertEquals(6, f.target());
        assertEquals(List.of(new Ref(Term.Sign.PLUS, 1), new Ref(Term.Sign.PLUS, 2), new Ref(Term.Sign.MINUS, 3)), f.terms());
        assertEquals(Term.Sign.MINUS, FormulaParser.parse("6栏＝（1＋2－3）栏").get(0).terms().get(2).sign());
    }

    @Test
    void the_three_public_notes_and_units_on_each_term() {
        List<Formula> fs = FormulaParser.parse("1栏= (2+3+6) 栏; 3栏= (4+5) 栏; 7栏= (8+9+12) 栏; 9栏= (10+11) 栏。");
        assertEquals(List.of(1, 3, 7, 9), fs.stream().map(Formula::target).toList());
        assertEquals(List.of(8, 9, 12), numbers(fs.get(2)));
        assertEquals(List.of(4, 5), numbers(FormulaParser.parse("3栏=4栏+5栏").get(0)));
    }

    @Test
    void text_that_is_not_a_formula() {
        assertTrue(FormulaParser.parse("注: 1. 本表反映部门本年度的总收支和年末结转结余情况。").isEmpty());
        assertTrue(FormulaParser.parse("^{2.} 本套报表金额单位转换时可能存在尾数误差。").isEmpty());
        assertTrue(FormulaParser.parse("3栏=(4+5)行").isEmpty(), "axes mixed");
        assertTrue(FormulaParser.parse("3栏=(3+5)栏").isEmpty(), "target among its own terms");
        assertTrue(FormulaParser.parse("1行=(2+…+2024)行").isEmpty(), "range too long");
        assertTrue(FormulaParser.parse("1行=(5+…+2)行").isEmpty(), "range backwards");
        assertTrue(FormulaParser.parse(null).isEmpty());
    }
}
