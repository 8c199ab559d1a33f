package io.github.suanzhang.cli;

import io.github.suanzhang.core.doc.CellCoverage;
import io.github.suanzhang.core.doc.DocumentInfo;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Scope;
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
 * @param recognised what the document was recognised as (the columns kind, type, scope, year, entity)
 * @param coverage   claims read, checkable and not checkable (the columns claims_read, claims_checkable,
 *                   claims_not_checkable, not_checkable_reasons) and the standard tables' figures, those an
 *                   identity compared and the others (table_figures, figures_covered, figures_not_covered); empty
 *                   for an input that was not read
 */
public record SummaryRow(String file, Status status, String reason, int pages, int tables, long errors,
                         long warnings, long infos, int problems, String sha256, String seconds, String document,
                         String message, Status previous, Recognised recognised, CoverageCounts coverage) {
    public static final String[] HEADER = {"file", "status", "reason", "pages", "tables", "errors", "warnings",
        "infos", "problems", "sha256", "seconds", "document", "message", "previous_status",
        "kind", "type", "scope", "year", "entity",
        "claims_read", "claims_checkable", "claims_not_checkable", "not_checkable_reasons",
        "table_figures", "figures_covered", "figures_not_covered"};

    /**
     * Coverage of a read document: its claims ({@link io.github.suanzhang.reconcile.Coverage}) and its table figures
     * ({@link CellCoverage}); −1 and "" when not read (the cell counts also when no rule ran).
     */
    public record CoverageCounts(int claimsRead, int claimsCheckable, int claimsNotCheckable, String notCheckableReasons,
                                 int tableFigures, int figuresCovered) {
        public static final CoverageCounts NONE = new CoverageCounts(-1, -1, -1, "", -1, -1);

        public CoverageCounts {
            notCheckableReasons = notCheckableReasons == null ? "" : notCheckableReasons;
        }

        static CoverageCounts of(io.github.suanzhang.reconcile.Coverage c, CellCoverage cells) {
            return new CoverageCounts(c.claimsRead(), c.checkable(), c.notCheckableTotal(), c.reasons(),
                    cells == null ? -1 : cells.figures(), cells == null ? -1 : cells.covered());
        }

        /** Figures no identity compared; −1 when not known. */
        public int figuresNotCovered() {
            return tableFigures < 0 || figuresCovered < 0 ? -1 : tableFigures - figuresCovered;
        }
    }

    /**
     * What a document was recognised as, for the summary: kind ({@code disclosure}, {@code disclosure-tables},
     * {@code disclosure-narrative}, {@code not-a-disclosure}, {@code unknown}), type ({@code BUDGET},
     * {@code FINAL_ACCOUNTS}), scope ({@code DEPARTMENT}, {@code UNIT}, {@code GOVERNMENT}), year and entity;
     * empty strings when not known.
     */
    public record Recognised(String kind, String type, String scope, String year, String entity) {
        public static final Recognised NONE = new Recognised("", "", "", "", "");

        public Recognised {
            kind = kind == null ? "" : kind;
            type = type == null ? "" : type;
            scope = scope == null ? "" : scope;
            year = year == null ? "" : year;
            entity = entity == null ? "" : entity;
        }

        static Recognised of(DocumentInfo d) {
            if (d == null) {
                return NONE;
            }
            return new Recognised(d.kind().label(), d.type() == DocumentType.UNKNOWN ? "" : d.type().name(),
                    d.scope() == Scope.UNKNOWN ? "" : d.scope().name(), d.year() == null ? "" : d.year().toString(),
                    d.entity());
        }
    }

    public SummaryRow {
        reason = reason == null ? "" : reason;
        sha256 = sha256 == null ? "" : sha256;
        message = message == null ? "" : message;
        seconds = seconds == null ? "" : seconds;
        recognised = recognised == null ? Recognised.NONE : recognised;
        coverage = coverage == null ? CoverageCounts.NONE : coverage;
    }

    /** A row without coverage counts. */
    public SummaryRow(String file, Status status, String reason, int pages, int tables, long errors, long warnings,
                      long infos, int problems, String sha256, String seconds, String document, String message,
                      Status previous, Recognised recognised) {
        this(file, status, reason, pages, tables, errors, warnings, infos, problems, sha256, seconds, document, message,
                previous, recognised, CoverageCounts.NONE);
    }

    /** This row with the coverage counts of {@code c} and {@code cells} (null when no rule ran). */
    public SummaryRow withCoverage(io.github.suanzhang.reconcile.Coverage c, CellCoverage cells) {
        return new SummaryRow(file, status, reason, pages, tables, errors, warnings, infos, problems, sha256, seconds,
                document, message, previous, recognised, CoverageCounts.of(c, cells));
    }

    /** A row without recognition (failures, timeouts): the recognition columns are empty. */
    public SummaryRow(String file, Status status, String reason, int pages, int tables, long errors, long warnings,
                      long infos, int problems, String sha256, String seconds, String document, String message,
                      Status previous) {
        this(file, status, reason, pages, tables, errors, warnings, infos, problems, sha256, seconds, document, message,
                previous, Recognised.NONE, CoverageCounts.NONE);
    }

    /** Whether this input counts as unread for the exit code (a skipped input as it was when it was read). */
    public boolean unread() {
        return status == Status.SKIPPED_UNCHANGED ? previous != null && previous.unread() : status.unread();
    }

    public List<Object> values() {
        return List.of(file, status.label(), reason, pages, tables, errors, warnings, infos, problems, sha256,
                seconds, document, message, previous == null ? "" : previous.label(), recognised.kind(),
                recognised.type(), recognised.scope(), recognised.year(), recognised.entity(),
                count(coverage.claimsRead()), count(coverage.claimsCheckable()), count(coverage.claimsNotCheckable()),
                coverage.notCheckableReasons(), count(coverage.tableFigures()), count(coverage.figuresCovered()),
                count(coverage.figuresNotCovered()));
    }

    private static String count(int n) {
        return n < 0 ? "" : String.valueOf(n);
    }

    private static int count(Map<String, String> m, String key) {
        String v = m.getOrDefault(key, "");
        return v == null || v.isEmpty() ? -1 : Integer.parseInt(v);
    }

    static SummaryRow from(CSVRecord r) {
        Map<String, String> m = r.toMap();
        String prev = m.getOrDefault("previous_status", "");
        return new SummaryRow(m.get("file"), Status.ofLabel(m.get("status")), m.get("reason"),
                Integer.parseInt(m.get("pages")), Integer.parseInt(m.get("tables")), Long.parseLong(m.get("errors")),
                Long.parseLong(m.get("warnings")), Long.parseLong(m.get("infos")), Integer.parseInt(m.get("problems")),
                m.get("sha256"), m.get("seconds"), m.get("document"), m.get("message"),
                prev.isEmpty() ? null : Status.ofLabel(prev),
                new Recognised(m.get("kind"), m.get("type"), m.get("scope"), m.get("year"), m.get("entity")),
                new CoverageCounts(count(m, "claims_read"), count(m, "claims_checkable"), count(m, "claims_not_checkable"),
                        m.getOrDefault("not_checkable_reasons", ""), count(m, "table_figures"),
                        count(m, "figures_covered")));
    }

    /**
     * This row (as written when the input was read) as a skipped input of a resumed run: same counts,
     * the status it had kept as {@code previous}.
     */
    SummaryRow skipped(String file, String seconds) {
        return new SummaryRow(file, Status.SKIPPED_UNCHANGED, reason, pages, tables, errors, warnings, infos,
                problems, sha256, seconds, document,
                "未变（sha256 相同），沿用上次结果：" + status.label() + (message.isEmpty() ? "" : "；" + message), status,
                recognised, coverage);
    }
}
