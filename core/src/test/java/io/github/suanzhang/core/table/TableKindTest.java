package io.github.suanzhang.core.table;

import io.github.suanzhang.core.doc.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableKindTest {

    private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    @ParameterizedTest
    @EnumSource(value = TableKind.class, names = "GENERIC", mode = EnumSource.Mode.EXCLUDE)
    void everyStandardKindHasANameColumnsAndAType(TableKind kind) {
        assertFalse(kind.standardName().isBlank(), kind + " name");
        assertFalse(kind.columns().isEmpty(), kind + " columns");
        assertTrue(kind.documentType() == DocumentType.BUDGET || kind.documentType() == DocumentType.FINAL_ACCOUNTS);
        Set<String> keys = new HashSet<>();
        for (ColumnDef c : kind.columns()) {
            assertTrue(SNAKE.matcher(c.key()).matches(), kind + ": " + c.key());
            assertFalse(c.label().isBlank(), kind + ": " + c.key());
            assertTrue(keys.add(c.key()), kind + " duplicate key " + c.key());
        }
    }

    @ParameterizedTest
    @EnumSource(TableKind.class)
    void standardNameClassifiesAsItsOwnKind(TableKind kind) {
        if (kind == TableKind.GENERIC) {
            return;
        }
        assertEquals(kind, new TableTitleClassifier().classify(kind.standardName()).orElseThrow());
    }

    @Test
    void finalAccountsKindsCarryTheNationalNumbers() {
        List<TableKind> nine = List.of(TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, TableKind.FINAL_INCOME,
                TableKind.FINAL_EXPENDITURE, TableKind.FINAL_FISCAL_SUMMARY, TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE,
                TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE, TableKind.FINAL_GOVERNMENT_FUND,
                TableKind.FINAL_STATE_CAPITAL, TableKind.FINAL_THREE_PUBLIC);
        for (int i = 0; i < nine.size(); i++) {
            assertEquals(String.format("公开%02d表", i + 1), nine.get(i).standardNumber().orElseThrow());
        }
        assertTrue(TableKind.BUDGET_INCOME.standardNumber().isEmpty());
        assertTrue(TableKind.GENERIC.columns().isEmpty());
    }

    @Test
    void expenditureTableColumnsFollowTheTemplate() {
        assertEquals(List.of("code", "name", "total", "basic", "project", "remittance_to_superior", "operating",
                        "subsidy_to_subsidiaries"),
                TableKind.FINAL_EXPENDITURE.columns().stream().map(ColumnDef::key).toList());
        assertEquals(List.of("code", "name", "total", "fiscal_allocation", "superior_subsidy", "business", "operating",
                        "subsidiary_remittance", "other"),
                TableKind.FINAL_INCOME.columns().stream().map(ColumnDef::key).toList());
        assertEquals("本年支出合计", TableKind.FINAL_EXPENDITURE.column("total").orElseThrow().label());
    }

    @Test
    void twoSidedTablesHaveColumnsPerSide() {
        TableKind k = TableKind.FINAL_FISCAL_SUMMARY;
        assertTrue(k.isTwoSided());
        assertEquals(List.of("item", "line", "total"),
                k.columns(TableKind.Side.INCOME).stream().map(ColumnDef::key).toList());
        assertEquals(List.of("item", "line", "total", "general_budget", "government_fund", "state_capital"),
                k.columns(TableKind.Side.EXPENDITURE).stream().map(ColumnDef::key).toList());
        assertTrue(TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY.isTwoSided());
        assertTrue(TableKind.BUDGET_INCOME_EXPENDITURE_SUMMARY.isTwoSided());
        assertTrue(TableKind.BUDGET_FISCAL_SUMMARY.isTwoSided());
        assertFalse(TableKind.FINAL_INCOME.isTwoSided());
        assertEquals(TableKind.FINAL_INCOME.columns(), TableKind.FINAL_INCOME.columns(TableKind.Side.INCOME));
    }

    @Test
    void threePublicHasBudgetAndActualGroups() {
        List<String> keys = TableKind.FINAL_THREE_PUBLIC.columns().stream().map(ColumnDef::key).toList();
        assertEquals(12, keys.size());
        assertTrue(keys.containsAll(List.of("budget_total", "budget_outbound", "budget_vehicle",
                "budget_vehicle_purchase", "budget_vehicle_operation", "budget_reception", "actual_total",
                "actual_outbound", "actual_vehicle", "actual_vehicle_purchase", "actual_vehicle_operation",
                "actual_reception")));
    }
}
