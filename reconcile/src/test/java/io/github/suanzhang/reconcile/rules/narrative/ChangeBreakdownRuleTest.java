package io.github.suanzhang.reconcile.rules.narrative;

import static io.github.suanzhang.reconcile.rules.narrative.ChangeDirectionRuleTest.change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Direction;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented sentences (figures invented): a change and the changes of its parts. */
class ChangeBreakdownRuleTest {
    private static List<Finding> run(Disclosure d) {
        return new ChangeBreakdownRule().check(d).toList();
    }

    private static Fixture.DisclosureBuilder budget() {
        return Fixture.disclosure().year(2026).type(DocumentType.BUDGET).scope(Scope.DEPARTMENT);
    }

    private static Disclosure sentence(Direction head, Direction first, Direction second, String a, String b, String total) {
        String text = "支出比2025年增加" + total + "万元,主要是基本支出增加" + a + "万元,项目支出减少" + b + "万元。";
        return budget().statement(text,
                change("支出比2025年增加" + total + "万元", "支出", head, null, total, null),
                change("主要是基本支出增加" + a + "万元", "基本支出", first, null, a, null),
                change("项目支出减少" + b + "万元", "项目支出", second, null, b, null)).build();
    }

    @Test
    void 一个方向词读反才相符() {
        // 300.00 + 150.50 = 450.50: the 减少 of 项目支出 contradicts the figures
        List<Finding> fs = run(sentence(Direction.UP, Direction.UP, Direction.DOWN, "300.00", "150.50", "450.50"));
        assertEquals(1, fs.size());
        assertEquals(Severity.WARNING, fs.get(0).severity());
        assertTrue(fs.get(0).message().contains("项目支出减少150.50万元"), fs.get(0).message());
        assertEquals("150.50", fs.get(0).figures().get("word").plain());
    }

    @Test
    void 相符或分项不全不判() {
        assertEquals(List.of(), run(sentence(Direction.UP, Direction.UP, Direction.DOWN, "300.00", "150.50", "149.50")), "300 − 150.5 = 149.5");
        assertEquals(List.of(), run(sentence(Direction.UP, Direction.UP, Direction.UP, "300.00", "150.50", "450.50")), "adds up");
        assertEquals(List.of(), run(sentence(Direction.UP, Direction.UP, Direction.UP, "300.00", "150.50", "900.00")), "partial: 主要是");
        // 100 + 100 + 50 ≠ 50, and either 100 read as 减少 would add up: not said which
        Disclosure twoWays = budget().statement("支出比2025年增加50.00万元,其中:基本支出增加100.00万元,项目支出增加100.00万元,其他增加50.00万元。",
                change("支出比2025年增加50.00万元", "支出", Direction.UP, null, "50.00", null),
                change("基本支出增加100.00万元", "基本支出", Direction.UP, null, "100.00", null),
                change("项目支出增加100.00万元", "项目支出", Direction.UP, null, "100.00", null),
                change("其他增加50.00万元", "其他", Direction.UP, null, "50.00", null)).build();
        assertEquals(List.of(), run(twoWays), "two words could be the wrong one: not said which");
    }

    @Test
    void 没有其中不判() {
        Disclosure d = budget().statement("支出比2025年增加450.50万元;基本支出增加300.00万元;项目支出减少150.50万元。",
                change("支出比2025年增加450.50万元", "支出", Direction.UP, null, "450.50", null),
                change("基本支出增加300.00万元", "基本支出", Direction.UP, null, "300.00", null),
                change("项目支出减少150.50万元", "项目支出", Direction.DOWN, null, "150.50", null)).build();
        assertEquals(List.of(), run(d));
    }
}
