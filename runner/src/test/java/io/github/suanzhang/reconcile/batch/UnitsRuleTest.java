package io.github.suanzhang.reconcile.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A department (the seed renamed to 武汉市人力资源和社会保障局 部门决算, saying it consists of 本级 and one unit), its
 * unit 汉阳社会保险管理处 (the seed as it is) and its own unit 武汉市人力资源和社会保障局（本级） (the seed renamed,
 * with its 合计 lines edited).
 */
class UnitsRuleTest {
    @TempDir
    Path dir;

    static final String[] DEPARTMENT = {"武汉市人力资源和社会保障局汉阳社会保险管理处", "武汉市人力资源和社会保障局",
        "汉阳社会保险管理处单位决算公开", "部门决算公开", "单位决算", "部门决算",
        "由纳入独立核算的单位本级决算组成,属参照公 务员法管理事业单位,无下属预算单位", "由本级及所属1个单位决算组成"};

    /** The 本级 unit with the 合计 lines of its 支出决算表, 一般公共预算财政拨款支出决算表 and 三公 table set to {@code total}. */
    static String own(String total) {
        return Exports.edit(Exports.seed(), "武汉市人力资源和社会保障局汉阳社会保险管理处", "武汉市人力资源和社会保障局（本级）",
                "汉阳社会保险管理处单位决算公开", "（本级）单位决算公开",
                "合计 1, 553, 51 1, 313. 24 240.27", "合计 " + total + " " + total + " 0.00",
                "合计\t1, 553. 51\t1, 313. 24\t240. 27", "合计\t" + total + "\t" + total + "\t",
                "1. 93\t\t1. 93\t\t1. 93\t\t1. 93\t\t1. 93\t\t1. 93", "0.00\t\t0.00\t\t0.00\t\t0.00\t\t0.00\t\t0.00");
    }

    List<Finding> run(Disclosure... docs) {
        BatchAudit.Result r = BatchAudit.run(List.of(docs));
        return r.findings().stream().map(BatchAudit.BatchFinding::finding).filter(f -> f.rule().equals("batch.units")).toList();
    }

    @Test
    void positive_a_unit_line_larger_than_the_departments() {
        // the department prints 行政运行 as 827.87; its unit 汉阳社会保险管理处 spent 872.87 on it
        String dept = Exports.edit(Exports.edit(Exports.seed(), DEPARTMENT), "行政运行\t872.87\t872. 87", "行政运行\t827.87\t827. 87");
        List<Finding> f = run(Exports.read(dir, "dept.txt", dept), Exports.read(dir, "unit.txt", Exports.seed()));
        assertEquals(2, f.size(), f.toString()); // total and basic of 2080101
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("827.87", f.get(0).figures().get("department").plain());
        assertEquals("872.87", f.get(0).figures().get("unit").plain());
        assertTrue(f.get(0).evidence().get(1).document().endsWith("unit.txt"));
    }

    @Test
    void negative_units_within_their_department_and_adding_up() {
        List<Finding> f = run(Exports.read(dir, "dept.txt", Exports.edit(Exports.seed(), DEPARTMENT)),
                Exports.read(dir, "unit.txt", Exports.seed()), Exports.read(dir, "own.txt", own("0.00")));
        assertEquals(List.of(), f);
    }

    @Test
    void positive_all_units_included_but_not_adding_up() {
        List<Finding> f = run(Exports.read(dir, "dept.txt", Exports.edit(Exports.seed(), DEPARTMENT)),
                Exports.read(dir, "unit.txt", Exports.seed()), Exports.read(dir, "own.txt", own("10.00")));
        assertEquals(2, f.size(), f.toString()); // 支出决算表 and 一般公共预算财政拨款支出决算表 合计
        assertTrue(f.get(0).message().contains("共2个（含本级）"), f.get(0).message());
        assertEquals(3, f.get(0).evidence().size(), "the department and both units");
    }

    @Test
    void positive_units_counted_as_a_total_with_the_own_unit() {
        String dept = Exports.edit(Exports.seed(), "武汉市人力资源和社会保障局汉阳社会保险管理处", "武汉市人力资源和社会保障局",
                "汉阳社会保险管理处单位决算公开", "部门决算公开", "单位决算", "部门决算",
                "由纳入独立核算的单位本级决算组成,属参照公 务员法管理事业单位,无下属预算单位",
                "纳入本部门决算编制范围的预算单位共2家,包括:本级、汉阳社会保险管理处");
        assertEquals(2, run(Exports.read(dir, "dept.txt", dept), Exports.read(dir, "unit.txt", Exports.seed()),
                Exports.read(dir, "own.txt", own("10.00"))).size());
    }

    @Test
    void negative_no_sum_when_the_department_does_not_say_all_units_are_included() {
        String dept = Exports.edit(Exports.seed(), "武汉市人力资源和社会保障局汉阳社会保险管理处", "武汉市人力资源和社会保障局",
                "汉阳社会保险管理处单位决算公开", "部门决算公开", "单位决算", "部门决算",
                "由纳入独立核算的单位本级决算组成,属参照公 务员法管理事业单位,无下属预算单位", "由本级和其他单位决算组成");
        assertEquals(List.of(), run(Exports.read(dir, "dept.txt", dept), Exports.read(dir, "unit.txt", Exports.seed()),
                Exports.read(dir, "own.txt", own("10.00"))));
    }
}
