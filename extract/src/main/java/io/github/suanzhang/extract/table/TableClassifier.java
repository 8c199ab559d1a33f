package io.github.suanzhang.extract.table;

import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.table.ColumnDef;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.core.table.TableTitleClassifier;
import io.github.suanzhang.extract.typing.AmountColumns;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides the kind a located table is typed as, in one place, and says on what evidence.
 *
 * <ol>
 * <li><b>Title.</b> The kind the title names ({@link TableRegion#kind()}, which the table locator took
 *     from {@link TableTitleClassifier}: the longest standard title variant that ends the title);
 *     {@link TableKind#GENERIC} for a table without a standard title.</li>
 * <li><b>Form.</b> A performance-target table (its title's kind is one of the two 绩效目标表 kinds, or a
 *     title the title classifier leaves generic ends in 绩效目标表, such as 市级重点专项资金绩效目标表(一级项目),
 *     but not a transfer's) whose grid holds an indicator header row is read as a form ({@link TargetForm}):
 *     {@code BUDGET_PERFORMANCE_TARGETS_OVERALL} when the title says 整体, else {@code …_PROJECT}.</li>
 * <li><b>Columns.</b> After typing ({@link #afterTyping}): a standard kind none of whose amount columns
 *     the printed header could be mapped onto is demoted to {@link TableKind#GENERIC}; its cells are kept
 *     as printed and a {@code TABLE_NOT_UNDERSTOOD} problem says so ({@link #demotionProblem}).</li>
 * </ol>
 * Stateless.
 */
final class TableClassifier {
    private TableClassifier() {
    }

    /** What a classification rests on. */
    public enum Basis {
        /** the title names a standard table: {@link Classification#evidence()} is the title */
        TITLE,
        /** no title, or one naming no standard table: the table is {@link TableKind#GENERIC} */
        NO_STANDARD_TITLE,
        /** a 绩效目标表 title over a grid with an indicator header: read as a form */
        PERFORMANCE_TARGET_FORM,
        /** the title named a standard kind, but no amount column of the header maps onto its columns */
        COLUMNS_NOT_MAPPED
    }

    /**
     * The kind a table is typed as, and why.
     *
     * @param kind     the kind
     * @param basis    what the decision rests on
     * @param evidence the text it rests on: the title as printed
     */
    public record Classification(TableKind kind, Basis basis, String evidence) {
    }

    /** The title of a performance-target table, whatever the title classifier made of it. */
    private static final Pattern TARGET_TITLE = Pattern.compile("绩效目标表(\\(.{1,12}\\))?$");
    /** Not a department's own table: transfers to lower governments (专项或共同事权转移支付绩效目标表). */
    private static final Pattern NOT_OWN = Pattern.compile("转移支付|共同事权");

    /** The kind a located table is typed as, before typing: by its title, or as a performance-target form. */
    public static Classification classify(TableRegion region) {
        Optional<TableKind> target = performanceTargetKind(region);
        if (target.isPresent() && TargetForm.isForm(region)) {
            return new Classification(target.get(), Basis.PERFORMANCE_TARGET_FORM, region.title());
        }
        return new Classification(region.kind(), region.kind() == TableKind.GENERIC ? Basis.NO_STANDARD_TITLE : Basis.TITLE,
                region.title());
    }

    /**
     * The classification once the table was typed as {@code before}: {@code before} itself, or
     * {@link TableKind#GENERIC} on {@link Basis#COLUMNS_NOT_MAPPED} when the typed table has lines but no
     * column of its kind's amounts.
     */
    public static Classification afterTyping(Classification before, Table typed) {
        if (before.kind() != TableKind.GENERIC && before.basis() != Basis.PERFORMANCE_TARGET_FORM
                && !typed.rows().isEmpty() && !hasCanonicalAmount(typed)) {
            return new Classification(TableKind.GENERIC, Basis.COLUMNS_NOT_MAPPED, before.evidence());
        }
        return before;
    }

    /** The problem recorded for a table demoted from {@code standard} to generic. */
    static Problem demotionProblem(TableRegion region, TableKind standard) {
        return new Problem(ProblemKind.TABLE_NOT_UNDERSTOOD, "第" + region.place().page() + "页表格“" + region.title()
                + "”的列无法对应到" + standard.standardName() + "的标准列，按通用表格保留原始单元格", region.place());
    }

    /**
     * The kind a region is read as when it is a performance-target table: its title's kind when that is one
     * of the two 绩效目标表 kinds, else (a title the classifier leaves GENERIC, such as 市级重点专项资金绩效目标表(一级项目))
     * {@code BUDGET_PERFORMANCE_TARGETS_OVERALL} for 整体 and {@code …_PROJECT} otherwise; empty for any other table.
     */
    static Optional<TableKind> performanceTargetKind(TableRegion region) {
        if (region.kind() == TableKind.BUDGET_PERFORMANCE_TARGETS_OVERALL || region.kind() == TableKind.BUDGET_PERFORMANCE_TARGETS_PROJECT) {
            return Optional.of(region.kind());
        }
        String t = Labels.compact(region.title());
        if (region.kind() == TableKind.GENERIC && TARGET_TITLE.matcher(t).find() && !NOT_OWN.matcher(t).find()) {
            return Optional.of(t.contains("整体") ? TableKind.BUDGET_PERFORMANCE_TARGETS_OVERALL : TableKind.BUDGET_PERFORMANCE_TARGETS_PROJECT);
        }
        return Optional.empty();
    }

    private static boolean hasCanonicalAmount(Table t) {
        for (ColumnDef c : t.columns()) {
            if (!c.key().startsWith("col") && !AmountColumns.LABEL_KEYS.contains(c.key())) {
                return true;
            }
        }
        return false;
    }
}
