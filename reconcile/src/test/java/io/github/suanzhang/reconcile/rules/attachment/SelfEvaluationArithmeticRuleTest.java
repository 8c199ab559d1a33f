package io.github.suanzhang.reconcile.rules.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.reconcile.rules.Seed;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelfEvaluationArithmeticRuleTest {
    private static List<Finding> run(Disclosure d) {
        return new SelfEvaluationArithmeticRule().check(d).toList();
    }

    @Test
    void positive() {
        Disclosure d = Fixture.disclosure().table(Fixture.table("t10", TableKind.PERFORMANCE_SELF_EVALUATION, "level1", "level2",
                        "indicator", "weight", "target", "actual", "score").title("某项目自评表")
                .row(null, "预算执行情况", "预算执行情况", "", "", "20", "100.00", "90.00", "18")
                .row(null, "执行率(B/A)", "预算执行情况", "", "执行率(B/A)", "", "", "95%", "")
                .row(null, "", "产出指标", "数量指标", "培训量", "10", "500人次", "400人次", "9")
                .row(null, "", "产出指标", "质量指标", "差错率", "10", "≤2%", "4%", "10")
                .row(null, "总分", "总分", "", "", "", "", "", "40分")
                .build()).build();
        List<Finding> fs = run(d);
        assertEquals(4, fs.size(), () -> fs.toString());
        assertEquals(Severity.ERROR, fs.get(0).severity());            // 执行率 95% vs 90/100
        assertTrue(fs.get(0).message().contains("95%") && fs.get(0).message().contains("90%"), fs.get(0).message());
        assertEquals(Severity.WARNING, fs.get(1).severity());          // 10 × 400/500 = 8, printed 9
        assertTrue(fs.get(1).message().contains("培训量") && fs.get(1).message().contains("8"), fs.get(1).message());
        assertEquals(Severity.WARNING, fs.get(2).severity());          // reverse: 10 × 2/4 = 5, printed 10
        assertEquals(Severity.ERROR, fs.get(3).severity());            // 18 + 9 + 10 = 37 ≠ 40
        assertTrue(fs.get(3).evidence().stream().allMatch(e -> "t10".equals(e.table())));
    }

    private static Fixture.TableBuilder withoutAWeight() {
        return Fixture.table("t10", TableKind.PERFORMANCE_SELF_EVALUATION, "level1", "level2",
                        "indicator", "weight", "target", "actual", "score").title("某项目自评表")
                .row(null, "预算执行情况", "预算执行情况", "", "", "20", "100.00", "100.00", "20")
                .row(null, "执行率(B/A)", "预算执行情况", "", "执行率(B/A)", "", "", "100%", "")
                .row(null, "", "产出指标", "数量指标", "培训量", "10", "500人次", "500人次", "10")
                // the OCR lost this indicator's (4分): its score still counts in the total
                .row(null, "", "产出指标", "数量指标", "社会保险』", "", "19,200人次", "19,012人次", "3.96");
    }

    @Test
    void an_indicator_whose_weight_was_lost_still_counts_in_the_total() {
        Disclosure ok = Fixture.disclosure().table(withoutAWeight().row(null, "总分", "总分", "", "", "", "", "", "33.96分")
                .build()).build();
        assertEquals(List.of(), run(ok));
        Disclosure off = Fixture.disclosure().table(withoutAWeight().row(null, "总分", "总分", "", "", "", "", "", "30分")
                .build()).build();
        List<Finding> fs = run(off);
        assertEquals(1, fs.size(), fs::toString);
        assertTrue(fs.get(0).message().contains("33.96"), fs.get(0).message());
    }

    @Test
    void the_total_is_not_checked_when_a_row_of_the_table_could_not_be_read() {
        Fixture.TableBuilder t = withoutAWeight().row(null, "总分", "总分", "", "", "", "", "", "99分");
        Disclosure unread = Fixture.disclosure().table(t.build())
                .problem(new Problem(ProblemKind.TABLE_NOT_UNDERSTOOD, "an indicator line could not be read", Place.onPage(1, null)))
                .build();
        assertEquals(List.of(), run(unread), "the rows read are not the whole table");
        Disclosure elsewhere = Fixture.disclosure().table(t.build())
                .problem(new Problem(ProblemKind.TABLE_NOT_UNDERSTOOD, "elsewhere", Place.onPage(7, null)))
                .build();
        assertEquals(1, run(elsewhere).size(), "a problem on another page does not stop the check");
        Disclosure unreadScore = Fixture.disclosure().table(withoutAWeight()
                .row(null, "", "效益指标", "社会效益指标", "覆盖率", "10", "98%", "99%", "十分")
                .row(null, "总分", "总分", "", "", "", "", "", "99分").build()).build();
        assertEquals(List.of(), run(unreadScore), "a score that is not a figure: the total cannot be checked");
    }

    @Test
    void negative() {
        Disclosure d = Fixture.disclosure().table(Seed.unitSelfEvaluation()).table(Seed.projectSelfEvaluation()).build();
        assertEquals(List.of(), run(d), "the seed's scores 99.36 and 99.2 reconcile");
    }
}
