package io.github.suanzhang.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.ColumnDef;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kind a located table is typed as, and the evidence: title, form, or columns not mapped. */
class TableClassifierTest {

    @Test
    void 标题决定类型() {
        TableClassifier.Classification c = TableClassifier.classify(region(TableKind.FINAL_EXPENDITURE, "2023年度支出决算表"));
        assertEquals(TableKind.FINAL_EXPENDITURE, c.kind());
        assertEquals(TableClassifier.Basis.TITLE, c.basis());
        assertEquals("2023年度支出决算表", c.evidence());
    }

    @Test
    void 无标准标题为通用表() {
        TableClassifier.Classification c = TableClassifier.classify(region(TableKind.GENERIC, "2023年度某某情况表"));
        assertEquals(TableKind.GENERIC, c.kind());
        assertEquals(TableClassifier.Basis.NO_STANDARD_TITLE, c.basis());
    }

    @Test
    void 绩效目标表标题但无指标表头不按表单读() {
        // no grid holds an indicator header row: the title alone does not make a form
        TableClassifier.Classification c = TableClassifier.classify(region(TableKind.GENERIC, "2026年市级重点专项资金绩效目标表(一级项目)"));
        assertEquals(TableKind.GENERIC, c.kind());
        assertEquals(TableClassifier.Basis.NO_STANDARD_TITLE, c.basis());
    }

    @Test
    void 列对应不上标准列则降为通用表() {
        TableClassifier.Classification before = TableClassifier.classify(region(TableKind.FINAL_EXPENDITURE, "支出决算表"));
        Table unmapped = table(TableKind.FINAL_EXPENDITURE, new ColumnDef("name", "科目名称"), new ColumnDef("col1", "金额（元）"));
        TableClassifier.Classification after = TableClassifier.afterTyping(before, unmapped);
        assertEquals(TableKind.GENERIC, after.kind());
        assertEquals(TableClassifier.Basis.COLUMNS_NOT_MAPPED, after.basis());
        assertEquals("支出决算表", after.evidence());
    }

    @Test
    void 有标准列或没有行则不降() {
        TableClassifier.Classification before = TableClassifier.classify(region(TableKind.FINAL_EXPENDITURE, "支出决算表"));
        Table mapped = table(TableKind.FINAL_EXPENDITURE, new ColumnDef("name", "科目名称"), new ColumnDef("total", "合计"));
        assertSame(before, TableClassifier.afterTyping(before, mapped));
        Table empty = new Table("t01", TableKind.FINAL_EXPENDITURE, null, "支出决算表", null, List.of(1),
                List.of(new ColumnDef("name", "科目名称"), new ColumnDef("col1", "x")), List.of(), List.of(), null, Place.UNKNOWN, "lattice");
        assertSame(before, TableClassifier.afterTyping(before, empty));
    }

    private static Table table(TableKind kind, ColumnDef... columns) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            cells.add(Cell.text("x", Place.UNKNOWN));
        }
        Row row = new Row(null, null, null, "行", cells, Place.UNKNOWN);
        return new Table("t01", kind, null, "支出决算表", null, List.of(1), List.of(columns), List.of(row), List.of(), null,
                Place.UNKNOWN, "lattice");
    }

    private static TableRegion region(TableKind kind, String title) {
        return new TableRegion(kind, null, title, null, null, Place.onPage(1, null), List.of(), List.of(), null);
    }
}
