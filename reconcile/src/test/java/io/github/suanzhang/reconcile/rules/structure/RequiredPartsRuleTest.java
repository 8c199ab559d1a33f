package io.github.suanzhang.reconcile.rules.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.testdata.Fixture;
import io.github.suanzhang.core.table.TableKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredPartsRuleTest {
    private static final List<String> FULL = List.of("一、主要职能", "本单位主要职责是负责测试工作。",
            "二、收入支出决算总体情况说明", "2023年度收入决算总计100万元。", "三、“三公”经费支出决算情况说明",
            "“三公”经费支出5万元。", "四、机关运行经费支出情况", "机关运行经费支出10万元。",
            "五、政府采购支出情况", "政府采购支出总额3万元。", "六、国有资产占用情况", "本单位共有车辆2辆。",
            "七、预算绩效管理情况", "本单位开展绩效自评。", "八、名词解释", "财政拨款收入：指本级财政拨款。");

    private static Fixture.DisclosureBuilder doc(List<String> sentences, Scope scope) {
        Fixture.DisclosureBuilder b = Fixture.disclosure().scope(scope)
                .table(Fixture.table("t01", TableKind.FINAL_EXPENDITURE).title("支出决算表").build());
        sentences.forEach(b::statement);
        for (int i = 0; i < 10; i++) {
            b.statement("其他说明文字第" + i + "句。");
        }
        return b;
    }

    @Test
    void a_part_missing() {
        List<String> without = FULL.stream().filter(s -> !s.contains("名词解释") && !s.contains("财政拨款收入：")).toList();
        List<Finding> fs = new RequiredPartsRule().check(doc(without, Scope.UNIT).build()).toList();
        assertEquals(1, fs.size());
        assertEquals(Severity.WARNING, fs.get(0).severity());
        assertTrue(fs.get(0).message().contains("名词解释"), fs.get(0).message());
    }

    /** 分开发布: a narrative whose tables stand in another file (none of its own), or a part so recognised. */
    @Test
    void one_part_of_a_disclosure_published_in_two_files_is_not_judged() {
        List<String> without = FULL.stream().filter(s -> !s.contains("绩效")).toList();
        Fixture.DisclosureBuilder narrativeOnly = Fixture.disclosure().scope(Scope.DEPARTMENT);
        without.forEach(narrativeOnly::statement);
        for (int i = 0; i < 10; i++) {
            narrativeOnly.statement("其他说明文字第" + i + "句。");
        }
        assertEquals(List.of(), new RequiredPartsRule().check(narrativeOnly.build()).toList());
        assertEquals(1, new RequiredPartsRule().check(doc(without, Scope.DEPARTMENT).build()).count(),
                "the same narrative with a standard table of its own is judged");
    }

    @Test
    void complete_documents_tables_only_files_and_government_reports_are_not_judged() {
        assertEquals(List.of(), new RequiredPartsRule().check(doc(FULL, Scope.UNIT).build()).toList());
        assertEquals(List.of(), new RequiredPartsRule().check(doc(withUnits("本部门预算由部门本级及所属3家事业单位预算构成。"),
                Scope.DEPARTMENT).build()).toList());
        assertEquals(List.of(), new RequiredPartsRule().check(Fixture.disclosure().statement("注：本表无数据。").build()).toList());
        assertEquals(List.of(), new RequiredPartsRule().check(doc(List.of("一、主要职能"), Scope.GOVERNMENT).build()).toList());
    }

    private static List<String> withUnits(String sentence) {
        List<String> l = new java.util.ArrayList<>(FULL);
        l.add(2, "二、部门预算单位构成");
        l.add(3, sentence);
        return l;
    }

    /** A 部门 document lists the units it gathers; a 单位 document is not asked to. */
    @Test
    void a_department_document_without_its_units() {
        List<Finding> fs = new RequiredPartsRule().check(doc(FULL, Scope.DEPARTMENT).build()).toList();
        assertEquals(1, fs.size());
        assertTrue(fs.get(0).message().contains("单位构成"), fs.get(0).message());
        assertEquals(List.of(), new RequiredPartsRule().check(doc(FULL, Scope.UNIT).build()).toList());
        assertEquals(List.of(), new RequiredPartsRule().check(doc(withUnits("本部门共有预算单位4个，其中行政单位1个。"),
                Scope.DEPARTMENT).build()).toList());
    }
}
