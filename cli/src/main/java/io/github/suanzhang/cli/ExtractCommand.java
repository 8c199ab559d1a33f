package io.github.suanzhang.cli;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.io.Csv;
import io.github.suanzhang.core.io.Json;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.extract.DisclosureReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code suanzhang extract FILE}: the tables and narrative read from one input, without checking them. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = SuanzhangCommand.Version.class, sortOptions = false,
        description = {"Reads one FILE (a PDF or a text export) and writes what was read: tables, statements and "
            + "problems, without checking the figures.",
            "json: the document (schema suanzhang/1) on stdout, or DIR/<name>.json with --out.",
            "csv: cells.csv (every cell, long form) on stdout; with --out DIR: tables.csv, cells.csv, "
                + "statements.csv and tables/<nn>-<table>.csv (each table as printed)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:read", ExitCodes.L2, ExitCodes.L3, ExitCodes.L4},
        footerHeading = "%nExamples:%n",
        footer = {"  suanzhang extract 2024年部门预算.pdf > 2024.json",
            "  suanzhang extract --format csv --out tables/ 2023年度单位决算.pdf"})
public final class ExtractCommand implements Callable<Integer> {
    /** What {@code extract --format} selects. */
    enum ExtractFormat { json, csv }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "a PDF or a text export (.txt, .md)")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json or csv (default: ${DEFAULT-VALUE})")
    ExtractFormat format;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (created if needed); default stdout")
    Path out;

    private final DisclosureReader reader;

    ExtractCommand(DisclosureReader reader) {
        this.reader = reader;
    }

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        if (Files.isDirectory(file)) {
            throw new CommandLine.ParameterException(cl, file + " is a folder; extract reads one file (audit reads folders)");
        }
        List<Input> inputs;
        try {
            inputs = Inputs.collect(List.of(file));
        } catch (NoSuchFileException e) {
            throw new CommandLine.ParameterException(cl, "no such file: " + e.getFile());
        }
        Input input = inputs.get(0);
        DocumentJob.Single r = new DocumentJob(0, input,
                new DocumentJob.Settings(reader, null, null, EnumSet.noneOf(OutFormat.class), false, false)).readNow();
        Audit a = r.audit();
        Disclosure d = a.disclosure();
        PrintWriter stdout = cl.getOut();
        if (out == null) {
            if (format == ExtractFormat.json) {
                stdout.print(Json.toJson(a));
                stdout.println();
            } else {
                Csv.writeCells(input.name(), d.tables(), stdout);
            }
            stdout.flush();
        } else {
            Files.createDirectories(out);
            if (format == ExtractFormat.json) {
                try (OutputStream o = Files.newOutputStream(out.resolve(input.name() + ".json"))) {
                    Json.write(a, o);
                }
            } else {
                try (Writer w = Files.newBufferedWriter(out.resolve("tables.csv"), StandardCharsets.UTF_8)) {
                    Csv.writeTables(input.name(), d.tables(), w);
                }
                try (Writer w = Files.newBufferedWriter(out.resolve("cells.csv"), StandardCharsets.UTF_8)) {
                    Csv.writeCells(input.name(), d.tables(), w);
                }
                try (Writer w = Files.newBufferedWriter(out.resolve("statements.csv"), StandardCharsets.UTF_8)) {
                    Csv.writeClaims(input.name(), d.statements(), w);
                }
                Path dir = Files.createDirectories(out.resolve("tables"));
                for (int i = 0; i < d.tables().size(); i++) {
                    Table t = d.tables().get(i);
                    String name = String.format(Locale.ROOT, "%02d-%s.csv", i + 1, OutputNames.readable(t.id()));
                    try (Writer w = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8)) {
                        Csv.writeWide(t, w);
                    }
                }
            }
        }
        SummaryRow row = r.row();
        if (row.unread()) {
            throw new ExitCodes.UnreadableInputException(row.file() + ": " + row.status().label() + " ("
                    + row.reason() + "): " + row.message());
        }
        if (!row.reason().isEmpty()) {
            cl.getErr().println("suanzhang: " + row.file() + ": " + row.status().label() + " (" + row.reason() + "): "
                    + row.message());
            cl.getErr().flush();
        }
        return ExitCodes.OK;
    }
}
