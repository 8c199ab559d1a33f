package io.github.suanzhang.extract.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A list item led by a class name and a colon has its own subject (issue 13, point 2). */
class LeadClassTest {
    private static List<Claim> amounts(String... sentences) {
        List<Statement> st = NarrativeReader.read(List.of(String.join("", sentences)), 0, "五、财政拨款支出预算情况说明");
        return st.stream().flatMap(s -> s.claims().stream()).filter(c -> c.kind() == ClaimKind.AMOUNT).toList();
    }

    private static Claim amountOf(List<Claim> cs, String plain) {
        return cs.stream().filter(c -> c.figure("amount").plain().equals(plain)).findFirst().orElseThrow();
    }

    @Test
    void 列表项以项名开头_金额属该项而非上文的合计() {
        List<Claim> cs = amounts("甲改革支出(款):2026年预算支出合计300.00万元。",
                "1.乙公积金(项):支出100.00万元。", "2.丙补贴(项):支出200.00万元。");
        Claim first = amountOf(cs, "100.00");
        assertEquals("乙公积金", first.subject());
        assertEquals("乙公积金", first.attributes().get("项"));
        assertEquals("丙补贴", amountOf(cs, "200.00").subject());
    }

    @Test
    void 款名开头的合计是该款的合计() {
        Claim c = amountOf(amounts("甲改革支出(款):2026年预算支出合计300.00万元。"), "300.00");
        assertEquals("甲改革支出", c.subject());
        assertEquals("甲改革支出", c.attributes().get("款"));
    }

    @Test
    void 自有名称的金额不受项名影响() {
        // the amount names its own subject (差旅费): the lead does not replace it
        Claim c = amountOf(amounts("1.乙公积金(项):其中差旅费20.00万元。"), "20.00");
        assertEquals("差旅费", c.subject());
        // no colon after the class name: not a lead
        List<Claim> cs = amounts("甲合计300.00万元,其中:", "乙公积金(项)支出100.00万元。");
        assertEquals("乙公积金", amountOf(cs, "100.00").attributes().get("项"));
    }
}
