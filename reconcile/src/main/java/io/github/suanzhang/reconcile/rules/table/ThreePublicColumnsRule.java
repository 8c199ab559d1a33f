package io.github.suanzhang.reconcile.rules.table;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.interval.Agreement;
import io.github.suanzhang.core.table.ColumnKey;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import io.github.suanzhang.reconcile.rules.FigureChecks;
import io.github.suanzhang.reconcile.rules.Figures;
import io.github.suanzhang.reconcile.rules.Figures.Figure;
import io.github.suanzhang.reconcile.rules.Figures.Part;
import io.github.suanzhang.reconcile.rules.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns of a "三公" table, row by row: 公务用车购置及运行维护费 = 购置费 + 运行维护费, and the 合计 (total) column =
 * 因公出国(境)费 + 公务用车购置及运行维护费 + 公务接待费 (the vehicle subtotal, or its two parts when the table prints no
 * subtotal). In a 决算 table the 预算数 and 决算数 blocks each. Every row: the 合计 row, a department's row, each unit's
 * row (tables that list the units). A total that agrees once 会议费 and 培训费 are added (a 合计 over the five) is no
 * finding. A table that prints its own formulas is {@code table.formula}'s (one discrepancy, one finding). Blanks are exact zeros; ERROR / WARNING as {@link FigureChecks#severity}.
 */
@RuleMeta(id = "table.three-public", severity = Severity.ERROR, summary = "“三公”经费表各行：合计等于三项之和，公务用车小计等于购置费与运行维护费之和")
public final class ThreePublicColumnsRule implements Rule {
    static final String ID = "table.three-public";

    @Override
    public Stream<Finding> check(Disclosure d) {
        List<Finding> out = new ArrayList<>();
        for (Table t : d.tables()) {
            if (t.withoutFigures() || !FormulaParser.parseAll(t.notes()).isEmpty()) {
                continue; // a table that prints its formulas (1栏=(2+3+6)栏) is table.formula's
            }
            if (t.kind() == TableKind.BUDGET_THREE_PUBLIC) {
                check(t, "", out);
            } else if (t.kind() == TableKind.FINAL_THREE_PUBLIC) {
                check(t, ColumnKey.BUDGET_PREFIX, out);
                check(t, ColumnKey.ACTUAL_PREFIX, out);
            }
        }
        return out.stream();
    }

    private static void check(Table t, String prefix, List<Finding> out) {
        int total = t.columnIndex(prefix + ColumnKey.TOTAL);
        int outbound = t.columnIndex(prefix + ColumnKey.OUTBOUND);
        int vehicle = t.columnIndex(prefix + ColumnKey.VEHICLE);
        int purchase = t.columnIndex(prefix + ColumnKey.VEHICLE_PURCHASE);
        int operation = t.columnIndex(prefix + ColumnKey.VEHICLE_OPERATION);
        int reception = t.columnIndex(prefix + ColumnKey.RECEPTION);
        int meeting = t.columnIndex(prefix + ColumnKey.MEETING);
        int training = t.columnIndex(prefix + ColumnKey.TRAINING);
        for (int r = 0; r < t.rows().size(); r++) {
            // 公务用车购置及运行维护费 = 购置费 + 运行维护费
            if (vehicle >= 0 && purchase >= 0 && operation >= 0) {
                Optional<Figure> v = Figures.figure(t, r, vehicle);
                List<Part> parts = parts(t, r, purchase, operation);
                if (v.isPresent() && parts != null) {
                    FigureChecks.sum(ID, v.get(), parts, where(t, r, vehicle), "购置费与运行维护费之和").ifPresent(out::add);
                }
            }
            // 合计 = 因公出国(境)费 + 公务用车购置及运行维护费 + 公务接待费
            if (total < 0 || outbound < 0 || reception < 0 || (vehicle < 0 && (purchase < 0 || operation < 0))) {
                continue;
            }
            Optional<Figure> tot = Figures.figure(t, r, total);
            List<Part> three = vehicle >= 0 ? parts(t, r, outbound, vehicle, reception) : parts(t, r, outbound, purchase, operation, reception);
            if (tot.isEmpty() || three == null) {
                continue;
            }
            if (FigureChecks.check(three, tot.get()).agreement() == Agreement.AGREES) {
                continue;
            }
            if (meeting >= 0 && training >= 0) {
                List<Part> five = new ArrayList<>(three);
                List<Part> more = parts(t, r, meeting, training);
                if (more != null) {
                    five.addAll(more);
                    if (FigureChecks.check(five, tot.get()).agreement() == Agreement.AGREES) {
                        continue; // a 合计 over the 三公 and 会议费、培训费
                    }
                }
            }
            FigureChecks.sum(ID, tot.get(), three, where(t, r, total), "因公出国(境)费、公务用车购置及运行维护费、公务接待费之和").ifPresent(out::add);
        }
    }

    /** The figures of a row at the columns, or null when one holds text that is not a figure. */
    private static List<Part> parts(Table t, int row, int... cols) {
        List<Part> out = new ArrayList<>();
        for (int c : cols) {
            Optional<Figure> f = Figures.figure(t, row, c);
            if (f.isEmpty()) {
                return null;
            }
            out.add(Part.plus(f.get()));
        }
        return out;
    }

    private static String where(Table t, int row, int col) {
        return Wording.tableName(t) + "中" + Wording.rowName(t.rows().get(row)) + Wording.columnName(t, col);
    }
}
