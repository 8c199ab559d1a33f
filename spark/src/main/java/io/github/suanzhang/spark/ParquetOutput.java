package io.github.suanzhang.spark;

import static org.apache.spark.sql.functions.max;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run into an output folder: one Parquet dataset per {@link Schemas#DATASETS} name ({@code OUT/status},
 * {@code OUT/findings}, …). Without {@code resume} the datasets are replaced. With it, an input whose
 * path, length and modification time equal those of its latest {@code status} row is skipped, unless that
 * row is a time-out or an {@code OTHER} failure (as {@code suanzhang audit --resume} reads those again);
 * the rows of the inputs read are appended ({@code status} last: a status row marks an input done), and
 * when an input read again had rows of an earlier run, those are removed afterwards, so that every input
 * has the rows of exactly one run.
 */
public final class ParquetOutput {
    private static final Logger LOG = LoggerFactory.getLogger(ParquetOutput.class);

    private ParquetOutput() {
    }

    /**
     * What a run did: its id, the inputs listed, skipped (resume) and read, and of those read the number
     * of inputs by status and of findings by severity.
     */
    public record Summary(String run, int listed, int skipped, int read, Map<String, Long> statuses,
                          Map<String, Long> findings) {
    }

    public static Summary run(SparkSession spark, List<String> in, String out, boolean resume, Options options)
            throws IOException {
        String run = SparkAudit.newRun();
        List<InputFile> listed = SparkAudit.list(spark, in);
        Path root = new Path(out);
        FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
        Path statusDir = new Path(root, "status");
        List<InputFile> todo = listed;
        boolean supersede = false;
        if (resume && fs.exists(statusDir)) {
            Map<String, Row> previous = latest(spark.read().parquet(statusDir.toString())
                    .select("path", "length", "modification_time", "status", "reason", "run").collectAsList());
            todo = new ArrayList<>();
            for (InputFile f : listed) {
                Row p = previous.get(f.path());
                if (p != null && done(p, f)) {
                    continue;
                }
                supersede |= p != null;
                todo.add(f);
            }
        }
        Map<String, Long> statuses = new TreeMap<>();
        Map<String, Long> findings = new TreeMap<>();
        if (!todo.isEmpty() || !resume) {
            try (SparkAudit.Results r = SparkAudit.audit(spark, todo, options, run)) {
                spark.sparkContext().setJobDescription("suanzhang: auditing " + todo.size() + " inputs");
                r.compute();
                for (String d : Schemas.DATASETS) {
                    spark.sparkContext().setJobDescription("suanzhang: writing " + d);
                    r.get(d).write().mode(resume ? SaveMode.Append : SaveMode.Overwrite)
                            .parquet(new Path(root, d).toString());
                }
                for (Row s : r.status().groupBy("status").count().collectAsList()) {
                    statuses.put(s.getString(0), s.getLong(1));
                }
                for (Row s : r.findings().groupBy("severity").count().collectAsList()) {
                    findings.put(s.getString(0), s.getLong(1));
                }
            } finally {
                spark.sparkContext().setJobDescription(null);
            }
        }
        if (supersede) {
            compact(spark, fs, root);
        }
        return new Summary(run, listed.size(), listed.size() - todo.size(), todo.size(), statuses, findings);
    }

    /** The latest status row of each path. */
    private static Map<String, Row> latest(List<Row> rows) {
        Map<String, Row> out = new HashMap<>();
        for (Row r : rows) {
            out.merge(r.getString(0), r, (a, b) -> a.getString(5).compareTo(b.getString(5)) >= 0 ? a : b);
        }
        return out;
    }

    /** Whether the previous row stands: the same file, and not a result that may come out differently. */
    private static boolean done(Row p, InputFile f) {
        if (p.isNullAt(1) || p.getLong(1) != f.length() || p.isNullAt(2)
                || p.getTimestamp(2).getTime() != f.modificationTime()) {
            return false;
        }
        String status = p.getString(3);
        String reason = p.isNullAt(4) ? "" : p.getString(4);
        return !status.equals("timeout") && !Set.of("TIMEOUT", "OTHER").contains(reason);
    }

    /**
     * Keeps, in every dataset, only the rows of each path's latest run (by its status rows): the rows of an
     * input read again replace those of its earlier run. Each dataset is written anew beside the old one and
     * then put in its place.
     */
    static void compact(SparkSession spark, FileSystem fs, Path root) throws IOException {
        Dataset<Row> latest = spark.read().parquet(new Path(root, "status").toString()).groupBy("path")
                .agg(max("run").as("run"));
        Path tmp = new Path(root, "_compacting");
        fs.delete(tmp, true);
        List<String> present = new ArrayList<>();
        for (String d : Schemas.DATASETS) {
            Path dir = new Path(root, d);
            if (!fs.exists(dir)) {
                continue;
            }
            present.add(d);
            spark.sparkContext().setJobDescription("suanzhang: compacting " + d);
            Dataset<Row> rows = spark.read().parquet(dir.toString());
            rows.join(latest, rows.col("path").equalTo(latest.col("path")).and(rows.col("run").equalTo(latest.col("run"))),
                    "left_semi").write().mode(SaveMode.Overwrite).parquet(new Path(tmp, d).toString());
        }
        spark.sparkContext().setJobDescription(null);
        for (String d : present) {
            Path dir = new Path(root, d);
            if (!fs.delete(dir, true) || !fs.rename(new Path(tmp, d), dir)) {
                throw new IOException("could not put the compacted " + d + " in place: it is in " + new Path(tmp, d));
            }
        }
        fs.delete(tmp, true);
        LOG.info("{}: the rows of inputs read again replace those of their earlier runs", root);
    }
}
