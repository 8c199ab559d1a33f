package io.github.suanzhang.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code suanzhang} command: {@code extract} and {@code audit}. */
@Command(name = "suanzhang", mixinStandardHelpOptions = true, versionProvider = SuanzhangCommand.Version.class,
        subcommands = CommandLine.HelpCommand.class,
        description = "算账: reads Chinese government fiscal disclosures (预算/决算公开, PDF or text export) "
                + "and checks their figures.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.L0, ExitCodes.L1, ExitCodes.L2, ExitCodes.L3, ExitCodes.L4},
        footerHeading = "%nExamples:%n",
        footer = {"  suanzhang audit 2023年度单位决算.pdf",
            "  suanzhang audit --out results --jobs 4 --timeout 120 corpus/",
            "  suanzhang extract --format json 2024年部门预算.pdf > 2024.json",
            "  suanzhang help audit"})
public final class SuanzhangCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: extract or audit");
    }

    /** The version from the jar's manifest, or "development". */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = SuanzhangCommand.class.getPackage().getImplementationVersion();
            return new String[] {"suanzhang " + (v == null ? "(development build)" : v)};
        }
    }
}
