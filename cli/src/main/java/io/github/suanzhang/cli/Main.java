package io.github.suanzhang.cli;

import io.github.suanzhang.extract.DefaultDisclosureReader;
import io.github.suanzhang.reconcile.Reconciler;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** {@code java -jar suanzhang.jar …}: the only place that calls {@link System#exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Charset cs = System.console() != null ? System.console().charset() : StandardCharsets.UTF_8;
        CommandLine cl = Cli.commandLine(new DefaultDisclosureReader(), new Reconciler());
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, cs), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, cs), true));
        System.exit(cl.execute(args));
    }
}
