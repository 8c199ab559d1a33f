package io.github.suanzhang.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.suanzhang.core.table.TableKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnMapperTest {
    @Test
    void synonymsFallToOneKey() {
        assertEquals("total", ColumnMapper.key(List.of("本年支出", "小计"), TableKind.FINAL_GOVERNMENT_FUND.columns()));
        assertEquals("total", ColumnMapper.key(List.of("决算数"), TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY.columns()));
        assertEquals("total", ColumnMapper.key(List.of("2026年预算数"), TableKind.BUDGET_FISCAL_SUMMARY.columns()));
        assertEquals("general_budget", ColumnMapper.key(List.of("决算数", "一般公共预算财政拨款"),
                TableKind.FINAL_FISCAL_SUMMARY.columns(TableKind.Side.EXPENDITURE)));
        assertEquals("general_budget", ColumnMapper.key(List.of("一般公共预算"),
                TableKind.BUDGET_FISCAL_SUMMARY.columns(TableKind.Side.EXPENDITURE)));
    }

    @Test
    void aSubtotalUnderAGroupIsTheGroup() {
        assertEquals("basic", ColumnMapper.key(List.of("基本支出", "小计"), TableKind.BUDGET_FISCAL_EXPENDITURE.columns()));
    }

    @Test
    void threePublicFinalByBudgetAndActual() {
        List<String> path = List.of("财政拨款三公经费", "公务用车购置及运行维护费", "小计", "决算数");
        assertEquals("actual_vehicle", ColumnMapper.key(path, TableKind.FINAL_THREE_PUBLIC.columns()));
        assertEquals("budget_reception", ColumnMapper.key(List.of("预算数", "公务接待费"), TableKind.FINAL_THREE_PUBLIC.columns()));
    }

    @Test
    void fundSubColumnsOfThreePublicItems() {
        assertEquals("outbound", ColumnMapper.key(List.of("因公出国(境)费", "一般公共预算"), TableKind.BUDGET_THREE_PUBLIC.columns()));
        assertNull(ColumnMapper.key(List.of("因公出国(境)费", "政府性基金预算"), TableKind.BUDGET_THREE_PUBLIC.columns()));
    }

    @Test
    void roles() {
        assertEquals(ColumnMapper.Role.CODE_PART, ColumnMapper.role(List.of("功能分类科目编码", "类")));
        assertEquals(ColumnMapper.Role.CODE, ColumnMapper.role(List.of("科目编码")));
        assertEquals(ColumnMapper.Role.LABEL, ColumnMapper.role(List.of("项目")));
        assertEquals(ColumnMapper.Role.LABEL, ColumnMapper.role(List.of("部门预算支出经济科目")));
        assertEquals(ColumnMapper.Role.AMOUNT, ColumnMapper.role(List.of("项目支出")));
        assertEquals(ColumnMapper.Role.LINE, ColumnMapper.role(List.of("行次")));
    }
}
