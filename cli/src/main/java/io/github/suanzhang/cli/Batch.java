package io.github.suanzhang.cli;

import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.io.Csv;
import io.github.suanzhang.core.io.Json;
import io.github.suanzhang.runner.BatchLinks;
import io.github.suanzhang.runner.Status;
import io.github.suanzhang.runner.TimeLimit;
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
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link DocumentJob}s over the inputs: at most {@code jobs} at once, each under a time limit
 * ({@link TimeLimit}, shared with the Spark job: how a timed-out input is abandoned and what happens to its
 * thread is described there), the outputs of each input committed as soon as it is done (only its summary
 * row stays in memory), and at the end the joined files ({@code summary.csv}, {@code findings.csv}, …,
 * {@code report.html}) in input order. A job that finishes after its time-out finds itself interrupted and
 * deletes its staged outputs; nothing it did reaches the output folder, because only the coordinating
 * thread commits.
 */
final class Batch {
    private static final Logger LOG = LoggerFactory.getLogger(Batch.class);

    private final List<Input> inputs;
    private final DocumentJob.Settings settings;
    private final int jobs;
    private final long timeoutSeconds;
    private final PrintWriter out;
    private final Progress progress;
    /** What the batch step wrote (after {@link #run()} with an output folder), else null. */
    BatchLinks.Counts batchCounts;

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

    /** Runs the batch; returns a row per input, in input order. */
    List<SummaryRow> run() throws IOException {
        SummaryRow[] rows = new SummaryRow[inputs.size()];
        TreeMap<Integer, String> texts = new TreeMap<>();
        int[] nextText = {0};
        long[] started = new long[inputs.size()];
        TimeLimit<DocumentJob.Outcome> limit = new TimeLimit<>(jobs, timeoutSeconds, "suanzhang-worker-");
        limit.run(submissionOrder(inputs, jobs).iterator(), index -> {
            started[index] = System.nanoTime();
            return new DocumentJob(index, inputs.get(index), settings);
        }, new TimeLimit.Listener<>() {
            @Override
            public void done(int index, Future<DocumentJob.Outcome> f) throws IOException {
                SummaryRow row = settle(index, started[index], f);
                rows[index] = row;
                progress.done(row);
                text(texts, nextText, rows, index, row, f);
            }

            @Override
            public void timedOut(int index, long startedNanos) throws IOException {
                SummaryRow row = timeoutRow(inputs.get(index), startedNanos, limit.message());
                rows[index] = row;
                progress.done(row);
                texts.put(index, settings.formats().contains(OutFormat.text) ? TextSummary.render(row, null) : null);
                flushTexts(texts, nextText, rows);
            }

            @Override
            public void tick() {
                progress.tick();
            }
        });
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

    private SummaryRow settle(int index, long started, Future<DocumentJob.Outcome> f) throws IOException {
        Input in = inputs.get(index);
        DocumentJob.Outcome o;
        try {
            o = f.get();
        } catch (ExecutionException | CancellationException | InterruptedException e) {
            o = null;
            LOG.warn("{}: job failed: {}", in.display(), e.toString());
        }
        if (o == null) {
            return failedRow(in, started, "内部错误：处理中断");
        }
        OutputLayout layout = settings.layout();
        if (layout != null) {
            if (o.staging() != null) {
                layout.commit(in.name(), o.staging());
            }
        }
        return o.row();
    }

    private SummaryRow failedRow(Input in, long started, String message) {
        return new SummaryRow(in.display(), Status.FAILED, ProblemKind.OTHER.name(), 0, 0, 0, 0, 0, 1, null,
                DocumentJob.seconds(started), in.name(), message, null);
    }

    private SummaryRow timeoutRow(Input in, long started, String message) throws IOException {
        SummaryRow row = new SummaryRow(in.display(), Status.TIMEOUT, ProblemKind.TIMEOUT.name(), 0, 0, 0, 0,
                0, 1, null, DocumentJob.seconds(started), in.name(), message, null);
        LOG.warn("{}: {}", in.display(), message);
        OutputLayout layout = settings.layout();
        if (layout != null) {
            layout.clear(in.name());
            Files.createDirectories(layout.json(in.name()).getParent());
            try (OutputStream o = Files.newOutputStream(layout.json(in.name()))) {
                Json.write(DocumentJob.failureAudit(in, null, ProblemKind.TIMEOUT, message), o);
            }
            Files.createDirectories(layout.parts(in.name()));
            DocumentJob.writeRow(layout.part(in.name(), OutputLayout.SUMMARY), row);
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
             CSVPrinter p = Csv.printer(w, SummaryRow.HEADER)) {
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
        // across documents: links.csv, batch-findings.csv, batch.json (reads each document's JSON back),
        // before the report, whose index shows them
        List<Path> jsons = new ArrayList<>(rows.size());
        for (SummaryRow r : rows) {
            if (r != null && r.document() != null) {
                jsons.add(layout.json(r.document()));
            }
        }
        batchCounts = BatchLinks.write(jsons, root);
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
