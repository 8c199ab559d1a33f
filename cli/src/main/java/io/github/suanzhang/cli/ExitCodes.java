package io.github.suanzhang.cli;

import picocli.CommandLine;

/**
 * The command's exit codes, in one place (DESIGN.md, "The command"). When a batch has both unreadable
 * inputs and an {@code ERROR}, it exits with {@link #UNREADABLE}: the results are incomplete, which a
 * script must notice first; the findings are in the outputs either way.
 */
public final class ExitCodes {
    /** ran; no finding of severity ERROR */
    public static final int OK = 0;
    /** ran; at least one finding of severity ERROR */
    public static final int ERROR_FOUND = 1;
    /** usage error (unknown option, missing input, bad value) */
    public static final int USAGE = CommandLine.ExitCode.USAGE;
    /** some inputs could not be read (failed, timed out, or nothing readable in them) */
    public static final int UNREADABLE = 3;
    /** the outputs could not be written, or an internal error */
    public static final int OUTPUT_FAILED = 4;

    // for @Command(exitCodeList = …): annotation values must be constants
    static final String L0 = "0:ran; no finding of severity ERROR";
    static final String L1 = "1:ran; at least one ERROR found";
    static final String L2 = "2:usage error";
    static final String L3 = "3:some inputs could not be read (see summary.csv)";
    static final String L4 = "4:outputs could not be written, or internal error";

    private ExitCodes() {
    }

    /** The code for a finished run. */
    public static int of(boolean anyUnreadable, boolean anyError) {
        if (anyUnreadable) {
            return UNREADABLE;
        }
        return anyError ? ERROR_FOUND : OK;
    }

    /** Maps the exceptions a command lets escape to exit codes. */
    static final CommandLine.IExitCodeExceptionMapper MAPPER = e -> {
        if (e instanceof CommandLine.ParameterException) {
            return USAGE;
        }
        if (e instanceof UnreadableInputException) {
            return UNREADABLE;
        }
        return OUTPUT_FAILED;
    };

    /** An input given on its own (to {@code extract}) could not be read. */
    static final class UnreadableInputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadableInputException(String message) {
            super(message);
        }
    }
}
