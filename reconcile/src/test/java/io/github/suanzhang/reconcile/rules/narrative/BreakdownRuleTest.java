package io.github.suanzhang.reconcile.rules.narrative;

import static io.github.suanzhang.reconcile.rules.Claims.share;
import static io.github.suanzhang.testdata.Fixture.wan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.reconcile.rules.Seed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BreakdownRuleTest {
    private static List<Finding> run(Disclosure d) {
        return new BreakdownRule().check(d).toList();
    }

    /** A BREAKDOWN claim: head, then name/amount pairs (万元 as printed). */
    static Claim breakdown(String subject, String head, String... items) {
        Map<String, Amount> f = new LinkedHashMap<>();
        f.put("total", wan(head));
        StringBuilder text = new StringBuilder(subject + head + "万元,其中:");
        for (int i = 0; i + 1 < items.length; i += 2) {
            f.put(items[i], wan(items[i + 1]));
            text.append(items[i]).append(items[i + 1]).append("万元;");
        }
        return new Claim(ClaimKind.BREAKDOWN, text.toString(), subject, null, f, null, null, Map.of(), null);
    }

    @Test
    void 其中各项之和超过总数() {
        // invented: 本年支出合计500.00, 其中 基本支出 330.00 + 项目支出 200.00 = 530.00 > 500.00
        Disclosure d = Seed.tables()
                .statement("本年支出合计500.00万元,其中:基本支出330.00万元;项目支出200.00万元。",
                        breakdown("本年支出合计", "500.00", "基本支出", "330.00", "项目支出", "200.00"))
                .build();
        List<Finding> fs = run(d);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(Severity.ERROR, fs.get(0).severity());
        assertEquals(0, fs.get(0).figures().get("difference").value().compareTo(new java.math.BigDecimal("30")), fs.get(0).toString());
    }

    @Test
    void 占比以列表总数为基数() {
        // invented: 基本支出 300.00 of 500.00 is 60.00%, printed 66.00%
        Disclosure d = Seed.tables()
                .statement("本年支出合计500.00万元,其中:基本支出300.00万元,占66.00%;项目支出200.00万元,占40.00%。",
                        breakdown("本年支出合计", "500.00", "基本支出", "300.00", "项目支出", "200.00"),
                        share("基本支出", "300.00", "66.00", null, null),
                        share("项目支出", "200.00", "40.00", null, null))
                .build();
        List<Finding> fs = run(d);
        assertEquals(1, fs.size(), "one finding: the wrong share; the sum agrees: " + fs);
        assertTrue(fs.get(0).message().contains("66.00%"), fs.get(0).message());
    }

    @Test
    void negative() {
        Disclosure d = Seed.tables()
                // exhaustive and right, shares right
                .statement("本年支出合计500.00万元,其中:基本支出300.00万元,占60.00%;项目支出200.00万元,占40.00%。",
                        breakdown("本年支出合计", "500.00", "基本支出", "300.00", "项目支出", "200.00"),
                        share("基本支出", "300.00", "60.00", null, null),
                        share("项目支出", "200.00", "40.00", null, null))
                // partial list: falls short of the head, no finding
                .statement("一般公共预算财政拨款支出900.00万元,主要用于:办公费100.00万元、印刷费50.00万元。",
                        breakdown("一般公共预算财政拨款支出", "900.00", "办公费", "100.00", "印刷费", "50.00"))
                // rounding: 3 × 33.33 = 99.99 against 100.00 is fine, 33.34 ×3 = 100.02 within 3 half-units? no: still only rounding
                .statement("合计100.00万元,其中:甲33.33万元;乙33.33万元;丙33.34万元。",
                        breakdown("合计", "100.00", "甲", "33.33", "乙", "33.33", "丙", "33.34"))
                // head not just before the mark (inherited or another list's item): abstain
                .statement("服务预算400.00万元;其中一般公共预算拨款政府采购300.00万元:货物200.00万元、服务400.00万元。",
                        breakdown("服务预算", "400.00", "货物", "200.00", "服务", "400.00"))
                // a share with its own whole is narrative.share's
                .statement("项目支出200.00万元,其中:培训费150.00万元,占本年支出10.00%。",
                        breakdown("项目支出", "200.00", "培训费", "150.00"),
                        share("培训费", "150.00", "10.00", "本年支出", null))
                .build();
        assertEquals(List.of(), run(d));
    }
}
