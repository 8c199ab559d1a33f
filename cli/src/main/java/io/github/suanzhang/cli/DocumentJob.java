package io.github.suanzhang.cli;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.io.Csv;
import io.github.suanzhang.core.io.Json;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.extract.DisclosureReader;
import io.github.suanzhang.reconcile.Coverage;
import io.github.suanzhang.reconcile.Reconciler;
import io.github.suanzhang.runner.GuardedRead;
import io.github.suanzhang.runner.GuardedRead.Abandoned;
import io.github.suanzhang.runner.GuardedRead.Read;
import io.github.suanzhang.runner.Status;
import io.github.suanzhang.runner.TimeLimit;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything done for one input, on a worker thread: hash, (resume check), read, audit, and write its
 * outputs into a staging folder. Never throws: whatever happens becomes the input's summary row. It
 * checks for interruption between steps; a reader stuck inside PDFBox may not notice it (see
 * {@link Batch}).
 */
final class DocumentJob implements TimeLimit.Job<DocumentJob.Outcome> {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentJob.class);

    /** What a job hands back: the row, the text block (or null), the staged outputs (or null). */
    record Outcome(int index, SummaryRow row, String text, OutputLayout.Staging staging) {
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

    private Read readAudit(String sha) throws Abandoned {
        return GuardedRead.readAudit(settings.reader(), settings.reconciler(), input.file(), input.relative(), sha,
                input.display(), this::checkInterrupted);
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

    static Audit failureAudit(Input input, String sha, ProblemKind kind, String message) {
        return GuardedRead.failureAudit(input.relative(), sha, kind, message);
    }

    /** Whether the input is a suanzhang JSON document (by its name: {@code .json}). */
    static boolean isJson(Input input) {
        return GuardedRead.isJson(input.relative());
    }

    /** The summary row for a read (status null) or failed input. */
    private SummaryRow row(Audit a, Status failed, String sha, long t0) {
        Disclosure d = a.disclosure();
        GuardedRead.Verdict v = GuardedRead.verdict(a, failed);
        return new SummaryRow(input.display(), v.status(), v.reason(), d.source().pages(), d.tables().size(),
                a.count(Severity.ERROR), a.count(Severity.WARNING), a.count(Severity.INFO), d.problems().size(), sha,
                seconds(t0), input.name(), Zh.message(v.message()), null, SummaryRow.Recognised.of(d.document()))
                .withCoverage(Coverage.of(d), a.cells());
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
             CSVPrinter p = Csv.printer(w, SummaryRow.HEADER)) {
            p.printRecord(row.values());
        }
    }

    /** The coordinator gave up on this job: it stops at its next check and leaves nothing behind. */
    @Override
    public void abandon() {
        abandoned = true;
    }

    private void checkInterrupted() throws Abandoned {
        if (abandoned || Thread.currentThread().isInterrupted()) {
            throw new Abandoned();
        }
    }

    static String seconds(long t0) {
        return GuardedRead.seconds(t0);
    }

    static String sha256(Path file) throws IOException {
        return GuardedRead.sha256(file);
    }
}
