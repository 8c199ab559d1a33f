package io.github.suanzhang.reconcile.rules.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeWordingRuleTest {
    private static List<Finding> run(Disclosure d) {
        return new ScopeWordingRule().check(d).toList();
    }

    @Test
    void positive() {
        Disclosure d = Fixture.disclosure().scope(Scope.UNIT)
                .statement("我单位在2022年度部门决算中反映所有项目绩效自评结果。")
                .build();
        List<Finding> fs = run(d);
        assertEquals(1, fs.size());
        assertEquals(Severity.INFO, fs.get(0).severity());
        assertTrue(fs.get(0).message().contains("部门决算"));
    }

    @Test
    void negative() {
        Disclosure unit = Fixture.disclosure().scope(Scope.UNIT)
                .statement("我部门(单位)组织对1个单位开展整体支出绩效自评。")
                .statement("单位决算由纳入独立核算的单位本级决算组成。")
                .statement("按照部门（单位）决算要求编制。")
                .statement("8.2026年预算单位一般公共预算基本支出部门预算经济分类预算表")
                .statement("深化部门预算改革，加强部门预算管理。")
                .build();
        assertEquals(List.of(), run(unit));
        Disclosure dept = Fixture.disclosure().scope(Scope.DEPARTMENT)
                .statement("部门决算由本级和所属单位决算组成。")
                .build();
        assertEquals(List.of(), run(dept));
    }
}
