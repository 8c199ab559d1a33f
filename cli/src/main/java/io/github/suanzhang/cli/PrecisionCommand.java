package io.github.suanzhang.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code suanzhang precision LEDGER.csv...}: precision of judged findings, with Wilson 95% intervals. */
@Command(name = "precision", mixinStandardHelpOptions = true, versionProvider = SuanzhangCommand.Version.class,
        description = {"Reads filled ledgers (suanzhang sample) and prints, as Markdown, the precision (true / (true + "
            + "false); unclear and unjudged rows are counted but not in the share) overall, per severity, per "
            + "corpus, per rule, with a Wilson 95% interval, and the causes of the false findings."},
        footerHeading = "%nExamples:%n",
        footer = {"  suanzhang precision docs/precision/ledger-before-20261202.csv",
            "  suanzhang precision --corpus fresh part1.csv part2.csv part3.csv"})
public final class PrecisionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "LEDGER", description = "a ledger CSV; several are read as one sample")
    List<Path> ledgers;

    @Option(names = "--corpus", paramLabel = "NAME", description = "only the rows of this corpus (e.g. fresh)")
    String corpus;

    @Option(names = "--markdown", paramLabel = "FILE",
            description = "also write the judged ledger as a Markdown page (each finding with its verdict, cause and "
                    + "note, then this summary); the '- ' header lines of an existing FILE (seed, population) are kept")
    Path markdown;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        List<LedgerRow> rows = new ArrayList<>();
        for (Path p : ledgers) {
            try {
                rows.addAll(Ledger.readCsv(p));
            } catch (NoSuchFileException e) {
                throw new CommandLine.ParameterException(cl, "no such file: " + p);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, p + ": " + e.getMessage());
            }
        }
        if (corpus != null) {
            rows = rows.stream().filter(r -> r.corpus().equals(corpus)).toList();
        }
        String report = Precision.report(rows);
        if (markdown != null) {
            List<String> header = new ArrayList<>();
            if (Files.isRegularFile(markdown)) {
                for (String line : Files.readAllLines(markdown, StandardCharsets.UTF_8)) {
                    if (line.startsWith("|") || line.startsWith("## ")) {
                        break;
                    }
                    if (line.startsWith("- ")) {
                        header.add(line.substring(2));
                    }
                }
            }
            if (header.isEmpty()) {
                header.add("ledgers: " + ledgers);
            }
            Path dir = markdown.toAbsolutePath().normalize().getParent();
            Files.writeString(markdown, Ledger.markdown(rows, header, dir) + "\n## Summary\n" + report,
                    StandardCharsets.UTF_8);
        }
        PrintWriter out = cl.getOut();
        out.print(report);
        out.flush();
        return 0;
    }
}
