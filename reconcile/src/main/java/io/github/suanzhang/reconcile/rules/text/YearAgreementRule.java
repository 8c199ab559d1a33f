package io.github.suanzhang.reconcile.rules.text;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.reconcile.Rule;
import io.github.suanzhang.reconcile.RuleMeta;
import io.github.suanzhang.reconcile.rules.Applicability;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Years that disagree with the document's own (a 部门/单位 disclosure; government reports discuss many
 * years). WARNING. Complements {@code narrative.year}, which judges a sentence naming another year's
 * report; this rule judges what that one leaves alone:
 * <ul>
 *   <li>a 预算 of year Y that compares with year Y ({@code 比2026年增加…} in a 2026 budget): the base of a
 *       budget's comparison is the year before;</li>
 *   <li>a standard table whose title names another year than the document, when at least two other
 *       standard tables' titles name the document's year (the cover and the tables agree, one table was
 *       left from last year's template);</li>
 *   <li>in those documents, a standard table's column header naming a year other than the document's and the
 *       year before ({@code 2024年预算数} in a 2026 budget; a 预算's {@code 2024年决算数}, the last closed year, is
 *       normal).</li>
 * </ul>
 */
@RuleMeta(id = "text.year", severity = Severity.WARNING, summary = "预算比较基年、表格标题年度与报告年度一致")
public final class YearAgreementRule implements Rule {
    static final String ID = "text.year";
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    @Override
    public Stream<Finding> check(Disclosure d) {
        Integer year = d.document().year();
        if (year == null || !Applicability.departmental(d)) {
            return Stream.empty();
        }
        List<Finding> out = new ArrayList<>();
        if (d.document().type() == DocumentType.BUDGET) {
            Pattern base = Pattern.compile("(?:比|较|相比|相较|与|同)\\s*(?:于\\s*)?" + year + "\\s*年(?:度)?(?:预算)?(?:数)?\\s*(?:相比|相较|对比)?\\s*"
                    + "(?:增加|减少|增长|下降|上升|降低|持平|基本持平|有所)");
            for (Statement s : d.statements()) {
                Matcher m = base.matcher(s.text());
                if (m.find()) {
                    out.add(Marked.finding(ID, Severity.WARNING, "本报告为" + year + "年预算，比较的基年却是" + year
                            + "年（应为上年）", s, m.start(), m.end()));
                }
            }
        }
        List<Table> standard = d.tables().stream().filter(t -> t.kind() != TableKind.GENERIC && t.title() != null).toList();
        long agreeing = standard.stream().filter(t -> titleYear(t) != null && titleYear(t).equals(year)).count();
        for (Table t : standard) {
            Integer y = titleYear(t);
            if (y != null && !y.equals(year) && agreeing >= 2) {
                String msg = "表格“" + t.title() + "”标题中的年度为" + y + "年，与本报告年度" + year + "年（封面及其他"
                        + agreeing + "张表）不一致。";
                out.add(new Finding(ID, Severity.WARNING, msg, Map.of(), List.of(new Evidence(t.place(), t.title(), t.id(), null, null))));
            }
        }
        if (agreeing >= 2) {
            for (Table t : standard) {
                headerYears(t, year, d.document().type(), out);
            }
        }
        return out.stream();
    }

    /**
     * A column header of a standard table naming a year the document's columns cannot be about: a report of
     * year Y prints Y and the year before (上年), and a 预算 may print the 决算 of Y-2 (the last closed year).
     * Judged only when the tables' titles agree with the document's year (the caller's condition), one finding
     * per table.
     */
    private static void headerYears(Table t, int year, DocumentType type, List<Finding> out) {
        for (int c = 0; c < t.columns().size(); c++) {
            String label = t.columns().get(c).label();
            Matcher m = YEAR.matcher(label);
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                boolean lastClosed = type == DocumentType.BUDGET && y == year - 2 && label.contains("决算");
                if (y != year && y != year - 1 && !lastClosed) {
                    String msg = "表格“" + t.title() + "”的列“" + label + "”中的年度为" + y + "年，本报告为" + year + "年"
                            + (type == DocumentType.BUDGET ? "预算" : type == DocumentType.FINAL_ACCOUNTS ? "决算" : "")
                            + "，表中各列应为本年或上年。";
                    out.add(new Finding(ID, Severity.WARNING, msg, Map.of(),
                            List.of(new Evidence(t.place(), label, t.id(), null, t.columns().get(c).key()))));
                    return;
                }
            }
        }
    }

    /** The year a table's title names first, or null. */
    static Integer titleYear(Table t) {
        Matcher m = YEAR.matcher(t.title());
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
