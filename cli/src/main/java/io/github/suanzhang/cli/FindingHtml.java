package io.github.suanzhang.cli;

import static io.github.suanzhang.cli.HtmlReport.esc;

import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.table.ColumnDef;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One finding in a document page: severity, reviewed or new, message, its figures with Chinese roles (computed
 * figures at the precision of the printed ones), both sides of the evidence side by side — each a picture
 * with the row label and the column header, or the quoted text — with the page linked to its picture, and
 * the controls to record a verdict.
 */
final class FindingHtml {
    private FindingHtml() {
    }

    /** The row and column a cell evidence stands in, as a reader names them, or empty. */
    record Cellref(Table table, Row row, ColumnDef column) {
        String label() {
            return row == null ? "" : (row.code() == null ? "" : row.code().digits() + " ") + row.label();
        }
    }

    static Optional<Cellref> cellOf(Disclosure d, Evidence e) {
        if (e.table() == null || d.tables() == null) {
            return Optional.empty();
        }
        for (Table t : d.tables()) {
            if (t.id().equals(e.table())) {
                Row r = e.row() != null && e.row() >= 0 && e.row() < t.rows().size() ? t.rows().get(e.row()) : null;
                int ci = e.column() == null ? -1 : t.columnIndex(e.column());
                ColumnDef c = ci >= 0 && ci < t.columns().size() ? t.columns().get(ci) : null;
                return Optional.of(new Cellref(t, r, c));
            }
        }
        return Optional.empty();
    }

    /**
     * What to draw for evidence {@code e}: for a cell, its row's box (which begins with the label) and a header
     * band above the first line of the table on that page.
     */
    static EvidenceRenderer.Shot shot(Disclosure d, Evidence e) {
        Place p = e.place();
        Optional<Cellref> ref = cellOf(d, e);
        if (ref.isEmpty() || p.box() == null) {
            return EvidenceRenderer.Shot.of(p);
        }
        Table t = ref.get().table();
        Row r = ref.get().row();
        Box label = r != null && r.place() != null && r.place().page() == p.page() ? r.place().box() : null;
        double top = Double.MAX_VALUE;
        double left = Double.MAX_VALUE;
        for (Row o : t.rows()) {
            Place op = o.place();
            if (op != null && op.page() == p.page() && op.box() != null) {
                top = Math.min(top, op.box().y0());
                left = Math.min(left, op.box().x0());
            }
        }
        Box header = null;
        if (top != Double.MAX_VALUE && top < p.box().y0()) {
            double from = top - 48;
            Place title = t.place();
            if (title != null && title.page() == p.page() && title.box() != null && title.box().y1() < top) {
                from = Math.max(title.box().y1(), top - 80);
            }
            header = new Box(left, Math.max(0, from), Math.max(left, p.box().x1()), top);
        }
        return new EvidenceRenderer.Shot(p, label, header);
    }

    static void write(Disclosure d, String document, String id, Finding f, Baseline.Entry verdict, boolean baselineGiven,
                      List<String> pictures, int[] next, Writer w) throws IOException {
        String sev = f.severity().name();
        String state = verdict != null ? "reviewed v-" + verdict.verdict().key : baselineGiven ? "new" : "";
        w.write("<div class=\"finding " + sev + " " + state + "\" id=\"f-" + id + "\" data-id=\"" + id + "\" data-doc=\""
                + esc(document) + "\" data-rule=\"" + esc(f.rule()) + "\" data-sev=\"" + sev + "\" data-msg=\""
                + esc(f.message()) + "\"" + (verdict == null ? "" : " data-verdict=\"" + verdict.verdict().key
                + "\" data-note=\"" + esc(verdict.note()) + "\"") + ">\n");
        w.write("<p class=\"head\"><span class=\"sev " + sev + "\" title=\"" + sev + "\">" + Zh.severity(f.severity())
                + "</span> <span class=\"mark\">" + (verdict != null ? "已审：" + verdict.verdict().zh
                + (verdict.note().isEmpty() ? "" : "（" + esc(verdict.note()) + "）") : baselineGiven ? "新" : "")
                + "</span> <span class=\"msg\">" + esc(f.message()) + "</span></p>\n");
        String what = Zh.rule(f.rule());
        w.write("<p class=\"rule\">规则 <code>" + esc(f.rule()) + "</code>" + (what.isEmpty() ? "" : "（核对：" + esc(what) + "）")
                + " · 编号 <code class=\"fid\">" + id + "</code></p>\n");
        if (!f.figures().isEmpty()) {
            w.write("<table class=\"figures\"><tr>");
            for (String role : f.figures().keySet()) {
                w.write("<th>" + esc(Zh.role(role)) + "</th>");
            }
            w.write("</tr><tr>");
            for (Map.Entry<String, io.github.suanzhang.core.number.Amount> e : f.figures().entrySet()) {
                String raw = e.getValue().raw();
                w.write("<td class=\"num\"" + (raw == null ? "" : " title=\"原文：" + esc(raw) + "\"") + ">"
                        + esc(Zh.figure(f, e.getKey())) + "</td>");
            }
            w.write("</tr></table>\n");
        }
        w.write("<div class=\"sides\">\n");
        for (Evidence e : f.evidence()) {
            evidence(d, document, e, pictures.get(next[0]++), w);
        }
        w.write("</div>\n<p class=\"review\"><label>审核结论 <select class=\"verdict\"><option value=\"\">未审</option>"
                + "<option value=\"confirmed\">属实</option><option value=\"false\">误报</option>"
                + "<option value=\"ignore\">忽略</option></select></label> <input class=\"note\" type=\"text\" "
                + "placeholder=\"备注（核对经过、依据）\" size=\"40\"></p>\n</div>\n");
    }

    private static void evidence(Disclosure d, String document, Evidence e, String img, Writer w) throws IOException {
        Optional<Cellref> ref = cellOf(d, e);
        StringBuilder cap = new StringBuilder();
        Place p = e.place();
        if (p.page() > 0 && img != null) {
            cap.append("<a class=\"page\" href=\"pages/").append(esc(document)).append('/').append(p.page())
                    .append(".png\" title=\"打开整页图片\">").append(esc(p.describe())).append("</a>");
        } else {
            cap.append("<span class=\"page\">").append(esc(p.describe())).append("</span>");
        }
        if (ref.isPresent()) {
            Cellref c = ref.get();
            Table t = c.table();
            cap.append(" · ").append(esc((t.number() == null ? "" : t.number() + " ") + t.title()));
            if (c.row() != null) {
                cap.append(" · 行：<b class=\"rowlabel\">").append(esc(c.label())).append("</b>");
            }
            if (c.column() != null) {
                cap.append(" · 列：<b class=\"colhead\">").append(esc(c.column().label())).append("</b>");
            }
        }
        if (e.text() != null && !e.text().isEmpty() && img != null) {
            cap.append(" · 原文：").append(esc(e.text()));
        }
        w.write("<figure class=\"evidence\">");
        if (img != null) {
            w.write("<img src=\"" + img + "\" alt=\"" + esc(p.describe() + (ref.isPresent() ? " " + ref.get().label() : ""))
                    + "\">");
        } else if (e.text() != null && !e.text().isEmpty()) {
            w.write("<blockquote>" + esc(e.text()) + "</blockquote>");
        }
        w.write("<figcaption>" + cap + "</figcaption></figure>\n");
    }
}
