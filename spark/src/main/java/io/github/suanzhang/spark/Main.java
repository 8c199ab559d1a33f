package io.github.suanzhang.spark;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The job's main class, for {@code spark-submit} and a Databricks JAR task (docs/spark.md). It never calls
 * {@link System#exit} and, on Databricks, leaves the shared Spark session running; a bad input never fails
 * the job (it becomes a status row), a bad option or an unreachable output does.
 */
@Command(name = "suanzhang-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Audits PDFs and text exports on a Spark cluster with the suanzhang library and writes "
            + "Parquet datasets (status, documents, tables, cells, claims, findings, problems) under --out.",
            "Every input gets a status row (ok, partly-readable, unreadable, failed, timeout) with the reason."},
        footerHeading = "%nExample:%n",
        footer = {"  spark-submit --class io.github.suanzhang.spark.Main suanzhang-spark-job.jar \\",
            "      --in 's3a://bucket/budgets/**/*.pdf' --out s3a://bucket/suanzhang --resume"})
public final class Main implements Callable<Integer> {
    @Option(names = "--in", required = true, arity = "1..*", paramLabel = "PATH",
            description = "input files, folders (searched recursively for .pdf, .txt and .md) or globs, on any "
                    + "Hadoop file system; repeatable")
    List<String> in;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the output folder (Parquet datasets)")
    String out;

    @Option(names = "--resume", description = "skip inputs whose path, length and modification time are those of "
            + "their latest status row (not timeouts): append the others; no input keeps rows of two runs")
    boolean resume;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "time limit per input; 0 for none (default: ${DEFAULT-VALUE})")
    long timeout;

    @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "536870912",
            description = "larger inputs become a TOO_LARGE status row without being copied (default: ${DEFAULT-VALUE})")
    long maxBytes;

    @Option(names = "--files-per-task", paramLabel = "N", defaultValue = "20",
            description = "inputs per Spark task (default: ${DEFAULT-VALUE})")
    int filesPerTask;

    @Option(names = "--no-json", description = "leave documents.json empty (the whole suanzhang/1 document of each input)")
    boolean noJson;

    private final SparkSession spark;

    Main(SparkSession spark) {
        this.spark = spark;
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        SparkSession spark = SparkSession.builder().appName("suanzhang").getOrCreate();
        int rc;
        try {
            rc = new CommandLine(new Main(spark)).execute(args);
        } finally {
            if (System.getenv("DATABRICKS_RUNTIME_VERSION") == null) {
                spark.stop();
            }
        }
        if (rc != 0) {
            throw new IllegalStateException("suanzhang-spark failed (exit code " + rc + "); see the messages above");
        }
    }

    @Override
    public Integer call() throws Exception {
        if (timeout < 0 || maxBytes < 0 || filesPerTask < 1) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--timeout and --max-bytes must be 0 or more, --files-per-task at least 1");
        }
        Options o = Options.DEFAULTS.withTimeoutSeconds(timeout).withMaxBytes(maxBytes).withFilesPerTask(filesPerTask)
                .withJson(!noJson);
        long t0 = System.nanoTime();
        ParquetOutput.Summary s = ParquetOutput.run(spark, in, out, resume, o);
        System.out.printf("suanzhang-spark run %s: %d inputs listed, %d skipped (unchanged), %d read %s, findings %s, "
                + "in %.1f s; results in %s%n", s.run(), s.listed(), s.skipped(), s.read(), s.statuses(), s.findings(),
                (System.nanoTime() - t0) / 1e9, out);
        return 0;
    }
}
