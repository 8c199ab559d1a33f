package io.github.suanzhang.cli;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentKind;
import io.github.suanzhang.core.doc.FindingId;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.doc.Source;
import io.github.suanzhang.core.io.Csv;
import io.github.suanzhang.core.io.Json;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.extract.DisclosureReader;
import io.github.suanzhang.extract.ReadException;
import io.github.suanzhang.reconcile.Coverage;
import io.github.suanzhang.reconcile.Reconciler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything done for one input, on a worker thread: hash, (resume check), read, audit, and write its
 * outputs into a staging folder. Never throws: whatever happens becomes the input's summary row. It
 * checks for interruption between steps; a reader stuck inside PDFBox may not notice it (see
 * {@link Batch}).
 */
final class DocumentJob implements Callable<DocumentJob.Outcome> {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentJob.class);

    /** What a job hands back: the row, the text block (or null), the staged outputs (or null). */
    record Outcome(int index, SummaryRow row, String text, OutputLayout.Staging staging) {
    }

    /** Thrown inside the job when its thread was interrupted (time limit passed). */
    private static final class Abandoned extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /**
     * @param reader     reads the file
     * @param reconciler the rules; null for {@code extract} (no findings)
     * @param layout     where outputs go; null when nothing is written to disk
     * @param formats    selected formats
     * @param resume     skip inputs unchanged since the last run into the same layout
     */
    /**
     * @param pictures whether the HTML report draws pictures of evidence places (of ERROR and WARNING
     *                 findings; {@code --no-pictures} turns them off)
     */
    /**
     * @param baseline the reviewer's verdicts ({@code --baseline}); {@link Baseline#NONE} without
     * @param blocking counts, over the batch, the ERRORs that are unreviewed or confirmed (the exit code's)
     */
    record Settings(DisclosureReader reader, Reconciler reconciler, OutputLayout layout, Set<OutFormat> formats,
                    boolean resume, boolean pictures, Baseline baseline, AtomicLong blocking) {
        Settings(DisclosureReader reader, Reconciler reconciler, OutputLayout layout, Set<OutFormat> formats,
                 boolean resume, boolean pictures) {
            this(reader, reconciler, layout, formats, resume, pictures, Baseline.NONE, new AtomicLong());
        }
    }

    private final int index;
    private final Input input;
    private final Settings settings;
    /** Set by the coordinator when it gave up on this job (readers may swallow the interrupt itself). */
    private volatile boolean abandoned;

    DocumentJob(int index, Input input, Settings settings) {
        this.index = index;
        this.input = input;
        this.settings = settings;
    }

    @Override
    public Outcome call() {
        long t0 = System.nanoTime();
        OutputLayout.Staging staging = null;
        try {
            String sha = null;
            try {
                sha = sha256(input.file());
            } catch (IOException e) {
                LOG.debug("{}: cannot hash", input.display(), e);
            }
            checkInterrupted();
            OutputLayout layout = settings.layout();
            if (settings.resume() && layout != null) {
                SummaryRow prev = layout.resumable(input.name(), sha, settings.formats());
                if (prev != null) {
                    SummaryRow row = prev.skipped(input.display(), seconds(t0));
                    if (prev.errors() > 0) {
                        try (InputStream in = Files.newInputStream(layout.json(input.name()))) {
                            settings.blocking().addAndGet(settings.baseline().blocking(Json.read(in)));
                        } catch (IOException | RuntimeException e) {
                            settings.blocking().addAndGet(prev.errors()); // cannot tell which: all count
                        }
                    }
                    return new Outcome(index, row, settings.formats().contains(OutFormat.text)
                            ? TextSummary.render(row, null) : null, null);
                }
            }
            Read read = readAudit(sha);
            Audit audit = read.audit();
            settings.blocking().addAndGet(settings.baseline().blocking(audit));
            Status status = read.failed();
            checkInterrupted();
            SummaryRow row = row(audit, status, sha, t0);
            if (layout != null) {
                staging = layout.staging();
                write(staging, audit, row);
                checkInterrupted();
            }
            row = new SummaryRow(row.file(), row.status(), row.reason(), row.pages(), row.tables(), row.errors(),
                    row.warnings(), row.infos(), row.problems(), row.sha256(), seconds(t0), row.document(),
                    row.message(), null, row.recognised(), row.coverage());
            if (staging != null) {
                writeRow(staging.part(OutputLayout.SUMMARY), row);
            }
            String text = settings.formats().contains(OutFormat.text) ? TextSummary.render(row, audit, settings.baseline()) : null;
            return new Outcome(index, row, text, staging);
        } catch (Abandoned e) {
            if (staging != null) {
                OutputLayout.deleteQuietly(staging.dir());
            }
            return null; // nobody waits for it any more
        } catch (IOException | RuntimeException e) {
            if (staging != null) {
                OutputLayout.deleteQuietly(staging.dir());
            }
            if (abandoned) {
                return null;
            }
            LOG.warn("{}: outputs could not be written: {}", input.display(), e.toString());
            SummaryRow row = new SummaryRow(input.display(), Status.FAILED, ProblemKind.OTHER.name(), 0, 0, 0, 0, 0,
                    0, null, seconds(t0), input.name(), "结果无法写出: " + e, null);
            return new Outcome(index, row, settings.formats().contains(OutFormat.text)
                    ? TextSummary.render(row, null) : null, null);
        }
    }

    /** An input read (and audited): {@code failed} is {@link Status#FAILED} when it could not be read, else null. */
    record Read(Audit audit, Status failed) {
    }

    private Read readAudit(String sha) throws Abandoned {
        try {
            Disclosure d;
            if (isJson(input)) {
                // its own output (or another tool's) in suanzhang/1: the source it names is kept, so that the
                // findings' ids are those of the document it describes
                try (InputStream in = Files.newInputStream(input.file())) {
                    d = Json.readChecked(in).disclosure();
                } catch (Json.InvalidDocumentException e) {
                    return new Read(failure(sha, ProblemKind.INVALID_JSON, "JSON 文档格式有误，位置 " + e.path() + "："
                            + e.getMessage().substring(Math.min(e.getMessage().length(), e.path().length() + 2))),
                            Status.FAILED);
                } catch (IOException e) {
                    return new Read(failure(sha, ProblemKind.OTHER, "无法读取: " + e.getMessage()), Status.FAILED);
                }
                checkInterrupted();
            } else {
                d = settings.reader().read(input.file());
                checkInterrupted();
                d = withSource(d, sha);
            }
            // one finding per discrepancy in every output: exact repeats (same id) are written once
            return new Read(settings.reconciler() == null ? new Audit(d, List.of())
                    : FindingId.distinct(settings.reconciler().audit(d)), null);
        } catch (ReadException e) {
            return new Read(failure(sha, e.kind(), e.getMessage()), Status.FAILED);
        } catch (OutOfMemoryError e) {
            return new Read(failure(sha, ProblemKind.TOO_LARGE, "内存不足，无法读取（文件过大或含压缩炸弹）"), Status.FAILED);
        } catch (RuntimeException | StackOverflowError e) {
            checkInterrupted();
            LOG.warn("{}: the reader failed: {}", input.display(), e.toString());
            LOG.debug("", e);
            return new Read(failure(sha, ProblemKind.OTHER, "读取时出错: " + e), Status.FAILED);
        }
    }

    /** For {@code extract}: reads one input on the calling thread (no time limit); its audit and its row. */
    record Single(Audit audit, SummaryRow row) {
    }

    Single readNow() throws IOException {
        long t0 = System.nanoTime();
        String sha = null;
        try {
            sha = sha256(input.file());
        } catch (IOException e) {
            LOG.debug("{}: cannot hash", input.display(), e);
        }
        try {
            Read r = readAudit(sha);
            return new Single(r.audit(), row(r.audit(), r.failed(), sha, t0));
        } catch (Abandoned e) {
            throw new IOException("interrupted");
        }
    }

    /** The source as this run knows it: the path below the INPUT root and the sha256 of the bytes. */
    private Disclosure withSource(Disclosure d, String sha) {
        Source s = d.source();
        Source ours = new Source(input.relative(), sha, s.pages(), s.format(), s.producer());
        return d.withSource(ours);
    }

    private Audit failure(String sha, ProblemKind kind, String message) {
        return failureAudit(input, sha, kind, message);
    }

    static Audit failureAudit(Input input, String sha, ProblemKind kind, String message) {
        Disclosure d = new Disclosure(new Source(input.relative(), sha, 0, formatOf(input), null), null, null, null,
                List.of(Problem.of(kind, message)));
        return new Audit(d, List.of());
    }

    /** Whether the input is a suanzhang JSON document (by its name: {@code .json}). */
    static boolean isJson(Input input) {
        return input.relative().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static String formatOf(Input input) {
        String n = input.relative().toLowerCase(Locale.ROOT);
        return n.endsWith(".pdf") ? "pdf" : n.endsWith(".json") ? "json" : "text";
    }

    /** The summary row for a read (status null) or failed input. */
    private SummaryRow row(Audit a, Status failed, String sha, long t0) {
        Disclosure d = a.disclosure();
        List<Problem> problems = d.problems();
        Status status;
        String reason = "";
        String message = "";
        if (failed != null) {
            status = failed;
            Problem p = problems.get(0);
            reason = p.kind().name();
            message = Zh.message(p.message());
        } else {
            List<Problem> reading = problems.stream()
                    .filter(p -> p.kind() != ProblemKind.TABLE_MISSING && p.kind() != ProblemKind.READ_BY_OCR).toList();
            boolean nothing = d.tables().isEmpty() && d.statements().isEmpty();
            if (nothing) {
                status = Status.UNREADABLE;
                if (reading.isEmpty()) {
                    reason = ProblemKind.OTHER.name();
                    message = "没有读出任何表格或说明文字";
                }
            } else if (d.document() != null && d.document().kind() == DocumentKind.NOT_A_DISCLOSURE) {
                status = Status.NOT_A_DISCLOSURE;
            } else {
                status = reading.isEmpty() ? Status.OK : Status.PARTLY_READABLE;
            }
            if (!reading.isEmpty()) {
                ProblemKind main = dominant(reading);
                reason = main.name();
                Problem first = reading.stream().filter(p -> p.kind() == main).findFirst().orElseThrow();
                long n = reading.stream().filter(p -> p.kind() == main).count();
                message = Zh.message(first.message()) + (n > 1 ? "（同类问题共 " + n + " 处）" : "")
                        + (reading.size() > n ? "；另有 " + (reading.size() - n) + " 个其他问题" : "");
            }
        }
        return new SummaryRow(input.display(), status, reason, d.source().pages(), d.tables().size(),
                a.count(Severity.ERROR), a.count(Severity.WARNING), a.count(Severity.INFO), problems.size(), sha,
                seconds(t0), input.name(), message, null, SummaryRow.Recognised.of(d.document())).withCoverage(Coverage.of(d));
    }

    private static ProblemKind dominant(List<Problem> problems) {
        Map<ProblemKind, Integer> n = new EnumMap<>(ProblemKind.class);
        problems.forEach(p -> n.merge(p.kind(), 1, Integer::sum));
        return n.entrySet().stream().max(Map.Entry.<ProblemKind, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    private void write(OutputLayout.Staging s, Audit a, SummaryRow row) throws IOException, Abandoned {
        String name = input.name();
        try (OutputStream out = Files.newOutputStream(s.json())) {
            Json.write(a, out);
        }
        Disclosure d = a.disclosure();
        if (settings.formats().contains(OutFormat.csv)) {
            try (Writer w = Files.newBufferedWriter(s.part(OutputLayout.TABLES), StandardCharsets.UTF_8)) {
                Csv.writeTables(name, d.tables(), w);
            }
            try (Writer w = Files.newBufferedWriter(s.part(OutputLayout.CELLS), StandardCharsets.UTF_8)) {
                Csv.writeCells(name, d.tables(), w);
            }
            try (Writer w = Files.newBufferedWriter(s.part(OutputLayout.FINDINGS), StandardCharsets.UTF_8)) {
                Csv.writeFindings(name, d.source(), a.findings(), w);
            }
            try (Writer w = Files.newBufferedWriter(s.part(OutputLayout.STATEMENTS), StandardCharsets.UTF_8)) {
                Csv.writeClaims(name, d.statements(), w);
            }
            for (int i = 0; i < d.tables().size(); i++) {
                Table t = d.tables().get(i);
                String file = String.format(Locale.ROOT, "%02d-%s.csv", i + 1, OutputNames.readable(t.id()));
                try (Writer w = Files.newBufferedWriter(s.table(file), StandardCharsets.UTF_8)) {
                    Csv.writeWide(t, w);
                }
            }
        }
        checkInterrupted();
        if (settings.formats().contains(OutFormat.html)) {
            try (Writer w = Files.newBufferedWriter(s.part(OutputLayout.HTML), StandardCharsets.UTF_8)) {
                HtmlReport.fragment(row, a, settings.pictures() && !isJson(input) ? input.file() : null,
                        settings.baseline(), s.pages(), w);
            }
            try (Writer w = Files.newBufferedWriter(s.part(OutputLayout.REPORT_DATA), StandardCharsets.UTF_8)) {
                ReportData.write(row, a, settings.baseline(), w);
            }
        }
    }

    static void writeRow(Path file, SummaryRow row) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(SummaryRow.HEADER).get()
                     .print(w)) {
            p.printRecord(row.values());
        }
    }

    /** The coordinator gave up on this job: it stops at its next check and leaves nothing behind. */
    void abandon() {
        abandoned = true;
    }

    private void checkInterrupted() throws Abandoned {
        if (abandoned || Thread.currentThread().isInterrupted()) {
            throw new Abandoned();
        }
    }

    static String seconds(long t0) {
        return String.format(Locale.ROOT, "%.2f", (System.nanoTime() - t0) / 1e9);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buf = new byte[1 << 16];
            while (in.read(buf) >= 0) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new IOException("interrupted");
                }
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
