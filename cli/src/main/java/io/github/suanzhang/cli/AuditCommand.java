package io.github.suanzhang.cli;

import io.github.suanzhang.extract.DisclosureReader;
import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.reconcile.Reconciler;
import io.github.suanzhang.runner.Status;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code suanzhang audit INPUT...}: read, check, report. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = SuanzhangCommand.Version.class, sortOptions = false,
        description = {"Reads each INPUT (a PDF, a text export, or a folder searched recursively for .pdf, .txt and "
            + ".md files), checks its figures, and reports the findings.",
            "Without --out: a readable summary per input on stdout.",
            "With --out DIR: documents/<name>.json per input (schema suanzhang/1), summary.csv with a row for every "
                + "input (status ok, partly-readable, unreadable, failed, timeout or skipped-unchanged, and the "
                + "reason), findings.csv, statements.csv, tables.csv, cells.csv, tables/<name>/*.csv, and "
                + "report.html (an index of all inputs: charts, filters, search) with one page per input in report/ "
                + "(each finding with a picture of every place an ERROR or WARNING finding cites; --no-pictures "
                + "leaves the pictures out). Files that open from disk; verdicts recorded in them export as a "
                + "--baseline CSV.",
            "An INPUT may also be a suanzhang/1 JSON document (e.g. documents/<name>.json, corrected by hand): its "
                + "figures are checked again."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.L0, ExitCodes.L1, ExitCodes.L2, ExitCodes.L3, ExitCodes.L4},
        footerHeading = "%nExamples:%n",
        footer = {"  suanzhang audit 2023年度单位决算.pdf",
            "      prints the findings of one document",
            "  suanzhang audit --out results --jobs 4 corpus/",
            "      a folder into results/ (open results/report.html in a browser)",
            "  suanzhang audit --out results --resume corpus/",
            "      again, skipping the files whose bytes did not change",
            "  suanzhang audit --format json,csv --out results a.pdf b.txt",
            "  suanzhang audit --baseline baseline.csv --out results corpus/",
            "      again, with the verdicts exported from the report: exit 1 only for unreviewed or confirmed ERRORs",
            "",
            "Logging: -Dorg.slf4j.simpleLogger.defaultLogLevel=debug (slf4j-simple) before -jar."})
public final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "PDF, text export (.txt, .md) or folder")
    List<Path> inputs;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "text, json, csv, html (comma-separated). Default: text without --out; json,csv,html "
                    + "with --out (JSON is always written with --out).")
    List<OutFormat> formats;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (created if needed)")
    Path out;

    @Option(names = "--jobs", paramLabel = "N", description = "inputs read in parallel (default: ${DEFAULT-VALUE})",
            defaultValue = "1")
    int jobs;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "time limit per input; 0 for none (default: ${DEFAULT-VALUE})", defaultValue = "300")
    long timeout;

    @Option(names = "--resume", description = "with --out: skip inputs whose JSON in DIR records the same sha256")
    boolean resume;

    @Option(names = "--no-pictures", description = "report.html without pictures of the evidence places (each is "
            + "listed by page and quoted text): a faster audit and a smaller report")
    boolean noPictures;

    @Option(names = "--baseline", paramLabel = "FILE", description = "verdicts already recorded (CSV: id, verdict "
            + "confirmed|false|ignore, note; the report exports one): reviewed findings are marked, and the exit code "
            + "counts only ERRORs that are unreviewed or confirmed")
    Path baselineFile;
    @Option(names = "--ocr", paramLabel = "WHEN", defaultValue = "auto",
            description = "read pages by OCR (Tesseract with chi_sim): auto = only pages without a usable text layer, "
                    + "always, never (default: ${DEFAULT-VALUE})")
    ExtractOptions.OcrMode ocr;

    @Option(names = "--ocr-dpi", paramLabel = "DPI", defaultValue = "300",
            description = "resolution pages are rendered at for OCR (default: ${DEFAULT-VALUE})")
    float ocrDpi;

    @Option(names = "--ocr-lang", paramLabel = "LANGS", defaultValue = "chi_sim",
            description = "Tesseract languages joined by + (default: ${DEFAULT-VALUE})")
    String ocrLang;

    @Option(names = {"-q", "--quiet"}, description = "no progress on stderr")
    boolean quiet;

    private final DisclosureReader reader;
    private final Reconciler reconciler;

    AuditCommand(DisclosureReader reader, Reconciler reconciler) {
        this.reader = reader;
        this.reconciler = reconciler;
    }

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        if (jobs < 1) {
            throw new CommandLine.ParameterException(cl, "--jobs must be at least 1");
        }
        if (timeout < 0) {
            throw new CommandLine.ParameterException(cl, "--timeout must be 0 (none) or more seconds");
        }
        Set<OutFormat> fmt = formats == null || formats.isEmpty()
                ? (out == null ? EnumSet.of(OutFormat.text) : EnumSet.of(OutFormat.json, OutFormat.csv, OutFormat.html))
                : EnumSet.copyOf(formats);
        if (out == null && !fmt.equals(EnumSet.of(OutFormat.text))) {
            throw new CommandLine.ParameterException(cl, "--format " + fmt + " writes files: give --out DIR");
        }
        if (resume && out == null) {
            throw new CommandLine.ParameterException(cl, "--resume needs --out DIR (the results to resume)");
        }
        Baseline baseline = Baseline.NONE;
        if (baselineFile != null) {
            try {
                baseline = Baseline.read(baselineFile);
            } catch (NoSuchFileException e) {
                throw new CommandLine.ParameterException(cl, "--baseline: no such file: " + baselineFile);
            } catch (IllegalArgumentException | IOException | java.io.UncheckedIOException e) {
                throw new CommandLine.ParameterException(cl, "--baseline: " + e.getMessage());
            }
        }
        ExtractOptions.Ocr ocrOptions;
        try {
            ocrOptions = ExtractOptions.Ocr.DEFAULTS.withMode(ocr).withDpi(ocrDpi).withLanguages(ocrLang);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--ocr-dpi: " + e.getMessage());
        }
        DisclosureReader reader = this.reader.withOcr(ocrOptions);
        OutputLayout layout = null;
        if (out != null) {
            fmt.add(OutFormat.json);
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new CommandLine.ParameterException(cl, "--out " + out + " is a file, not a folder");
            }
            Files.createDirectories(out);
            layout = new OutputLayout(out);
        }
        List<Input> list;
        try {
            list = Inputs.collect(inputs);
        } catch (NoSuchFileException e) {
            throw new CommandLine.ParameterException(cl, "no such file or folder: " + e.getFile());
        }
        PrintWriter stdout = cl.getOut();
        PrintWriter stderr = cl.getErr();
        Progress progress = new Progress(stderr, System.console() != null, quiet, list.size());
        DocumentJob.Settings settings = new DocumentJob.Settings(reader, reconciler, layout, fmt, resume, !noPictures,
                baseline, new java.util.concurrent.atomic.AtomicLong());
        Batch batch = new Batch(list, settings, jobs, timeout, stdout, progress);
        List<SummaryRow> rows = batch.run();
        boolean unread = rows.stream().anyMatch(SummaryRow::unread);
        // with a baseline only the ERRORs not yet reviewed, or reviewed and confirmed, count
        boolean error = baselineFile == null ? rows.stream().anyMatch(r -> r.errors() > 0) : settings.blocking().get() > 0;
        if (!quiet && out != null) {
            long ok = rows.stream().filter(r -> r.status() == Status.OK).count();
            long bad = rows.stream().filter(SummaryRow::unread).count();
            stdout.printf("%d 个文件：%d 正常，%d 无法读取；错误 %d，警告 %d，提示 %d%s。结果在 %s（打开 %s）%n", rows.size(),
                    ok, bad, rows.stream().mapToLong(SummaryRow::errors).sum(),
                    rows.stream().mapToLong(SummaryRow::warnings).sum(), rows.stream().mapToLong(SummaryRow::infos).sum(),
                    baselineFile == null ? "" : "（其中未审或属实的错误 " + settings.blocking().get() + "）", out,
                    out.resolve(OutputLayout.HTML));
            if (batch.batchCounts != null) {
                stdout.printf("跨文件：%d 个文件，%d 个链接（其中 %d 个无法确定），%d 条跨文件发现，见 %s、%s%n",
                        batch.batchCounts.documents(), batch.batchCounts.links(), batch.batchCounts.ambiguous(),
                        batch.batchCounts.findings(), out.resolve(io.github.suanzhang.runner.BatchLinks.LINKS),
                        out.resolve(io.github.suanzhang.runner.BatchLinks.FINDINGS));
            }
            stdout.flush();
        }
        if (list.isEmpty()) {
            stderr.println("suanzhang: no .pdf, .txt or .md files in " + inputs);
            stderr.flush();
        }
        return ExitCodes.of(unread, error);
    }
}
