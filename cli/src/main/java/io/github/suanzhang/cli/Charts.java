package io.github.suanzhang.cli;

import static io.github.suanzhang.cli.HtmlReport.esc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Inline SVG bar charts for the report (no script, no network): horizontal bars, one per label, stacked by series. */
final class Charts {
    /** Series colours by name: the severities and statuses of the report. */
    static final Map<String, String> COLOURS = Map.of("ERROR", "#c62828", "WARNING", "#ef8f00", "INFO", "#1e6fb8",
            "ok", "#2e7d32", "partly-readable", "#ad6800", "unreadable", "#6d1b1b", "failed", "#6d1b1b",
            "timeout", "#8e24aa", "skipped-unchanged", "#607d8b", "reviewed", "#9e9e9e");
    static final int MAX_BARS = 30;

    private Charts() {
    }

    /**
     * A stacked horizontal bar chart. {@code data}: label → (series → count), in display order (at most
     * {@value #MAX_BARS} bars; the rest are summed into 其他); {@code seriesNames}: series → legend text.
     */
    static String bars(String title, Map<String, Map<String, Long>> data, Map<String, String> seriesNames, String cssClass) {
        Map<String, Map<String, Long>> shown = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<String, Map<String, Long>> e : data.entrySet()) {
            if (n++ < MAX_BARS) {
                shown.put(e.getKey(), e.getValue());
            } else {
                Map<String, Long> rest = shown.computeIfAbsent("（其他）", k -> new LinkedHashMap<>());
                e.getValue().forEach((k, v) -> rest.merge(k, v, Long::sum));
            }
        }
        long max = 1;
        for (Map<String, Long> m : shown.values()) {
            max = Math.max(max, m.values().stream().mapToLong(Long::longValue).sum());
        }
        int labelW = 230;
        int barW = 380;
        int rowH = 20;
        int top = 28;
        int height = top + shown.size() * rowH + 28;
        StringBuilder sb = new StringBuilder();
        sb.append("<figure class=\"chart ").append(cssClass).append("\"><svg xmlns=\"http://www.w3.org/2000/svg\" ")
                .append("role=\"img\" width=\"").append(labelW + barW + 60).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(labelW + barW + 60).append(' ').append(height).append("\">")
                .append("<title>").append(esc(title)).append("</title>")
                .append("<text x=\"0\" y=\"16\" class=\"ct\">").append(esc(title)).append("</text>");
        int y = top;
        for (Map.Entry<String, Map<String, Long>> e : shown.entrySet()) {
            sb.append("<text x=\"").append(labelW - 6).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"end\" class=\"cl\">").append(esc(shorten(e.getKey())));
            String what = Zh.rule(e.getKey());
            if (!what.isEmpty()) {
                sb.append("<title>").append(esc(e.getKey() + "：" + what)).append("</title>");
            }
            sb.append("</text>");
            double x = labelW;
            long total = 0;
            for (String s : seriesNames.keySet()) {
                long v = e.getValue().getOrDefault(s, 0L);
                if (v == 0) {
                    continue;
                }
                double w = barW * (double) v / max;
                sb.append("<rect class=\"bar\" data-series=\"").append(esc(s)).append("\" x=\"").append(fmt(x))
                        .append("\" y=\"").append(y + 3).append("\" width=\"").append(fmt(Math.max(1, w)))
                        .append("\" height=\"").append(rowH - 6).append("\" fill=\"")
                        .append(COLOURS.getOrDefault(s, "#888")).append("\"><title>").append(esc(e.getKey()))
                        .append(' ').append(esc(seriesNames.get(s))).append(' ').append(v).append("</title></rect>");
                x += w;
                total += v;
            }
            sb.append("<text x=\"").append(fmt(x + 4)).append("\" y=\"").append(y + 14).append("\" class=\"cv\">")
                    .append(total).append("</text>");
            y += rowH;
        }
        int lx = labelW;
        for (Map.Entry<String, String> s : seriesNames.entrySet()) {
            sb.append("<rect x=\"").append(lx).append("\" y=\"").append(y + 8).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(COLOURS.getOrDefault(s.getKey(), "#888")).append("\"/><text x=\"").append(lx + 14)
                    .append("\" y=\"").append(y + 17).append("\" class=\"cl\">").append(esc(s.getValue())).append("</text>");
            lx += 24 + 14 * s.getValue().length();
        }
        sb.append("</svg></figure>");
        return sb.toString();
    }

    /** One series: label → count. */
    static String bars(String title, Map<String, Long> counts, String series, String seriesName, String cssClass) {
        Map<String, Map<String, Long>> data = new LinkedHashMap<>();
        counts.forEach((k, v) -> data.put(k, Map.of(series, v)));
        return bars(title, data, Map.of(series, seriesName), cssClass);
    }

    static Map<String, String> severities() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ERROR", "错误");
        m.put("WARNING", "警告");
        m.put("INFO", "提示");
        return m;
    }

    private static String shorten(String s) {
        return s.length() > 28 ? s.substring(0, 27) + "…" : s;
    }

    private static String fmt(double v) {
        return String.valueOf(Math.round(v * 10) / 10.0);
    }

    static List<String> order() {
        return List.of("ERROR", "WARNING", "INFO");
    }
}
