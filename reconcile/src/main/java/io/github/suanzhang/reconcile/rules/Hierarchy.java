package io.github.suanzhang.reconcile.rules;

import io.github.suanzhang.core.code.Level;
import io.github.suanzhang.core.code.Scheme;
import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.interval.Check;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.reconcile.rules.Figures.Figure;
import io.github.suanzhang.reconcile.rules.Figures.Part;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parent = Σ children of subject codes inside one table, in every amount column: 类 = Σ款, 款 = Σ项 (and
 * for economic codes 301 = Σ301xx). A parent is checked only against the children printed in the same
 * table, and only when it has at least one; a code printed on two lines (a table whose header was
 * repeated, a misread) is left out, with its parent. Stateless.
 *
 * <p><b>Truncated tables.</b> When the children add up to <em>less</em> than the parent, the parent's
 * block runs to the last line of the table, and the table stands on more than one page, the likeliest
 * explanation is that the end of the table was not read: the finding is an INFO, not an ERROR.
 */
public final class Hierarchy {

    private Hierarchy() {
    }

    /** Row indices by code, for the codes of {@code scheme} printed on exactly one line. */
    public static Map<SubjectCode, Integer> uniqueCodes(Table t, Scheme scheme) {
        Map<SubjectCode, Integer> first = new LinkedHashMap<>();
        Map<SubjectCode, Integer> count = new LinkedHashMap<>();
        for (int i = 0; i < t.rows().size(); i++) {
            SubjectCode c = t.rows().get(i).code();
            if (c != null && c.scheme() == scheme) {
                first.putIfAbsent(c, i);
                count.merge(c, 1, Integer::sum);
            }
        }
        Map<SubjectCode, Integer> out = new LinkedHashMap<>();
        first.forEach((c, i) -> {
            if (count.get(c) == 1) {
                out.put(c, i);
            }
        });
        return out;
    }

    /** Codes of {@code scheme} printed on more than one line of the table. */
    public static List<SubjectCode> duplicatedCodes(Table t, Scheme scheme) {
        Map<SubjectCode, Integer> count = new LinkedHashMap<>();
        for (Row r : t.rows()) {
            if (r.code() != null && r.code().scheme() == scheme) {
                count.merge(r.code(), 1, Integer::sum);
            }
        }
        return count.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    }

    /** Parent = Σ children findings for one table and scheme. */
    public static List<Finding> parents(String rule, Table t, Scheme scheme) {
        List<Finding> out = new ArrayList<>();
        if (t.withoutFigures() || t.kind().isTwoSided()) {
            return out;
        }
        Map<SubjectCode, Integer> rows = uniqueCodes(t, scheme);
        List<SubjectCode> dup = duplicatedCodes(t, scheme);
        for (Map.Entry<SubjectCode, Integer> e : rows.entrySet()) {
            SubjectCode parent = e.getKey();
            if (parent.level() == Level.ITEM) {
                continue;
            }
            if (dup.stream().anyMatch(parent::isParentOf)) {
                continue;
            }
            List<SubjectCode> children = parent.childrenIn(rows.keySet());
            if (children.isEmpty()) {
                continue;
            }
            List<Integer> childRows = children.stream().map(rows::get).toList();
            String phrase = parent.level() == Level.CLASS ? "其下各款之和" : "其下各项之和";
            if (scheme == Scheme.ECONOMIC) {
                phrase = "其下各款（" + parent.digits() + "xx）之和";
            }
            out.addAll(sums(rule, t, e.getValue(), childRows, phrase, subtreeEndsTable(t, parent)));
        }
        return out;
    }

    /**
     * total row = Σ part rows in every amount column.
     *
     * @param mayBeTruncated whether a shortfall may be explained by an unread end of the table
     */
    public static List<Finding> sums(String rule, Table t, int totalRow, List<Integer> partRows, String phrase,
                                     boolean mayBeTruncated) {
        List<Finding> out = new ArrayList<>();
        for (int c : Figures.summableColumns(t)) {
            Optional<Figure> total = Figures.figure(t, totalRow, c);
            if (total.isEmpty()) {
                continue;
            }
            List<Part> parts = new ArrayList<>();
            boolean readable = true;
            for (int r : partRows) {
                Optional<Figure> f = Figures.figure(t, r, c);
                if (f.isEmpty()) {
                    readable = false;
                    break;
                }
                parts.add(Part.plus(f.get()));
            }
            if (!readable || parts.isEmpty()
                    || (total.get().blank() && parts.stream().allMatch(p -> p.figure().blank()))) {
                continue;
            }
            Check check = FigureChecks.check(parts, total.get());
            Severity sev = FigureChecks.severity(check.agreement());
            if (sev == null) {
                continue;
            }
            String remark = "";
            if (mayBeTruncated && t.pages().size() > 1 && check.difference().signum() < 0) {
                sev = Severity.INFO;
                remark = "（这些行延续到表格末尾，且表格跨页，可能是表格未能完整读出，请对照原表。）";
            }
            String subject = Wording.tableName(t) + "中" + Wording.rowName(t.rows().get(totalRow))
                    + Wording.columnName(t, c);
            out.add(FigureChecks.sumFinding(rule, sev, check, total.get(), parts, subject, phrase, remark));
        }
        return out;
    }

    /** Whether the last line of the table belongs to the code's block (the code or a descendant). */
    public static boolean subtreeEndsTable(Table t, SubjectCode code) {
        for (int i = t.rows().size() - 1; i >= 0; i--) {
            SubjectCode c = t.rows().get(i).code();
            if (c == null) {
                if (isTotalLabel(t.rows().get(i).label())) {
                    continue;
                }
                return false;
            }
            return c.scheme() == code.scheme() && c.digits().startsWith(code.digits());
        }
        return false;
    }

    /** 合计 / 总计 / 合 计 (a total line without a code). */
    public static boolean isTotalLabel(String label) {
        String s = Wording.norm(label);
        return s.equals("合计") || s.equals("总计");
    }

    /** The single uncoded 合计/总计 line of the table, if there is exactly one. */
    public static Optional<Integer> totalRow(Table t) {
        Integer found = null;
        for (int i = 0; i < t.rows().size(); i++) {
            Row r = t.rows().get(i);
            if (r.code() == null && isTotalLabel(r.label())) {
                if (found != null) {
                    return Optional.empty();
                }
                found = i;
            }
        }
        return Optional.ofNullable(found);
    }
}
