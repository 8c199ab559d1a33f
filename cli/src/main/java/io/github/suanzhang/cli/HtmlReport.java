package io.github.suanzhang.cli;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.FindingId;
import io.github.suanzhang.core.doc.OutlineEntry;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.ColumnDef;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The HTML report: {@code report.html}, an index of all inputs ({@link ReportIndex}), and one page per input,
 * {@code report/<name>.html}, with each finding ({@link FindingHtml}: pictures of the evidence places as
 * {@code data:} URIs, each page number linked to a picture of the whole page in {@code report/pages/<name>/}),
 * the problems and the tables. Style and script are two shared files in {@code report/}; nothing is loaded
 * from the network, and the files open from disk.
 *
 * <p>Each input's page body is written by its worker into a fragment file ({@link #fragment}) as soon as the
 * input is done, with a small data file for the index ({@link ReportData}); {@link #assemble} wraps each
 * fragment into its page and streams the data into the index, so the report is never held in memory. All
 * text is escaped.
 */
final class HtmlReport {
    /** Pictures per input; further evidence is listed by place only (keeps the report's size bounded). */
    static final int MAX_PICTURES = 200;
    /** Lines shown per table. */
    static final int MAX_TABLE_ROWS = 2000;

    private HtmlReport() {
    }

    /** {@link #fragment(SummaryRow, Audit, Path, Baseline, Path, Writer)} without a baseline or page pictures. */
    static void fragment(SummaryRow row, Audit audit, Path file, Writer w) throws IOException {
        fragment(row, audit, file, Baseline.NONE, null, w);
    }

    /**
     * One input's page body. {@code audit} may be a failure (no tables); {@code file} is read for the pictures
     * of the evidence places of ERROR and WARNING findings, none when it is null; {@code pagesDir} receives a
     * picture of each page drawn from.
     */
    static void fragment(SummaryRow row, Audit audit, Path file, Baseline baseline, Path pagesDir, Writer w)
            throws IOException {
        w.write("<section class=\"doc\" id=\"" + esc(anchor(row.document())) + "\" data-doc=\"" + esc(row.document())
                + "\">\n");
        w.write("<h2>" + esc(row.file()) + "</h2>\n");
        w.write("<p class=\"meta\">" + statusBadge(row) + " " + row.pages() + " 页 · " + row.tables() + " 表 · "
                + "<span class=\"sev ERROR\">错误 " + row.errors() + "</span> "
                + "<span class=\"sev WARNING\">警告 " + row.warnings() + "</span> "
                + "<span class=\"sev INFO\">提示 " + row.infos() + "</span>");
        if (audit != null && audit.disclosure().document() != null) {
            String about = TextSummary.about(audit.disclosure().document());
            if (!about.isEmpty()) {
                w.write(" · " + esc(about));
            }
        }
        w.write("</p>\n");
        SummaryRow.CoverageCounts cov = row.coverage();
        if (cov.tableFigures() > 0 || cov.claimsRead() > 0) {
            // "agrees" and "not checked" told apart: how much of the tables and the narrative a rule compared
            List<String> parts = new ArrayList<>();
            if (cov.tableFigures() > 0) {
                parts.add("表格数字 " + cov.tableFigures() + " 个中 " + cov.figuresCovered() + " 个已核对（至少一项勾稽关系），"
                        + cov.figuresNotCovered() + " 个未核对");
            }
            if (cov.claimsRead() > 0) {
                parts.add("叙述中的数字说法 " + cov.claimsRead() + " 条中 " + cov.claimsCheckable() + " 条可核对");
            }
            w.write("<p class=\"coverage\" title=\"未核对的数字没有任何规则与其他数字比较过：没有发现问题不等于核对无误。表格中以虚线框标出。\">"
                    + esc(String.join(" · ", parts)) + "</p>\n");
        }
        if (!row.message().isEmpty()) {
            w.write("<p class=\"reason\">" + esc(row.reason().isEmpty() ? "" : Zh.problem(row.reason()) + "：")
                    + esc(row.message()) + "</p>\n");
        }
        if (audit == null) {
            w.write("</section>\n");
            return;
        }
        Disclosure d = audit.disclosure();
        List<String> pictures = List.of();
        if (!audit.findings().isEmpty()) {
            // pictures of the places ERROR and WARNING findings cite; an INFO finding's evidence is listed by
            // place and quoted text; none at all without a file (--no-pictures)
            List<EvidenceRenderer.Shot> shots = new ArrayList<>();
            for (Finding f : audit.findings()) {
                for (Evidence e : f.evidence()) {
                    shots.add(pictured(f) ? FindingHtml.shot(d, e) : EvidenceRenderer.Shot.of(Place.UNKNOWN));
                }
            }
            if (file == null || shots.stream().allMatch(s -> s.place().box() == null || s.place().page() <= 0)) {
                pictures = Collections.nCopies(shots.size(), null);
            } else {
                try (EvidenceRenderer renderer = new EvidenceRenderer(file, pagesDir)) {
                    pictures = renderer.shots(shots, MAX_PICTURES);
                }
            }
        }
        contents(d, row.document(), pagesDir, w);
        if (!audit.findings().isEmpty()) {
            w.write(summaryChart(audit, baseline));
            w.write("<p class=\"tools\"><button type=\"button\" class=\"export\">导出审核结论（baseline CSV）</button> "
                    + "<span class=\"hint\">审核结论保存在本浏览器中；导出的文件用 <code>--baseline</code> 传给下一次核对。</span></p>\n");
            w.write("<h3>发现（" + audit.findings().size() + "）</h3>\n");
            int[] next = {0};
            for (Finding f : audit.findings()) {
                String id = FindingId.of(d.source(), f);
                FindingHtml.write(d, row.document(), id, f, baseline.get(id), !baseline.isEmpty(), pictures, next, w);
            }
        }
        if (!d.problems().isEmpty()) {
            w.write("<h3>读取中的问题（" + d.problems().size() + "）</h3>\n<ul class=\"problems\">\n");
            for (Problem p : d.problems()) {
                w.write("<li><span class=\"kind\" title=\"" + esc(p.kind().name()) + "\">" + esc(Zh.problem(p.kind()))
                        + "</span> " + esc(Zh.message(p.message())) + (p.place().equals(Place.UNKNOWN) ? ""
                        : " <span class=\"place\">" + esc(p.place().describe()) + "</span>") + "</li>\n");
            }
            w.write("</ul>\n");
        }
        if (!d.tables().isEmpty()) {
            w.write("<h3>表格（" + d.tables().size() + "）</h3>\n");
            Set<String> unchecked = new HashSet<>();
            if (audit.cells() != null) {
                audit.cells().uncovered().forEach(u -> unchecked.add(u.table() + "/" + u.row() + "/" + u.column()));
            }
            for (Table t : d.tables()) {
                table(t, unchecked, w);
            }
        }
        w.write("</section>\n");
    }

    /** At most this many outline entries are listed in a document's contents. */
    static final int MAX_CONTENTS = 300;

    /**
     * The document's outline as a navigable contents list: the numbered headings of the body ({@code 第一部分},
     * {@code 一、}, {@code （一）}, {@code 1.}), indented by level — or the lines of the printed 目录 when no heading
     * was read — each with its page, linked to the page's picture when the report drew one and else to the
     * table that starts on that page. Nothing when the document has no outline.
     */
    static void contents(Disclosure d, String document, Path pagesDir, Writer w) throws IOException {
        List<OutlineEntry> entries = d.outline(OutlineEntry.Kind.HEADING);
        boolean printed = entries.isEmpty();
        if (printed) {
            entries = d.outline(OutlineEntry.Kind.CONTENTS);
        }
        if (entries.isEmpty()) {
            return;
        }
        w.write("<details class=\"contents\" open><summary>目录（" + (printed ? "文件所印目录，" : "正文标题，")
                + entries.size() + "项）</summary>\n<ol class=\"contents\">\n");
        for (OutlineEntry e : entries.subList(0, Math.min(entries.size(), MAX_CONTENTS))) {
            int page = e.place().page();
            w.write("<li class=\"lv" + e.level() + "\">" + esc(e.text()));
            if (printed && e.listed() != null) {
                w.write(" <span class=\"listed\">…… " + e.listed() + "</span>");
            }
            if (page > 0) {
                String href = null;
                if (pagesDir != null && Files.exists(pagesDir.resolve(page + ".png"))) {
                    href = "pages/" + document + "/" + page + ".png";
                } else {
                    href = d.tables().stream().filter(t -> !t.pages().isEmpty() && t.pages().get(0) == page).findFirst()
                            .map(t -> "#t-" + t.id()).orElse(null);
                }
                String where = "第" + page + "页";
                w.write(" " + (href == null ? "<span class=\"place\">" + where + "</span>"
                        : "<a class=\"place\" href=\"" + esc(href) + "\">" + where + "</a>"));
            }
            w.write("</li>\n");
        }
        w.write("</ol>\n");
        if (entries.size() > MAX_CONTENTS) {
            w.write("<p>… 另有 " + (entries.size() - MAX_CONTENTS) + " 项（见 JSON 的 outline）</p>\n");
        }
        w.write("</details>\n");
    }

    /** Whether the report draws the evidence places of {@code f}: those of ERROR and WARNING findings. */
    static boolean pictured(Finding f) {
        return f.severity() == Severity.ERROR || f.severity() == Severity.WARNING;
    }

    /** The per-document summary: findings by severity, new or reviewed. */
    private static String summaryChart(Audit audit, Baseline baseline) {
        Map<String, Map<String, Long>> data = new LinkedHashMap<>();
        Map<Severity, long[]> n = new EnumMap<>(Severity.class);
        for (Finding f : audit.findings()) {
            boolean reviewed = baseline.get(FindingId.of(audit.disclosure().source(), f)) != null;
            n.computeIfAbsent(f.severity(), k -> new long[2])[reviewed ? 1 : 0]++;
        }
        for (Severity s : Severity.values()) {
            long[] c = n.getOrDefault(s, new long[2]);
            Map<String, Long> m = new LinkedHashMap<>();
            m.put(s.name(), c[0]);
            m.put("reviewed", c[1]);
            data.put(Zh.severity(s), m);
        }
        Map<String, String> series = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            series.put(s.name(), Zh.severity(s) + "（未审）");
        }
        series.put("reviewed", "已审");
        return Charts.bars("本文件的发现（按严重程度）", data, series, "doc-summary");
    }

    /** A table as read; the figures no identity compared ({@code unchecked}: table/row/column) are marked. */
    private static void table(Table t, Set<String> unchecked, Writer w) throws IOException {
        String title = (t.number() == null ? "" : t.number() + " ") + t.title();
        w.write("<details class=\"table\" id=\"t-" + esc(t.id()) + "\"><summary>" + esc(t.id()) + " · " + esc(title)
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
                boolean open = cell != null && cell.hasAmount()
                        && unchecked.contains(t.id() + "/" + i + "/" + t.columns().get(c).key());
                w.write(cell == null ? "<td></td>" : "<td" + (cell.hasAmount() ? " class=\"num" + (open
                        ? " unchecked\" title=\"未经任何勾稽关系核对" : "") + "\"" : "") + ">" + esc(cell.raw()) + "</td>");
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

    /**
     * The whole report: the shared style and script, a page per input (its fragment, or a page of its summary
     * row when there is none), the search data, and the index.
     */
    static void assemble(List<SummaryRow> rows, OutputLayout layout, Baseline baseline) throws IOException {
        Path dir = layout.reportDir();
        Files.createDirectories(dir);
        copyResource("report.css", dir.resolve("report.css"));
        copyResource("report.js", dir.resolve("report.js"));
        for (SummaryRow r : rows) {
            try (Writer w = Files.newBufferedWriter(dir.resolve(page(r.document())), StandardCharsets.UTF_8)) {
                w.write("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\n"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
                        + esc(r.file()) + " · 算账</title>\n<link rel=\"stylesheet\" href=\"report.css\"></head>\n"
                        + "<body class=\"docpage\">\n<nav><a href=\"../" + OutputLayout.HTML + "\">← 全部文件</a></nav>\n");
                Path f = layout.part(r.document(), OutputLayout.HTML);
                if (Files.isRegularFile(f)) {
                    try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                        in.transferTo(w);
                    }
                } else {
                    fragment(r, null, null, w);
                }
                w.write("<footer>算账 suanzhang · 图中黄色框为所指数字；点页码看整页。</footer>\n"
                        + "<script src=\"report.js\"></script>\n</body></html>\n");
            }
        }
        try (Writer idx = Files.newBufferedWriter(layout.root.resolve(OutputLayout.HTML), StandardCharsets.UTF_8);
             Writer search = Files.newBufferedWriter(dir.resolve(ReportIndex.SEARCH_FILE), StandardCharsets.UTF_8)) {
            ReportIndex.write(rows, r -> layout.part(r.document(), OutputLayout.REPORT_DATA), baseline, layout.root, idx, search);
        }
    }

    /** The file name of the page of input {@code document} inside {@code report/}. */
    static String page(String document) {
        return document + ".html";
    }

    private static void copyResource(String name, Path to) throws IOException {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            Files.copy(in, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String statusBadge(SummaryRow r) {
        return "<span class=\"status " + r.status().label() + "\" title=\"" + r.status().label() + "\">"
                + esc(Zh.status(r.status())) + "</span>";
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
}
