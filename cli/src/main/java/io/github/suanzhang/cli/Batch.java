package io.github.suanzhang.cli;

import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.io.Csv;
import io.github.suanzhang.core.io.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link DocumentJob}s over the inputs: at most {@code jobs} at once, each under a time limit, the
 * outputs of each input committed as soon as it is done (only its summary row stays in memory), and at
 * the end the joined files ({@code summary.csv}, {@code findings.csv}, …, {@code report.html}) in input
 * order.
 *
 * <h2>Time limits and stuck threads</h2>
 * An input's clock starts when its job is submitted (a job is submitted only when one of the {@code jobs}
 * slots is free, so it starts at once). When the limit passes, the coordinating thread marks the input
 * {@code timeout}, writes that result, cancels the job ({@link Future#cancel(boolean) cancel(true)}
 * interrupts its thread) and frees the slot: the batch goes on. The job checks for interruption between
 * its steps and then discards its work, but PDFBox does not check for interruption inside parsing or
 * rendering, so a thread stuck in a pathological file may keep running. Workers are therefore daemon
 * threads from a pool that creates a fresh thread when the others are busy (the number of jobs
 * <em>running on our behalf</em> stays bounded by the slots, not by the pool): a stuck thread costs its
 * memory until it finishes, never a slot, and never keeps the process from exiting. Their number is
 * logged at the end. A job that finishes after its time-out finds itself interrupted and deletes its
 * staged outputs; nothing it did reaches the output folder, because only this thread commits.
 */
final class Batch {
    private static final Logger LOG = LoggerFactory.getLogger(Batch.class);
    private static final long POLL_MILLIS = 250;

    private final List<Input> inputs;
    private final DocumentJob.Settings settings;
    private final int jobs;
    private final long timeoutSeconds;
    private final PrintWriter out;
    private final Progress progress;

    /**
     * @param timeoutSeconds per input; 0 for none
     * @param out            where text summaries go (in input order)
     */
    Batch(List<Input> inputs, DocumentJob.Settings settings, int jobs, long timeoutSeconds, PrintWriter out,
          Progress progress) {
        this.inputs = inputs;
        this.settings = settings;
        this.jobs = Math.max(1, jobs);
        this.timeoutSeconds = timeoutSeconds;
        this.out = out;
        this.progress = progress;
    }

    private record Running(int index, Input input, long deadline, long started, DocumentJob job) {
    }

    /** Runs the batch; returns a row per input, in input order. */
    List<SummaryRow> run() throws IOException {
        SummaryRow[] rows = new SummaryRow[inputs.size()];
        TreeMap<Integer, String> texts = new TreeMap<>();
        int[] nextText = {0};
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "suanzhang-worker-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newCachedThreadPool(tf);
        ExecutorCompletionService<DocumentJob.Outcome> done = new ExecutorCompletionService<>(pool);
        Map<Future<DocumentJob.Outcome>, Running> running = new HashMap<>();
        int abandoned = 0;
        Iterator<Integer> it = submissionOrder(inputs, jobs).iterator();
        try {
            while (it.hasNext() || !running.isEmpty()) {
                while (running.size() < jobs && it.hasNext()) {
                    int index = it.next();
                    Input in = inputs.get(index);
                    long now = System.nanoTime();
                    long deadline = timeoutSeconds > 0 ? now + TimeUnit.SECONDS.toNanos(timeoutSeconds) : Long.MAX_VALUE;
                    DocumentJob job = new DocumentJob(index, in, settings);
                    running.put(done.submit(job), new Running(index, in, deadline, now, job));
                }
                long now = System.nanoTime();
                long wait = POLL_MILLIS;
                for (Running r : running.values()) {
                    wait = Math.min(wait, Math.max(0, TimeUnit.NANOSECONDS.toMillis(r.deadline() - now) + 1));
                }
                Future<DocumentJob.Outcome> f;
                try {
                    f = done.poll(wait, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
                if (f != null) {
                    Running r = running.remove(f);
                    if (r != null) { // null: a cancelled (timed-out) job
                        SummaryRow row = settle(r, f);
                        rows[r.index()] = row;
                        progress.done(row);
                        text(texts, nextText, rows, r.index(), row, f);
                    }
                }
                now = System.nanoTime();
                for (Iterator<Map.Entry<Future<DocumentJob.Outcome>, Running>> i = running.entrySet().iterator();
                     i.hasNext(); ) {
                    Map.Entry<Future<DocumentJob.Outcome>, Running> e = i.next();
                    Running r = e.getValue();
                    if (now >= r.deadline() && !e.getKey().isDone()) {
                        r.job().abandon();
                        e.getKey().cancel(true);
                        i.remove();
                        abandoned++;
                        SummaryRow row = timedOut(r);
                        rows[r.index()] = row;
                        progress.done(row);
                        texts.put(r.index(), settings.formats().contains(OutFormat.text)
                                ? TextSummary.render(row, null) : null);
                        flushTexts(texts, nextText, rows);
                    }
                }
                progress.tick();
            }
        } finally {
            pool.shutdownNow();
        }
        if (abandoned > 0) {
            boolean ended;
            try {
                ended = pool.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ended = false;
            }
            int busy = ((java.util.concurrent.ThreadPoolExecutor) pool).getActiveCount();
            LOG.warn("{} input(s) timed out; {}", abandoned, ended ? "their threads have ended"
                    : busy + " worker thread(s) are still busy with them (daemon threads: they end with the process)");
        }
        flushTexts(texts, nextText, rows);
        progress.finish();
        List<SummaryRow> all = Arrays.asList(rows);
        if (settings.layout() != null) {
            join(all);
        }
        return all;
    }

    /**
     * The order the inputs are started in (indices into {@code inputs}; results are reported in input order
     * whatever it is). One job: input order, so text summaries stream as they come. Several: largest file
     * first. Submitted in input order, a large document at the end of the list (a 166-page 决算 after
     * seven short ones) ran alone while the other workers had nothing left: with {@code --jobs 2} one
     * worker idled for two thirds of the batch in a recording (a JFR thread-park of 48 s in 74 s). Starting
     * the largest first (longest processing time first, with the byte size as the guess of the time)
     * leaves the short ones to fill the end.
     */
    static List<Integer> submissionOrder(List<Input> inputs, int jobs) {
        List<Integer> order = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            order.add(i);
        }
        if (jobs > 1) {
            long[] size = new long[inputs.size()];
            for (int i = 0; i < size.length; i++) {
                try {
                    size[i] = Files.size(inputs.get(i).file());
                } catch (IOException | RuntimeException e) {
                    size[i] = 0; // reported when the job reads it
                }
            }
            order.sort(Comparator.comparingLong((Integer i) -> -size[i]).thenComparingInt(i -> i));
        }
        return order;
    }

    private SummaryRow settle(Running r, Future<DocumentJob.Outcome> f) throws IOException {
        DocumentJob.Outcome o;
        try {
            o = f.get();
        } catch (ExecutionException | CancellationException | InterruptedException e) {
            o = null;
            LOG.warn("{}: job failed: {}", r.input().display(), e.toString());
        }
        if (o == null) {
            return failedRow(r, "内部错误：处理中断");
        }
        OutputLayout layout = settings.layout();
        if (layout != null) {
            if (o.staging() != null) {
                layout.commit(r.input().name(), o.staging());
            }
        }
        return o.row();
    }

    private SummaryRow failedRow(Running r, String message) {
        return new SummaryRow(r.input().display(), Status.FAILED, ProblemKind.OTHER.name(), 0, 0, 0, 0, 0, 1, null,
                DocumentJob.seconds(r.started()), r.input().name(), message, null);
    }

    private SummaryRow timedOut(Running r) throws IOException {
        String message = "超过时间限制（" + timeoutSeconds + " 秒），已放弃；其余文件照常处理";
        SummaryRow row = new SummaryRow(r.input().display(), Status.TIMEOUT, ProblemKind.TIMEOUT.name(), 0, 0, 0, 0,
                0, 1, null, DocumentJob.seconds(r.started()), r.input().name(), message, null);
        LOG.warn("{}: {}", r.input().display(), message);
        OutputLayout layout = settings.layout();
        if (layout != null) {
            layout.clear(r.input().name());
            Files.createDirectories(layout.json(r.input().name()).getParent());
            try (OutputStream o = Files.newOutputStream(layout.json(r.input().name()))) {
                Json.write(DocumentJob.failureAudit(r.input(), null, ProblemKind.TIMEOUT, message), o);
            }
            Files.createDirectories(layout.parts(r.input().name()));
            DocumentJob.writeRow(layout.part(r.input().name(), OutputLayout.SUMMARY), row);
        }
        return row;
    }

    private void text(TreeMap<Integer, String> texts, int[] next, SummaryRow[] rows, int index, SummaryRow row,
                      Future<DocumentJob.Outcome> f) {
        String t = null;
        try {
            DocumentJob.Outcome o = f.get();
            t = o == null ? null : o.text();
        } catch (ExecutionException | CancellationException | InterruptedException e) {
            t = settings.formats().contains(OutFormat.text) ? TextSummary.render(row, null) : null;
        }
        texts.put(index, t);
        flushTexts(texts, next, rows);
    }

    /** Prints the text of every input whose predecessors are all printed (input order, whatever finishes first). */
    private void flushTexts(TreeMap<Integer, String> texts, int[] next, SummaryRow[] rows) {
        boolean any = false;
        while (texts.containsKey(next[0])) {
            String t = texts.remove(next[0]);
            if (t != null) {
                if (!any) {
                    progress.clear();
                    any = true;
                }
                out.print(t);
            }
            next[0]++;
        }
        if (any) {
            out.flush();
        }
    }

    /** Writes the joined files of the output folder, in input order. */
    private void join(List<SummaryRow> rows) throws IOException {
        OutputLayout layout = settings.layout();
        Path root = layout.root;
        try (Writer w = Files.newBufferedWriter(root.resolve(OutputLayout.SUMMARY), StandardCharsets.UTF_8);
             CSVPrinter p = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(SummaryRow.HEADER).get()
                     .print(w)) {
            for (SummaryRow r : rows) {
                p.printRecord(r.values());
            }
        }
        if (settings.formats().contains(OutFormat.csv)) {
            concat(rows, OutputLayout.FINDINGS, Csv.FINDINGS_HEADER);
            concat(rows, OutputLayout.STATEMENTS, Csv.CLAIMS_HEADER);
            concat(rows, OutputLayout.TABLES, Csv.TABLES_HEADER);
            concat(rows, OutputLayout.CELLS, Csv.CELLS_HEADER);
        }
        if (settings.formats().contains(OutFormat.html)) {
            HtmlReport.assemble(rows, layout, settings.baseline());
        }
        OutputLayout.deleteQuietly(layout.stagingRoot());
    }

    /** Joins the per-input pieces of one CSV file: one header, then each piece without its header line. */
    private void concat(List<SummaryRow> rows, String file, String[] header) throws IOException {
        OutputLayout layout = settings.layout();
        try (Writer w = Files.newBufferedWriter(layout.root.resolve(file), StandardCharsets.UTF_8)) {
            w.write(String.join(",", header));
            w.write("\n");
            for (SummaryRow r : rows) {
                Path part = layout.part(r.document(), file);
                if (!Files.isRegularFile(part)) {
                    continue;
                }
                try (BufferedReader in = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                    in.readLine(); // the header: plain identifiers, one line
                    in.transferTo(w);
                }
            }
        }
    }

}
