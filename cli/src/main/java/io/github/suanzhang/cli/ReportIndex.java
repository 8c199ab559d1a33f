package io.github.suanzhang.cli;

import io.github.suanzhang.runner.Status;
import static io.github.suanzhang.cli.HtmlReport.esc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.suanzhang.core.io.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code report.html}: the index of all inputs. Totals, two inline SVG charts (findings by rule and severity,
 * documents by status), and a table of the documents — sortable and filterable by region, year, kind,
 * severity, rule and status, shown a page at a time by {@code report.js} from data embedded in the page
 * (one short record per document, so 10,000 documents are a few MB) — and a search across all findings,
 * whose data ({@value #SEARCH_FILE}) is loaded only when a search starts.
 */
final class ReportIndex {
    static final String SEARCH_FILE = "findings.js";

    private ReportIndex() {
    }

    /** With the section "跨文件核对" ({@link ReportBatch}) when {@code batchRoot} holds a batch.json. */
    static void write(List<SummaryRow> rows, Function<SummaryRow, Path> dataOf, Baseline baseline, Path batchRoot,
                      Writer idx, Writer search) throws IOException {
        Map<String, Map<String, Long>> byRule = new TreeMap<>();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            byStatus.put(Zh.status(s), 0L);
        }
        Set<String> seen = new HashSet<>();
        StringWriter docs = new StringWriter();
        long e = 0;
        long wa = 0;
        long in = 0;
        long open = 0;
        search.write("window.SZ_FINDINGS=[\n");
        try (JsonGenerator dj = Json.mapper().getFactory().createGenerator(docs);
             JsonGenerator sj = Json.mapper().getFactory().createGenerator(search)) {
            dj.writeStartArray();
            for (int i = 0; i < rows.size(); i++) {
                SummaryRow r = rows.get(i);
                JsonNode data = ReportData.read(dataOf.apply(r));
                e += r.errors();
                wa += r.warnings();
                in += r.infos();
                byStatus.merge(Zh.status(r.status()), 1L, Long::sum);
                Set<String> rules = new java.util.TreeSet<>();
                long unreviewed = 0;
                if (data != null) {
                    for (JsonNode f : data.path("f")) {
                        String id = f.get(0).asText();
                        String sev = f.get(1).asText();
                        String rule = f.get(2).asText();
                        rules.add(rule);
                        seen.add(id);
                        String sevName = sev.equals("E") ? "ERROR" : sev.equals("W") ? "WARNING" : "INFO";
                        byRule.computeIfAbsent(rule, k -> new LinkedHashMap<>()).merge(sevName, 1L, Long::sum);
                        if (f.get(4).asText().isEmpty()) {
                            unreviewed++;
                        }
                        sj.writeStartArray();
                        sj.writeNumber(i);
                        for (int k = 0; k < 6; k++) {
                            sj.writeString(f.get(k).asText());
                        }
                        sj.writeEndArray();
                        sj.writeRaw(",\n");
                    }
                }
                open += unreviewed;
                dj.writeStartObject();
                dj.writeStringField("n", r.document());
                dj.writeStringField("u", HtmlReport.page(r.document()));
                dj.writeStringField("f", r.file());
                dj.writeStringField("c", data == null ? ReportData.region(null, r.file()) : data.path("c").asText(""));
                dj.writeStringField("y", data == null || !data.has("y") ? "" : data.get("y").asText());
                dj.writeStringField("k", data == null ? "" : data.path("k").asText(""));
                dj.writeStringField("st", r.status().label());
                dj.writeStringField("s", Zh.status(r.status()));
                dj.writeNumberField("p", r.pages());
                dj.writeNumberField("t", r.tables());
                dj.writeNumberField("e", r.errors());
                dj.writeNumberField("w", r.warnings());
                dj.writeNumberField("i", r.infos());
                dj.writeNumberField("o", unreviewed);
                dj.writeArrayFieldStart("r");
                for (String rule : rules) {
                    dj.writeString(rule);
                }
                dj.writeEndArray();
                dj.writeStringField("m", r.reason().isEmpty() ? r.message() : Zh.problem(r.reason()) + "：" + r.message());
                dj.writeEndObject();
            }
            dj.writeEndArray();
            sj.flush();
            search.write("];\nwindow.SZ_BASELINE=[\n");
            // verdicts of findings this run did not see: kept, so that an exported baseline loses nothing
            for (Baseline.Entry b : baseline.entries().values()) {
                if (!seen.contains(b.id())) {
                    sj.writeStartArray();
                    for (String s : List.of(b.id(), b.verdict().key, b.note(), b.document(), b.rule(), b.message())) {
                        sj.writeString(s);
                    }
                    sj.writeEndArray();
                    sj.writeRaw(",\n");
                }
            }
            sj.flush();
            search.write("];\n");
        }
        Map<String, Map<String, Long>> rulesSorted = new LinkedHashMap<>();
        byRule.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().values().stream().mapToLong(Long::longValue).sum(),
                        a.getValue().values().stream().mapToLong(Long::longValue).sum()))
                .forEach(x -> rulesSorted.put(x.getKey(), x.getValue()));
        byStatus.values().removeIf(v -> v == 0);

        idx.write("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>算账 suanzhang 核对报告</title>\n<link rel=\"stylesheet\" href=\"report/report.css\"></head>\n"
                + "<body class=\"index\" data-base=\"report/\">\n<h1>算账 · 核对报告</h1>\n");
        idx.write("<p class=\"totals\">" + rows.size() + " 个文件 · <span class=\"sev ERROR\">错误 " + e
                + "</span> <span class=\"sev WARNING\">警告 " + wa + "</span> <span class=\"sev INFO\">提示 " + in
                + "</span> · 未审 " + open + (baseline.isEmpty() ? "" : " · 审核记录 " + esc(String.valueOf(baseline.file())))
                + "</p>\n<div class=\"charts\">");
        idx.write(Charts.bars("发现（按规则与严重程度）", rulesSorted, Charts.severities(), "by-rule"));
        Map<String, Map<String, Long>> st = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            Long n = byStatus.get(Zh.status(s));
            if (n != null) {
                st.put(Zh.status(s), Map.of(s.label(), n));
            }
        }
        Map<String, String> stSeries = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            stSeries.put(s.label(), Zh.status(s));
        }
        idx.write(Charts.bars("文件（按状态）", st, stSeries, "by-status"));
        idx.write("</div>\n");
        idx.write("""
                <div class="filters">
                <input id="q" type="search" placeholder="搜索全部发现（文字、规则、编号）" size="36">
                <select id="f-c"><option value="">全部地区</option></select>
                <select id="f-y"><option value="">全部年度</option></select>
                <select id="f-k"><option value="">全部类型</option></select>
                <select id="f-sev"><option value="">任何严重程度</option><option value="e">有错误</option>\
                <option value="w">有警告</option><option value="i">有提示</option><option value="none">无发现</option>\
                <option value="open">有未审发现</option></select>
                <select id="f-r"><option value="">全部规则</option></select>
                <select id="f-st"><option value="">全部状态</option></select>
                <button type="button" class="export">导出审核结论（baseline CSV）</button>
                </div>
                <div id="results" hidden></div>
                <p id="count" class="count"></p>
                <table id="docs" class="index"><thead><tr><th data-k="f">文件</th><th data-k="c">地区</th>\
                <th data-k="y">年度</th><th data-k="k">类型</th><th data-k="s">状态</th><th data-k="p" class="num">页</th>\
                <th data-k="e" class="num">错误</th><th data-k="w" class="num">警告</th><th data-k="i" class="num">提示</th>\
                <th data-k="o" class="num">未审</th><th data-k="m">说明</th></tr></thead><tbody></tbody></table>
                <div id="pager" class="pager"></div>
                <noscript><p>此页用脚本显示文件列表；各文件的页面在 report/ 文件夹中。</p></noscript>
                """);
        if (batchRoot != null) {
            Map<String, String> pages = new java.util.HashMap<>();
            for (SummaryRow r : rows) {
                if (r.file() != null && r.document() != null) {
                    pages.put(r.file(), HtmlReport.page(r.document()));
                }
            }
            ReportBatch.write(batchRoot, pages, idx);
        }
        idx.write("<script id=\"sz-docs\" type=\"application/json\">");
        idx.write(docs.toString().replace("</", "<\\/"));
        Map<String, String> names = new TreeMap<>();
        for (String rule : byRule.keySet()) {
            names.put(rule, Zh.rule(rule));
        }
        idx.write("</script>\n<script id=\"sz-rules\" type=\"application/json\">"
                + Json.mapper().writeValueAsString(names).replace("</", "<\\/") + "</script>\n");
        idx.write("<script src=\"report/report.js\"></script>\n"
                + "<footer>算账 suanzhang · 点文件名看该文件的发现与证据；审核结论保存在本浏览器中，可导出为 baseline CSV。</footer>\n"
                + "</body></html>\n");
    }
}
