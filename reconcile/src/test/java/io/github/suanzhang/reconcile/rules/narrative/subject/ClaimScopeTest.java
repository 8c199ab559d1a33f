package io.github.suanzhang.reconcile.rules.narrative.subject;

import static io.github.suanzhang.reconcile.rules.Claims.amount;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimScopeTest {
    private static Statement st(String text, String section, Claim... claims) {
        return new Statement(text, section, null, List.of(claims));
    }

    @Test
    void 绩效评价句中的金额是被评价项目的() {
        Claim c = amount("一般公共预算支出", null, "120.00");
        assertEquals(Optional.of("performance"), ClaimScope.abstention(c,
                st("对3个项目开展了绩效评价,涉及一般公共预算支出120.00万元。", null, c), false));
        assertEquals(Optional.of("performance"), ClaimScope.abstention(c,
                st("全年预算数120.00万元,执行数118.00万元。", "四、其他 > (四)预算绩效管理工作开展情况", c), false));
    }

    @Test
    void 涉及某某是覆盖范围() {
        Claim c = amount("政府性基金预算支出", null, "30.00");
        assertEquals(Optional.of("coverage"), ClaimScope.abstention(c, st("本次检查涉及政府性基金预算支出30.00万元。", null, c), false));
    }

    @Test
    void 项目支出句中的类级金额是该类的项目支出部分() {
        Claim head = amount("项目支出", "预算", "50.00");
        Claim cls = amount("一般公共服务支出", null, "50.00");
        Statement s = st("(二)项目支出:项目支出预算50.00万元,其中:一般公共服务支出50.00万元。", null, head, cls);
        assertEquals(Optional.of("part-of:项目支出"), ClaimScope.abstention(cls, s, true));
        assertEquals(Optional.empty(), ClaimScope.abstention(head, s, false), "项目支出 itself is compared");
        // the next sentence of the same item
        Claim next = amount("公共安全支出", null, "20.00");
        List<Statement> all = List.of(s, st("公共安全支出20.00万元,主要用于装备购置。", null, next));
        assertEquals(Optional.of("part-of:项目支出"), ClaimScope.abstention(next, all, 1, true));
    }

    @Test
    void 普通句照常核对() {
        Claim c = amount("行政运行", null, "80.00");
        assertEquals(Optional.empty(), ClaimScope.abstention(c, st("行政运行(项)支出80.00万元,主要用于机关运转。", "三、支出决算情况", c), true));
        Claim next = amount("公共安全支出", null, "20.00");
        List<Statement> all = List.of(st("(一)基本情况:本年支出100.00万元。", null), st("公共安全支出20.00万元。", null, next));
        assertEquals(Optional.empty(), ClaimScope.abstention(next, all, 1, true));
    }
}
