package io.github.suanzhang.cli;

import io.github.suanzhang.extract.DisclosureReader;
import io.github.suanzhang.reconcile.Reconciler;
import picocli.CommandLine;

/** Builds the command line: a fresh object graph for every run (no option values leak between runs). */
public final class Cli {
    private Cli() {
    }

    /**
     * @param reader     reads inputs (the real one, or a fake in tests)
     * @param reconciler the rules
     */
    public static CommandLine commandLine(DisclosureReader reader, Reconciler reconciler) {
        CommandLine cl = new CommandLine(new SuanzhangCommand());
        cl.addSubcommand("extract", new ExtractCommand(reader));
        cl.addSubcommand("audit", new AuditCommand(reader, reconciler));
        cl.addSubcommand("sample", new SampleCommand());
        cl.addSubcommand("precision", new PrecisionCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(ExitCodes.MAPPER);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("suanzhang: " + (e instanceof ExitCodes.UnreadableInputException
                    ? e.getMessage() : e.toString()));
            commandLine.getErr().flush();
            return ExitCodes.MAPPER.getExitCode(e);
        });
        return cl;
    }
}
