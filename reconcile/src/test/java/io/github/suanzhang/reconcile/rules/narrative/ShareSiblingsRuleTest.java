package io.github.suanzhang.reconcile.rules.narrative;

import static io.github.suanzhang.reconcile.rules.narrative.ChangeDirectionRuleTest.pct;
import static io.github.suanzhang.reconcile.rules.narrative.ChangeDirectionRuleTest.wan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.reconcile.rules.Claims;
import io.github.suanzhang.testdata.Fixture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Invented sentences (figures invented): a list of items, each with its amount and its share. */
class ShareSiblingsRuleTest {
    private static List<Finding> run(Disclosure d) {
        return new ShareSiblingsRule().check(d).toList();
    }

    private static Claim share(String subject, String amount, String percent, String of) {
        Map<String, String> attrs = new LinkedHashMap<>();
        if (of != null) {
            attrs.put("of", of);
        }
        return new Claim(ClaimKind.SHARE, subject + amount + "万元,占" + percent + "%", subject, null,
                Map.of("amount", wan(amount), "percent", pct(percent)), null, null, attrs, null);
    }

    /** 按支出用途分类,包括人员支出A万元,占x%;日常公用支出B万元,占y%;项目支出C万元,占z%。 one item a sentence. */
    private static Disclosure uses(String x, String y, String z) {
        return Fixture.disclosure().year(2026).type(DocumentType.BUDGET).scope(Scope.DEPARTMENT)
                .statement("2.按支出用途分类,包括人员支出600.00万元,占" + x + "%;", Claims.amount("人员支出", null, "600.00"),
                        share("人员支出", "600.00", x, null))
                .statement("日常公用支出150.00万元,占" + y + "%;", Claims.amount("日常公用支出", null, "150.00"), share("日常公用支出", "150.00", y, null))
                .statement("项目支出250.00万元,占" + z + "%。", Claims.amount("项目支出", null, "250.00"), share("项目支出", "250.00", z, null))
                .build();
    }

    @Test
    void 各项占比与金额之和相符() {
        assertEquals(List.of(), run(uses("60.0", "15.0", "25.0")));
    }

    @Test
    void 一项占比与其余不符() {
        // 150 / 1,000 = 15.0%, printed 17.0%; the other two agree with Σ = 1,000
        List<Finding> fs = run(uses("60.0", "17.0", "25.0"));
        assertEquals(1, fs.size());
        Finding f = fs.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("17.0", f.figures().get("stated").plain());
        assertEquals("1000", f.figures().get("base").plain());
        assertTrue(f.message().contains("日常公用支出"), f.message());
    }

    @Test
    void 两项以上不符或尾数调整() {
        assertEquals(List.of(), run(uses("50.0", "17.0", "25.0")), "two off: another whole or a partial list");
        List<Finding> plug = run(uses("60.0", "15.1", "25.0"));
        assertEquals(1, plug.size());
        assertEquals(Severity.WARNING, plug.get(0).severity(), "one unit of the last digit: a 尾数调整");
    }

    @Test
    void 两项之列只报警告() {
        Disclosure d = Fixture.disclosure().year(2026).type(DocumentType.BUDGET).scope(Scope.DEPARTMENT)
                .statement("基本支出预算7,000.00万元,占本年支出预算70.00%。", Claims.amount("基本支出", null, "7000.00"),
                        share("基本支出", "7000.00", "70.00", "本年支出预算"))
                .statement("(二)项目支出。")
                .statement("项目支出预算3,000.00万元,占本年支出预算32.00%。", Claims.amount("项目支出", null, "3000.00"),
                        share("项目支出", "3000.00", "32.00", "本年支出预算"))
                .build();
        List<Finding> fs = run(d);
        assertEquals(1, fs.size());
        assertEquals(Severity.WARNING, fs.get(0).severity());
    }

    @Test
    void 新的总数或别的基数开始另一列表() {
        // 人员支出 and 日常公用支出 of 基本支出 (a head between), 项目支出 of another list: no list of two with one off
        Disclosure d = Fixture.disclosure().year(2026).type(DocumentType.BUDGET).scope(Scope.DEPARTMENT)
                .statement("人员支出600.00万元,占60.0%;", Claims.amount("人员支出", null, "600.00"), share("人员支出", "600.00", "60.0", null))
                .statement("基本支出750.00万元,其中日常公用支出150.00万元,占20.0%;", Claims.amount("基本支出", null, "750.00"),
                        Claims.amount("日常公用支出", null, "150.00"), share("日常公用支出", "150.00", "20.0", null))
                .statement("项目支出250.00万元,占本年支出25.0%。", Claims.amount("项目支出", null, "250.00"),
                        share("项目支出", "250.00", "25.0", "本年支出"))
                .build();
        assertEquals(List.of(), run(d));
    }
    @Test
    void 分项占比已由分项规则报告则不重复() {
        // 本年支出合计500.00万元,其中:基本支出300.00万元,占66.00%;项目支出200.00万元,占40.00%。(300 / 500 = 60.00%)
        // narrative.breakdown reports the share against its head; one discrepancy, one finding
        String text = "本年支出合计500.00万元,其中:基本支出300.00万元,占66.00%;项目支出200.00万元,占40.00%。";
        Disclosure d = io.github.suanzhang.reconcile.rules.Seed.tables()
                .statement(text, BreakdownRuleTest.breakdown("本年支出合计", "500.00", "基本支出", "300.00", "项目支出", "200.00"),
                        Claims.share("基本支出", "300.00", "66.00", null, null), Claims.share("项目支出", "200.00", "40.00", null, null))
                .build();
        Disclosure listOnly = io.github.suanzhang.reconcile.rules.Seed.tables()
                .statement(text, Claims.share("基本支出", "300.00", "66.00", null, null), Claims.share("项目支出", "200.00", "40.00", null, null))
                .build();
        assertEquals(1, new ShareSiblingsRule().check(listOnly).count(), "the list alone: share-siblings reports it");
        List<Finding> byBreakdown = new BreakdownRule().check(d).toList();
        assertEquals(1, byBreakdown.size(), byBreakdown.toString());
        assertEquals(List.of(), run(d));
    }
}
