package io.github.suanzhang.reconcile.rules.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.reconcile.rules.Figures;
import io.github.suanzhang.testdata.Fixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A column of percentages (增减%, 增长率) is never summed: its parent line is not the sum of its children's rates. */
class PercentColumnTest {

    /** The table with the cells of column {@code c} read as percentages, as the reader types a 增减(%) column. */
    private static Table percentColumn(Table t, int c) {
        List<Row> rows = new ArrayList<>();
        for (Row r : t.rows()) {
            List<Cell> cells = new ArrayList<>(r.cells());
            Cell old = cells.get(c);
            if (old != null) {
                cells.set(c, new Cell(old.raw(), Fixture.percent(old.raw()), old.place(), false));
            }
            rows.add(new Row(r.side(), r.lineNo(), r.code(), r.label(), cells, r.place()));
        }
        return new Table(t.id(), t.kind(), t.number(), t.title(), t.unit(), t.pages(), t.columns(), rows, t.notes(),
                t.emptyNote(), t.place(), t.method());
    }

    private static Table table() {
        // 合计 = Σ类 in 合计; the rates of the classes do not add up to the total's rate, nor should they
        return Fixture.table("t03", TableKind.BUDGET_EXPENDITURE, "code", "name", "total", "col1")
                .title("支出总表")
                .row(null, "合计", "", "合计", "300.00", "4.5")
                .row("205", "教育支出", "205", "教育支出", "100.00", "-2.0")
                .row("208", "社会保障和就业支出", "208", "社会保障和就业支出", "200.00", "8.0")
                .build();
    }

    private static List<Finding> run(Table t) {
        return new SubjectHierarchyRule().check(Fixture.disclosure().table(t).build()).toList();
    }

    @Test
    void 百分比列不参与求和() {
        Table t = percentColumn(table(), 3);
        assertEquals(List.of(2), Figures.summableColumns(t));
        assertEquals(List.of(), run(t));
    }

    @Test
    void 同样的数字若是金额列则照常核对() {
        List<Finding> fs = run(table());
        assertEquals(1, fs.size(), fs.toString());
        assertTrue(fs.get(0).message().contains("4.5"), fs.get(0).message());
    }
}
