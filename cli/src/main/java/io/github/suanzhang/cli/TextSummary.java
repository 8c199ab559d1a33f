package io.github.suanzhang.cli;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.DocumentInfo;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.FindingId;
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
        return render(row, audit, Baseline.NONE);
    }

    /**
     * With the reviewer's verdicts: a reviewed finding says its verdict and note, an unreviewed one is marked
     * 新 when a baseline was given.
     */
    static String render(SummaryRow row, Audit audit, Baseline baseline) {
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(row.file()).append('\n');
        sb.append("   状态 ").append(Zh.status(row.status()));
        if (!row.reason().isEmpty()) {
            sb.append("（").append(Zh.problem(row.reason())).append('）');
        }
        sb.append(" · ").append(row.pages()).append(" 页 · ").append(row.tables()).append(" 表 · 错误 ")
                .append(row.errors()).append(" · 警告 ").append(row.warnings()).append(" · 提示 ")
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
            String id = FindingId.of(audit.disclosure().source(), f);
            Baseline.Entry v = baseline.get(id);
            String mark = v != null ? "[已审：" + v.verdict().zh + "] " : baseline.isEmpty() ? "" : "[新] ";
            sb.append("   ").append(Zh.severity(f.severity())).append("  ").append(mark).append(f.message()).append("  ")
                    .append(places(f)).append('\n');
            sb.append("         ");
            if (!f.figures().isEmpty()) {
                sb.append(f.figures().keySet().stream().map(k -> Zh.role(k) + " " + Zh.figure(f, k))
                        .collect(Collectors.joining("；"))).append("  ");
            }
            sb.append("规则 ").append(f.rule()).append(" · 编号 ").append(id).append('\n');
            if (v != null && !v.note().isEmpty()) {
                sb.append("         审核意见：").append(v.note()).append('\n');
            }
        }
        var problems = audit.disclosure().problems();
        for (int i = 0; i < Math.min(MAX_PROBLEMS, problems.size()); i++) {
            Problem p = problems.get(i);
            sb.append("   问题（").append(Zh.problem(p.kind())).append("）").append(Zh.message(p.message()));
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
