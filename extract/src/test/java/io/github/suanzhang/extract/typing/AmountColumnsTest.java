package io.github.suanzhang.extract.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.table.ColumnDef;
import io.github.suanzhang.core.table.ColumnKey;
import io.github.suanzhang.core.table.TableKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The amount columns of a kind, and the keys of printed amount columns by their count. */
class AmountColumnsTest {
    @Test
    void keysLeaveOutTheLabelAndIndicatorColumns() {
        List<String> keys = AmountColumns.keys(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE.columns());
        assertFalse(keys.contains(ColumnKey.CODE));
        assertFalse(keys.contains(ColumnKey.NAME));
        assertTrue(keys.contains(ColumnKey.TOTAL));
    }

    @Test
    void onlyTotalWhenTheKindHasOneAmountColumnAndItIs合计() {
        assertTrue(AmountColumns.onlyTotal(List.of(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE.columns().get(0),
                TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE.column(ColumnKey.TOTAL).orElseThrow())));
        assertFalse(AmountColumns.onlyTotal(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE.columns()));
    }

    @Test
    void printedAsManyAsTheKindsOrUnknownAreTheKinds() {
        List<String> canon = AmountColumns.keys(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE.columns());
        assertEquals(new AmountColumns.Printed(canon, true),
                AmountColumns.printed(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE.columns(), canon.size()));
        assertEquals(new AmountColumns.Printed(canon, true),
                AmountColumns.printed(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE.columns(), 0));
    }

    @Test
    void threePrinted合计基本项目OfALargerSetAreThoseThree() {
        // 公开07表 政府性基金: 年初结转和结余, 本年收入, 本年支出小计, 基本支出, 项目支出, 年末结转和结余
        var cols = TableKind.FINAL_GOVERNMENT_FUND.columns();
        assertEquals(6, AmountColumns.keys(cols).size());
        assertEquals(new AmountColumns.Printed(List.of(ColumnKey.TOTAL, ColumnKey.BASIC, ColumnKey.PROJECT), true),
                AmountColumns.printed(cols, 3));
        AmountColumns.Printed four = AmountColumns.printed(cols, 4);
        assertFalse(four.fits());
        assertEquals(AmountColumns.keys(cols).subList(0, 4), four.keys());
    }

    @Test
    void aCategoryColumnHoldsText() {
        // 政府采购: 采购品目 is text, 数量 and 合计 are figures
        List<String> keys = AmountColumns.keys(List.of(new ColumnDef(ColumnKey.ITEM, "项目"),
                new ColumnDef(ColumnKey.CATEGORY, "采购品目"), new ColumnDef(ColumnKey.QUANTITY, "数量"),
                new ColumnDef(ColumnKey.TOTAL, "合计")));
        assertEquals(List.of(ColumnKey.QUANTITY, ColumnKey.TOTAL), keys);
    }

    @Test
    void anotherCountTakesTheFirstOnesAndDoesNotFit() {
        var cols = TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE.columns();
        List<String> canon = AmountColumns.keys(cols);
        AmountColumns.Printed p = AmountColumns.printed(cols, canon.size() + 2);
        assertFalse(p.fits());
        assertEquals(canon, p.keys());
        AmountColumns.Printed one = AmountColumns.printed(cols, 1);
        assertEquals(canon.size() == 1, one.fits());
        assertEquals(canon.subList(0, 1), one.keys());
    }
}
