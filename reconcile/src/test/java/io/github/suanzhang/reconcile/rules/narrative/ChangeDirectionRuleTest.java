package io.github.suanzhang.reconcile.rules.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Direction;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.testdata.Fixture;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Invented sentences (figures invented) of the shapes 部门预算 use for changes. */
class ChangeDirectionRuleTest {
    private static List<Finding> run(Disclosure d) {
        return new ChangeDirectionRule().check(d).toList();
    }

    static Amount wan(String v) {
        BigDecimal b = new BigDecimal(v);
        return new Amount(b, Math.max(0, b.scale()), Unit.TEN_THOUSAND_YUAN, v + "万元");
    }

    static Amount pct(String v) {
        BigDecimal b = new BigDecimal(v);
        return new Amount(b, Math.max(0, b.scale()), Unit.PERCENT, v + "%");
    }

    static Claim change(String text, String subject, Direction d, String after, String change, String percent) {
        Map<String, Amount> f = new LinkedHashMap<>();
        if (after != null) {
            f.put("after", wan(after));
        }
        if (change != null) {
            f.put("change", wan(change));
        }
        if (percent != null) {
            f.put("percent", pct(percent));
        }
        return new Claim(ClaimKind.CHANGE, text, subject, null, f, d, 2025, Map.of("base", "上年"), null);
    }

    static Claim word(String text, String subject, Direction d) {
        return new Claim(ClaimKind.DIRECTION, text, subject, null, Map.of(), d, null, Map.of("role", "comparison"), null);
    }

    private static Fixture.DisclosureBuilder budget() {
        return Fixture.disclosure().year(2026).type(io.github.suanzhang.core.doc.DocumentType.BUDGET).scope(Scope.DEPARTMENT);
    }

    @Test
    void 金额与比率方向相反() {
        String s = "某局部门预算收入3,100.20万元,较上年减少123.40万元,增长3.8%。";
        Disclosure d = budget().statement(s,
                change("某局部门预算收入3,100.20万元,较上年减少123.40万元,增长3.8%", "部门预算收入", Direction.DOWN, "3100.20", "123.40", "3.8"),
                word("较上年减少123.40万元", "部门预算收入", Direction.DOWN),
                word("增长3.8%", "部门预算收入", Direction.UP)).build();
        List<Finding> fs = run(d);
        assertEquals(1, fs.size());
        assertEquals(Severity.WARNING, fs.get(0).severity());
        assertTrue(fs.get(0).message().contains("减少123.40万元") && fs.get(0).message().contains("增长3.8%"));
    }

    @Test
    void 增加额大于增加后的数() {
        Disclosure d = budget().statement("(三)公务接待费0.50万元,比上年增加3.00万元。",
                change("(三)公务接待费0.50万元,比上年增加3.00万元", "公务接待费", Direction.UP, "0.50", "3.00", null)).build();
        List<Finding> fs = run(d);
        assertEquals(1, fs.size());
        assertEquals(new BigDecimal("-2.5"), fs.get(0).figures().get("before").value().stripTrailingZeros());
    }

    @Test
    void 一致的增减不判() {
        Disclosure d = budget()
                .statement("某局部门预算收入3,100.20万元,较上年减少123.40万元,下降3.8%。",
                        change("某局部门预算收入3,100.20万元,较上年减少123.40万元,下降3.8%", "部门预算收入", Direction.DOWN, "3100.20", "123.40", "3.8"),
                        word("较上年减少123.40万元", "部门预算收入", Direction.DOWN), word("下降3.8%", "部门预算收入", Direction.DOWN))
                .statement("(三)公务接待费0.50万元,比上年减少3.00万元。",
                        change("(三)公务接待费0.50万元,比上年减少3.00万元", "公务接待费", Direction.DOWN, "0.50", "3.00", null))
                .statement("公务用车购置费0万元,比上年增加0万元。",
                        change("公务用车购置费0万元,比上年增加0万元", "公务用车购置费", Direction.UP, "0", "0", null))
                .statement("培训费3.0万元,比上年增加3.04万元。",   // 3.0 may be 3.04 rounded: the base may be 0
                        change("培训费3.0万元,比上年增加3.04万元", "培训费", Direction.UP, "3.0", "3.04", null))
                .build();
        assertEquals(List.of(), run(d));
    }

    /** Words of two different changes (收入减少, 支出增长) are not one change's. */
    @Test
    void 不同增减的方向词不比() {
        Disclosure d = budget().statement("收入较上年减少10.00万元,支出较上年增长5.0%。",
                change("收入较上年减少10.00万元", "收入", Direction.DOWN, null, "10.00", null),
                change("支出较上年增长5.0%", "支出", Direction.UP, null, null, "5.0"),
                word("收入较上年减少10.00万元", "收入", Direction.DOWN), word("支出较上年增长5.0%", "支出", Direction.UP)).build();
        assertEquals(List.of(), run(d));
    }
}
