package io.github.suanzhang.cli;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.ColumnDef;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code report.html}: one self-contained page (styles inline, pictures as {@code data:} URIs) that opens
 * offline. An index of the inputs with their status and counts, then per input each finding (severity,
 * message, figures, a picture of every evidence place on a PDF page that an ERROR or WARNING finding cites
 * (none with {@code --no-pictures}), else the quoted text or line),
 * its problems, and its tables.
 *
 * <p>Each input's section is written by its worker into a fragment file ({@link #fragment}) as soon as the
 * input is done; {@link #assemble} streams the fragments into the report, so the report never has to be
 * held in memory. All text is escaped.
 */
final class HtmlReport {
    /** Pictures per input; further evidence is listed by place only (keeps the report's size bounded). */
    static final int MAX_PICTURES = 200;
    /** Lines shown per table. */
    static final int MAX_TABLE_ROWS = 2000;

    private HtmlReport() {
    }

    /**
     * One input's section. {@code audit} may be a failure (no tables); {@code file} is read for the pictures
     * of the evidence places of ERROR and WARNING findings, none when it is null.
     */
    static void fragment(SummaryRow row, Audit audit, Path file, Writer w) throws IOException {
        w.write("<section class=\"doc\" id=\"" + esc(anchor(row.document())) + "\">\n");
        w.write("<h2>" + esc(row.file()) + "</h2>\n");
        w.write("<p class=\"meta\">" + statusBadge(row) + " " + row.pages() + " 页 · " + row.tables() + " 表 · "
                + "<span class=\"sev ERROR\">ERROR " + row.errors() + "</span> "
                + "<span class=\"sev WARNING\">WARNING " + row.warnings() + "</span> "
                + "<span class=\"sev INFO\">INFO " + row.infos() + "</span>");
        if (audit != null) {
            String about = TextSummary.about(audit.disclosure().document());
            if (!about.isEmpty()) {
                w.write(" · " + esc(about));
            }
        }
        w.write("</p>\n");
        if (!row.message().isEmpty()) {
            w.write("<p class=\"reason\">" + esc(row.reason().isEmpty() ? "" : row.reason() + ": ") + esc(row.message())
                    + "</p>\n");
        }
        if (audit == null) {
            w.write("</section>\n");
            return;
        }
        Disclosure d = audit.disclosure();
        if (!audit.findings().isEmpty()) {
            w.write("<h3>发现（" + audit.findings().size() + "）</h3>\n");
            // pictures of the places ERROR and WARNING findings cite; an INFO finding's evidence is listed by
            // place and quoted text (an INFO rarely needs a look at the page, and rendering pages for the
            // pictures was the largest single cost of an audit); none at all without a file (--no-pictures)
            List<Place> places = audit.findings().stream()
                    .flatMap(f -> f.evidence().stream().map(e -> pictured(f) ? e.place() : Place.UNKNOWN)).toList();
            List<String> pictures;
            if (file == null || places.stream().allMatch(p -> p.box() == null || p.page() <= 0)) {
                pictures = Collections.nCopies(places.size(), null);
            } else {
                try (EvidenceRenderer renderer = new EvidenceRenderer(file)) {
                    pictures = renderer.dataUris(places, MAX_PICTURES);
                }
            }
            int[] next = {0};
            for (Finding f : audit.findings()) {
                finding(f, pictures, next, w);
            }
        }
        if (!d.problems().isEmpty()) {
            w.write("<h3>问题（" + d.problems().size() + "）</h3>\n<ul class=\"problems\">\n");
            for (Problem p : d.problems()) {
                w.write("<li><code>" + esc(p.kind().name()) + "</code> " + esc(p.message())
                        + (p.place().equals(Place.UNKNOWN) ? "" : " <span class=\"place\">" + esc(p.place().describe())
                        + "</span>") + "</li>\n");
            }
            w.write("</ul>\n");
        }
        if (!d.tables().isEmpty()) {
            w.write("<h3>表格（" + d.tables().size() + "）</h3>\n");
            for (Table t : d.tables()) {
                table(t, w);
            }
        }
        w.write("</section>\n");
    }

    /** Whether the report draws the evidence places of {@code f}: those of ERROR and WARNING findings. */
    static boolean pictured(Finding f) {
        return f.severity() == Severity.ERROR || f.severity() == Severity.WARNING;
    }

    /** {@code pictures} holds one picture or null per evidence of all findings in order; {@code next} is the index of this finding's first. */
    private static void finding(Finding f, List<String> pictures, int[] next, Writer w) throws IOException {
        String sev = f.severity().name();
        w.write("<div class=\"finding " + sev + "\">\n<p><span class=\"sev " + sev + "\">" + sev + "</span> "
                + esc(f.message()) + " <code class=\"rule\">" + esc(f.rule()) + "</code></p>\n");
        if (!f.figures().isEmpty()) {
            w.write("<table class=\"figures\">");
            for (Map.Entry<String, Amount> e : f.figures().entrySet()) {
                w.write("<tr><th>" + esc(e.getKey()) + "</th><td>" + esc(e.getValue().display()) + "</td>"
                        + (e.getValue().raw() == null ? "" : "<td class=\"raw\">" + esc(e.getValue().raw()) + "</td>")
                        + "</tr>");
            }
            w.write("</table>\n");
        }
        for (Evidence e : f.evidence()) {
            w.write("<figure class=\"evidence\">");
            String img = pictures.get(next[0]++);
            if (img != null) {
                w.write("<img src=\"" + img + "\" alt=\"" + esc(e.place().describe()) + "\">");
            } else if (e.text() != null && !e.text().isEmpty()) {
                w.write("<blockquote>" + esc(e.text()) + "</blockquote>");
            }
            w.write("<figcaption>" + esc(e.place().describe()) + (e.text() == null || img == null ? ""
                    : " · " + esc(e.text())) + cellRef(e) + "</figcaption></figure>\n");
        }
        w.write("</div>\n");
    }

    private static String cellRef(Evidence e) {
        if (e.table() == null) {
            return "";
        }
        return " · " + esc(e.table()) + (e.row() == null ? "" : " 行 " + (e.row() + 1))
                + (e.column() == null ? "" : " 列 " + esc(e.column()));
    }

    private static void table(Table t, Writer w) throws IOException {
        String title = (t.number() == null ? "" : t.number() + " ") + t.title();
        w.write("<details class=\"table\"><summary>" + esc(t.id()) + " · " + esc(title) + " · " + esc(t.kind().name())
                + (t.pages().isEmpty() ? "" : " · 第" + t.pages().stream().map(String::valueOf)
                .collect(Collectors.joining("、")) + "页") + (t.unit() == null ? "" : " · 单位：" + esc(t.unit().label()))
                + "</summary>\n");
        if (t.emptyNote() != null) {
            w.write("<p>" + esc(t.emptyNote()) + "</p>\n");
        }
        w.write("<table class=\"data\"><thead><tr><th>行次</th><th>科目编码</th><th>项目</th>");
        for (ColumnDef c : t.columns()) {
            w.write("<th>" + esc(c.label()) + "</th>");
        }
        w.write("</tr></thead><tbody>\n");
        List<Row> rows = t.rows();
        for (int i = 0; i < Math.min(rows.size(), MAX_TABLE_ROWS); i++) {
            Row r = rows.get(i);
            w.write("<tr><td>" + esc(r.lineNo() == null ? "" : r.lineNo()) + "</td><td>"
                    + esc(r.code() == null ? "" : r.code().digits()) + "</td><td>" + esc(r.label()) + "</td>");
            for (int c = 0; c < t.columns().size(); c++) {
                Cell cell = r.cell(c);
                w.write(cell == null ? "<td></td>" : "<td" + (cell.hasAmount() ? " class=\"num\"" : "") + ">"
                        + esc(cell.raw()) + "</td>");
            }
            w.write("</tr>\n");
        }
        w.write("</tbody></table>\n");
        if (rows.size() > MAX_TABLE_ROWS) {
            w.write("<p>… 另有 " + (rows.size() - MAX_TABLE_ROWS) + " 行（见 CSV）</p>\n");
        }
        for (String n : t.notes()) {
            w.write("<p class=\"note\">" + esc(n) + "</p>\n");
        }
        w.write("</details>\n");
    }

    /** The whole report: head, index of {@code rows}, then each input's fragment file (when there is one). */
    static void assemble(List<SummaryRow> rows, Function<SummaryRow, Path> fragmentOf, Writer w) throws IOException {
        w.write("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>算账 suanzhang 报告</title>\n<style>" + CSS + "</style></head><body>\n");
        long e = rows.stream().mapToLong(SummaryRow::errors).sum();
        long wa = rows.stream().mapToLong(SummaryRow::warnings).sum();
        long in = rows.stream().mapToLong(SummaryRow::infos).sum();
        w.write("<h1>算账 · 核对报告</h1>\n<p>" + rows.size() + " 个文件 · <span class=\"sev ERROR\">ERROR " + e
                + "</span> <span class=\"sev WARNING\">WARNING " + wa + "</span> <span class=\"sev INFO\">INFO " + in
                + "</span></p>\n");
        w.write("<table class=\"index\"><thead><tr><th>文件</th><th>状态</th><th>页</th><th>表</th><th>ERROR</th>"
                + "<th>WARNING</th><th>INFO</th><th>原因</th></tr></thead><tbody>\n");
        for (SummaryRow r : rows) {
            w.write("<tr><td><a href=\"#" + esc(anchor(r.document())) + "\">" + esc(r.file()) + "</a></td><td>"
                    + statusBadge(r) + "</td><td>" + r.pages() + "</td><td>" + r.tables() + "</td><td class=\"num\">"
                    + r.errors() + "</td><td class=\"num\">" + r.warnings() + "</td><td class=\"num\">" + r.infos()
                    + "</td><td>" + esc(r.reason().isEmpty() ? "" : r.reason() + ": " + r.message()) + "</td></tr>\n");
        }
        w.write("</tbody></table>\n");
        for (SummaryRow r : rows) {
            Path f = fragmentOf.apply(r);
            if (f != null && Files.isRegularFile(f)) {
                try (Reader in2 = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    in2.transferTo(w);
                }
            } else {
                fragment(r, null, null, w);
            }
        }
        w.write("<footer>suanzhang · 每个发现附页面截图（黄色框为所指位置）。</footer>\n</body></html>\n");
    }

    private static String statusBadge(SummaryRow r) {
        return "<span class=\"status " + r.status().label() + "\">" + esc(r.status().label()) + "</span>";
    }

    static String anchor(String document) {
        return "d-" + document;
    }

    /** HTML-escapes text (also for attribute values) and drops control characters. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\n' -> sb.append("<br>");
                default -> {
                    if (c >= 0x20 && c != 0x7F || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em auto;\
            max-width:1100px;padding:0 1em;color:#222;line-height:1.5}
            h1{font-size:1.6em}h2{font-size:1.25em;border-top:2px solid #ccc;padding-top:.8em;word-break:break-all}
            h3{font-size:1.05em;margin-top:1.2em}
            table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:2px 6px;vertical-align:top}
            th{background:#f4f4f4}.num{text-align:right;font-variant-numeric:tabular-nums}
            table.index td:first-child{word-break:break-all}
            .sev,.status{display:inline-block;border-radius:3px;padding:0 6px;font-size:.85em;font-weight:600;color:#fff}
            .sev.ERROR{background:#c62828}.sev.WARNING{background:#ef8f00}.sev.INFO{background:#1e6fb8}
            .status{background:#607d8b}.status.ok{background:#2e7d32}.status.failed,.status.timeout,\
            .status.unreadable{background:#6d1b1b}.status.partly-readable{background:#ad6800}
            .finding{border-left:4px solid #999;padding:.3em .8em;margin:.8em 0;background:#fafafa}
            .finding.ERROR{border-color:#c62828}.finding.WARNING{border-color:#ef8f00}.finding.INFO{border-color:#1e6fb8}
            .rule{color:#777;font-size:.8em}.figures{margin:.3em 0}.figures .raw{color:#888}
            figure.evidence{margin:.5em 0}figure.evidence img{max-width:100%;border:1px solid #ccc}
            figcaption{font-size:.85em;color:#555}blockquote{margin:.3em 0;padding:.3em .8em;border-left:3px solid #ccc;\
            background:#fff}
            .reason{color:#6d1b1b}details.table{margin:.4em 0}summary{cursor:pointer}table.data{font-size:.85em}
            .note{font-size:.85em;color:#555}footer{margin-top:3em;color:#888;font-size:.85em}
            """;
}
