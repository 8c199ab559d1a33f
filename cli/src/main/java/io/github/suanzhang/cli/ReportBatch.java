package io.github.suanzhang.cli;

import static io.github.suanzhang.cli.HtmlReport.esc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.suanzhang.core.io.Json;
import io.github.suanzhang.runner.BatchLinks;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The section "跨文件核对" of {@code report.html}: the links between documents and the {@code batch.*} findings,
 * streamed from the {@code batch.json} of the output folder (docs/batch.md), one link or finding at a time.
 * Static HTML; a document's name links to
 * its page in {@code report/} when the batch has one for it.
 */
final class ReportBatch {
    private ReportBatch() {
    }

    /**
     * Writes the section from {@code root/batch.json}; nothing when there is no such file.
     *
     * @param pages the page in {@code report/} of each input, by its file as the batch names it
     */
    static void write(Path root, Map<String, String> pages, Writer w) throws IOException {
        Path file = root.resolve(BatchLinks.JSON);
        if (!Files.isRegularFile(file)) {
            return;
        }
        // two passes over the file, one link or finding in memory at a time: the counts head the section
        int[] n = new int[2];
        int unlinkable = stream(file, l -> n[0]++, f -> n[1]++);
        w.write("<section id=\"batch\" class=\"batch\">\n<h2>跨文件核对</h2>\n<p class=\"note\">" + n[0]
                + " 个关联 · " + n[1] + " 个跨文件发现 · " + unlinkable + " 个文件无法关联"
                + "（缺类型、年度、范围或单位名称）</p>\n");
        boolean[] open = new boolean[2];
        stream(file, l -> {
            if (!open[0]) {
                w.write("<h3>文件关联</h3>\n<table class=\"links\"><thead><tr><th>类型</th><th>状态</th><th class=\"num\">置信度</th>"
                        + "<th>从</th><th>到</th><th>依据</th></tr></thead><tbody>\n");
                open[0] = true;
            }
            link(l, pages, w);
        }, f -> {
            if (open[0]) {
                w.write("</tbody></table>\n");
                open[0] = false;
            }
            if (!open[1]) {
                w.write("<h3>跨文件发现</h3>\n<table class=\"batch-findings\"><thead><tr><th>规则</th><th>严重程度</th>"
                        + "<th>说明</th><th>文件与页码</th></tr></thead><tbody>\n");
                open[1] = true;
            }
            String sev = f.path("severity").asText("");
            w.write("<tr><td>" + esc(f.path("rule").asText()) + "</td><td><span class=\"sev " + esc(sev) + "\">"
                    + esc(sev) + "</span></td><td>" + esc(f.path("message").asText("")) + "</td><td>"
                    + places(f, pages) + "</td></tr>\n");
        });
        if (open[0] || open[1]) {
            w.write("</tbody></table>\n");
        }
        w.write("</section>\n");
    }

    private static void link(JsonNode l, Map<String, String> pages, Writer w) throws IOException {
        boolean ambiguous = "ambiguous".equals(l.path("status").asText());
        StringBuilder to = new StringBuilder();
        if (ambiguous) {
            to.append("不确定，可能是：");
            for (JsonNode c : l.path("candidates")) {
                to.append("<br>").append(doc(c.asText(), pages));
            }
        } else {
            to.append(doc(l.path("to").asText(""), pages));
        }
        w.write("<tr class=\"" + (ambiguous ? "ambiguous" : "linked") + "\"><td>" + esc(l.path("kind").asText())
                + "</td><td>" + (ambiguous ? "不确定" : "已关联") + "</td><td class=\"num\">"
                + (l.hasNonNull("confidence") ? esc(l.get("confidence").asText()) : "") + "</td><td>"
                + doc(l.path("from").asText(""), pages) + "</td><td>" + to + "</td><td>"
                + esc(l.path("evidence").asText("")) + "</td></tr>\n");
    }

    /** Receives one element of batch.json's arrays. */
    @FunctionalInterface
    interface Sink {
        void accept(JsonNode node) throws IOException;
    }

    /**
     * Streams {@code batch.json}: each element of {@code links} and of {@code findings} to its sink, one at a
     * time (the file may hold tens of thousands); returns the {@code unlinkable} count.
     */
    static int stream(Path file, Sink links, Sink findings) throws IOException {
        int unlinkable = 0;
        try (JsonParser p = Json.mapper().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return 0;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (t == JsonToken.START_ARRAY && (name.equals("links") || name.equals("findings"))) {
                    Sink sink = name.equals("links") ? links : findings;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        sink.accept(p.readValueAsTree());
                    }
                } else if (name.equals("unlinkable") && t.isNumeric()) {
                    unlinkable = p.getIntValue();
                } else {
                    p.skipChildren();
                }
            }
        }
        return unlinkable;
    }

    /** Each document of the finding (its own first, then the others its evidence names) with the pages (lines of a text export) cited. */
    private static String places(JsonNode f, Map<String, String> pages) {
        Map<String, Set<String>> byDoc = new java.util.LinkedHashMap<>();
        byDoc.put(f.path("document").asText(""), new LinkedHashSet<>());
        for (JsonNode e : f.path("evidence")) {
            String d = e.path("document").asText(f.path("document").asText(""));
            Set<String> ps = byDoc.computeIfAbsent(d, k -> new LinkedHashSet<>());
            int p = e.path("place").path("page").asInt(0);
            int line = e.path("place").path("line").asInt(0);
            if (p > 0) {
                ps.add("第" + p + "页");
            } else if (line > 0) {
                ps.add("第" + line + "行"); // a text export: lines, no pages
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Set<String>> x : byDoc.entrySet()) {
            if (x.getKey().isEmpty()) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : "<br>").append(doc(x.getKey(), pages));
            for (String p : x.getValue()) {
                sb.append(' ').append(p);
            }
        }
        return sb.toString();
    }

    /** A document's file name, linking to its report page when there is one. */
    private static String doc(String file, Map<String, String> pages) {
        String name = esc(file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1));
        String page = pages.get(file);
        return page == null ? "<span title=\"" + esc(file) + "\">" + name + "</span>"
                : "<a href=\"report/" + esc(page) + "\" title=\"" + esc(file) + "\">" + name + "</a>";
    }
}
