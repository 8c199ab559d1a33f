package io.github.suanzhang.cli;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.DocumentInfo;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import java.util.stream.Collectors;

/** The readable summary of one input for stdout: status, counts, every finding, the problems. */
final class TextSummary {
    /** Problems listed per input; the rest are counted. */
    static final int MAX_PROBLEMS = 10;

    private TextSummary() {
    }

    static String render(SummaryRow row, Audit audit) {
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(row.file()).append('\n');
        sb.append("   状态 ").append(row.status().label());
        if (!row.reason().isEmpty()) {
            sb.append(" (").append(row.reason()).append(')');
        }
        sb.append(" · ").append(row.pages()).append(" 页 · ").append(row.tables()).append(" 表 · ERROR ")
                .append(row.errors()).append(" · WARNING ").append(row.warnings()).append(" · INFO ")
                .append(row.infos()).append('\n');
        if (!row.message().isEmpty()) {
            sb.append("   ").append(row.message()).append('\n');
        }
        if (audit == null) {
            return sb.toString();
        }
        DocumentInfo info = audit.disclosure().document();
        String about = about(info);
        if (!about.isEmpty()) {
            sb.append("   ").append(about).append('\n');
        }
        for (Finding f : audit.findings()) {
            sb.append(String.format("   %-7s %s  %s", f.severity().name(), f.message(), places(f))).append('\n');
            if (!f.figures().isEmpty()) {
                sb.append("           ").append(f.figures().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue().display()).collect(Collectors.joining("; ")))
                        .append("  [").append(f.rule()).append("]\n");
            }
        }
        var problems = audit.disclosure().problems();
        for (int i = 0; i < Math.min(MAX_PROBLEMS, problems.size()); i++) {
            Problem p = problems.get(i);
            sb.append("   问题 ").append(p.kind().name()).append(": ").append(p.message());
            if (p.place() != Place.UNKNOWN && !p.place().equals(Place.UNKNOWN)) {
                sb.append(" (").append(p.place().describe()).append(')');
            }
            sb.append('\n');
        }
        if (problems.size() > MAX_PROBLEMS) {
            sb.append("   … 另有 ").append(problems.size() - MAX_PROBLEMS).append(" 个问题\n");
        }
        return sb.toString();
    }

    static String about(DocumentInfo info) {
        StringBuilder sb = new StringBuilder();
        if (info.entity() != null) {
            sb.append(info.entity()).append(' ');
        }
        if (info.year() != null) {
            sb.append(info.year()).append("年度 ");
        }
        sb.append(info.scope().label()).append(info.type().label());
        return sb.toString().strip();
    }

    private static String places(Finding f) {
        return f.evidence().stream().map(Evidence::place).map(Place::describe).distinct()
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
