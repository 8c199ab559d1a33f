package io.github.suanzhang.reconcile.rules.table;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.core.text.TextNormalizer;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A change line under two year lines, in every amount column of a standard table: {@code 增减变化金额 = 2026年 − 2025年}
 * (深圳's “三公” tables print, for the department and each unit, a 2025年 line, a 2026年 line and a 增减变化金额 line).
 * Judged only when the two lines just above the change line are labelled by a year alone ({@code 2025年}, {@code 2026年预算数})
 * and the years differ; a rate line ({@code 增减变化率}, figures in %) is not a change amount. Blanks are exact zeros;
 * ERROR / WARNING as {@link FigureChecks#severity}.
 */
@RuleMeta(id = "table.change-row", severity = Severity.ERROR, summary = "表中“增减变化金额”行等于本年行减上年行")
public final class ChangeRowRule implements Rule {
    static final String ID = "table.change-row";

    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)年度?(预算数?|决算数?|执行数?)?");
    private static final Pattern CHANGE = Pattern.compile("增减(变化|变动)?(金额|额|数)?");

    @Override
    public Stream<Finding> check(Disclosure d) {
        List<Finding> out = new ArrayList<>();
        for (Table t : d.tables()) {
            if (t.kind() == TableKind.GENERIC || t.withoutFigures()) {
                continue;
            }
            for (int r = 2; r < t.rows().size(); r++) {
                if (!CHANGE.matcher(label(t.rows().get(r))).matches()) {
                    continue;
                }
                int y1 = year(t.rows().get(r - 2));
                int y2 = year(t.rows().get(r - 1));
                if (y1 < 0 || y2 < 0 || y1 == y2) {
                    continue;
                }
                int later = y2 > y1 ? r - 1 : r - 2;
                int earlier = y2 > y1 ? r - 2 : r - 1;
                for (int c : Figures.summableColumns(t)) {
                    Optional<Figure> change = Figures.figure(t, r, c);
                    Optional<Figure> now = Figures.figure(t, later, c);
                    Optional<Figure> before = Figures.figure(t, earlier, c);
                    if (change.isEmpty() || now.isEmpty() || before.isEmpty()
                            || (!change.get().blank() && change.get().amount().unit() == Unit.PERCENT)) {
                        continue;
                    }
                    String subject = Wording.tableName(t) + "中" + Wording.rowName(t.rows().get(r)) + Wording.columnName(t, c);
                    FigureChecks.sum(ID, change.get(), List.of(Part.plus(now.get()), Part.minus(before.get())), subject,
                            Wording.rowName(t.rows().get(later)) + "减" + Wording.rowName(t.rows().get(earlier)) + "的结果")
                            .ifPresent(out::add);
                }
            }
        }
        return out.stream();
    }

    private static String label(Row row) {
        return TextNormalizer.compact(row.label() == null ? "" : row.label());
    }

    /** The year a line is labelled by alone, or −1. */
    private static int year(Row row) {
        Matcher m = YEAR.matcher(label(row));
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }
}
