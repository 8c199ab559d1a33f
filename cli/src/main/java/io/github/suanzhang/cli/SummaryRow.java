package io.github.suanzhang.cli;

import io.github.suanzhang.runner.Status;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * One line of {@code summary.csv}: what became of one input.
 *
 * @param file     the input's path as given
 * @param status   what became of it
 * @param reason   when not ok: the {@code ProblemKind} (NOT_A_PDF, NO_TEXT_LAYER, TIMEOUT, …), else empty
 * @param pages    pages read (0 for text exports and failures)
 * @param tables   tables read
 * @param errors   findings of severity ERROR
 * @param warnings findings of severity WARNING
 * @param infos    findings of severity INFO
 * @param problems problems recorded (pages or tables that could not be read, …)
 * @param sha256   hex sha256 of the input's bytes, empty when it could not be read
 * @param seconds  wall time spent on it, e.g. {@code 1.27}
 * @param document the base name of its outputs ({@code documents/<document>.json}, …)
 * @param message  when not ok: the reason in words; else empty
 * @param previous for {@link Status#SKIPPED_UNCHANGED}, the status it had when it was read; else null
 */
public record SummaryRow(String file, Status status, String reason, int pages, int tables, long errors,
                         long warnings, long infos, int problems, String sha256, String seconds, String document,
                         String message, Status previous) {
    public static final String[] HEADER = {"file", "status", "reason", "pages", "tables", "errors", "warnings",
        "infos", "problems", "sha256", "seconds", "document", "message", "previous_status"};

    public SummaryRow {
        reason = reason == null ? "" : reason;
        sha256 = sha256 == null ? "" : sha256;
        message = message == null ? "" : message;
        seconds = seconds == null ? "" : seconds;
    }

    /** Whether this input counts as unread for the exit code (a skipped input as it was when it was read). */
    public boolean unread() {
        return status == Status.SKIPPED_UNCHANGED ? previous != null && previous.unread() : status.unread();
    }

    public List<Object> values() {
        return List.of(file, status.label(), reason, pages, tables, errors, warnings, infos, problems, sha256,
                seconds, document, message, previous == null ? "" : previous.label());
    }

    static SummaryRow from(CSVRecord r) {
        Map<String, String> m = r.toMap();
        String prev = m.getOrDefault("previous_status", "");
        return new SummaryRow(m.get("file"), Status.ofLabel(m.get("status")), m.get("reason"),
                Integer.parseInt(m.get("pages")), Integer.parseInt(m.get("tables")), Long.parseLong(m.get("errors")),
                Long.parseLong(m.get("warnings")), Long.parseLong(m.get("infos")), Integer.parseInt(m.get("problems")),
                m.get("sha256"), m.get("seconds"), m.get("document"), m.get("message"),
                prev.isEmpty() ? null : Status.ofLabel(prev));
    }

    /**
     * This row (as written when the input was read) as a skipped input of a resumed run: same counts,
     * the status it had kept as {@code previous}.
     */
    SummaryRow skipped(String file, String seconds) {
        return new SummaryRow(file, Status.SKIPPED_UNCHANGED, reason, pages, tables, errors, warnings, infos,
                problems, sha256, seconds, document,
                "未变（sha256 相同），沿用上次结果：" + status.label() + (message.isEmpty() ? "" : "；" + message), status);
    }
}
