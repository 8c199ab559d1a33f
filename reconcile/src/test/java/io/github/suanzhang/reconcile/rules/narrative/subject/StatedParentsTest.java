package io.github.suanzhang.reconcile.rules.narrative.subject;

import static io.github.suanzhang.reconcile.rules.Claims.amount;
import static io.github.suanzhang.reconcile.rules.Claims.attrs;
import static io.github.suanzhang.reconcile.rules.Claims.classNames;
import static io.github.suanzhang.reconcile.rules.Claims.names;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.reconcile.rules.narrative.Narrative;
import io.github.suanzhang.reconcile.rules.narrative.SubjectIndex;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatedParentsTest {
    /** 事业运行 under two 款 (审计事务 of 201, 人力资源事务 of 208); 行政运行 under one; 审计事务 has no 事业运行 this year. */
    private static io.github.suanzhang.testdata.Fixture.DisclosureBuilder tables() {
        return Fixture.disclosure().table(Fixture.table("t03", TableKind.FINAL_EXPENDITURE, "code", "name", "total")
                .row("201", "一般公共服务支出", "", "", "300.00")
                .row("20108", "审计事务", "", "", "300.00")
                .row("2010801", "行政运行", "", "", "300.00")
                .row("208", "社会保障和就业支出", "", "", "500.00")
                .row("20801", "人力资源和社会保障管理事务", "", "", "500.00")
                .row("2080150", "事业运行", "", "", "500.00").build());
    }

    @Test
    void 句中先出的款名是项的上级() {
        Claim kuan = classNames(null, "审计事务", null);
        Claim item = amount("事业运行", null, "0", names(null, null, "事业运行"));
        Statement s = new Statement("审计事务(款)事业运行(项)支出0万元。", null, null, List.of(kuan, item));
        assertEquals(new StatedParents(null, "审计事务"), StatedParents.of(item, s));
    }

    @Test
    void 段落标题的类名是项的上级() {
        Claim item = amount("事业运行", null, "0", names(null, null, "事业运行"));
        Statement s = new Statement("事业运行(项)支出0万元。", "五、财政拨款支出情况 > (一)一般公共服务支出(类)", null, List.of(item));
        assertEquals(new StatedParents("一般公共服务支出", null), StatedParents.of(item, s));
    }

    @Test
    void 项名只在所称款下匹配_别的款下的同名项不算() {
        Disclosure d = tables()
                .statement("审计事务(款)事业运行(项)支出0万元。", classNames(null, "审计事务", null),
                        amount("事业运行", null, "0", names(null, null, "事业运行")))
                .build();
        SubjectIndex index = SubjectIndex.of(d);
        Narrative.Stated s = Narrative.claims(d).filter(x -> x.claim().kind() == io.github.suanzhang.core.doc.ClaimKind.AMOUNT)
                .findFirst().orElseThrow();
        SubjectIndex.Resolution r = index.resolve(s);
        assertEquals(SubjectIndex.Resolution.Kind.UNKNOWN, r.kind());
        assertEquals("parent-not-in-tables", r.how());
        // without the 款 the name alone is the one 事业运行 the tables print
        assertEquals(SubjectCode.functional("2080150"), index.resolve("事业运行", null, attrs()).code());
    }

    @Test
    void 款和项_不写类_也能自上而下找到() {
        Disclosure d = tables().build();
        SubjectIndex index = SubjectIndex.of(d);
        assertEquals(SubjectCode.functional("2010801"), index.byStatedLevels(null, "审计事务", "行政运行").orElseThrow());
        assertEquals("name-under-parent", index.resolve("行政运行", null, names(null, "审计事务", "行政运行")).how());
    }

    @Test
    void 所称类款在表中全无_按项名匹配_由类款名规则报告() {
        Disclosure d = tables().build();
        SubjectIndex index = SubjectIndex.of(d);
        SubjectIndex.Resolution r = index.resolve("事业运行", null, names("教育支出", "普通教育", "事业运行"));
        assertEquals(SubjectCode.functional("2080150"), r.code());
        assertEquals("name-only", r.how());
    }
}
