package io.github.suanzhang.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The library call: audits inputs on a Spark cluster and returns the datasets ({@link Schemas}).
 *
 * <pre>{@code
 * try (SparkAudit.Results r = SparkAudit.audit(spark, List.of("s3a://bucket/2024/**"), Options.DEFAULTS)) {
 *     r.get("findings").filter("severity = 'ERROR'").show();
 * }
 * }</pre>
 *
 * Inputs are listed with the {@code binaryFile} source, selecting only path, length and modification time
 * (no bytes pass through the driver); they are dealt, largest first, into tasks of
 * {@link Options#filesPerTask()} files; each task copies its files to local disk and reads them
 * ({@link AuditTask}). The results are computed once and kept (memory and disk) until
 * {@link Results#close()}.
 */
public final class SparkAudit {
    /** The extensions taken from folders and globs (case-insensitive), as by {@code suanzhang audit}. */
    public static final List<String> EXTENSIONS = List.of(".pdf", ".txt", ".md");

    private SparkAudit() {
    }

    /** The datasets of one run, by name; {@link #close()} releases the cached results. */
    public static final class Results implements AutoCloseable {
        private final String run;
        private final JavaRDD<DocumentRows> docs;
        private final Map<String, Dataset<Row>> datasets;

        Results(String run, JavaRDD<DocumentRows> docs, Map<String, Dataset<Row>> datasets) {
            this.run = run;
            this.docs = docs;
            this.datasets = datasets;
        }

        /** The run id written in every row's {@code run} column. */
        public String run() {
            return run;
        }

        /** One of {@link Schemas#DATASETS}. */
        public Dataset<Row> get(String dataset) {
            Dataset<Row> d = datasets.get(dataset);
            if (d == null) {
                throw new IllegalArgumentException("no dataset " + dataset + "; one of " + Schemas.DATASETS);
            }
            return d;
        }

        public Dataset<Row> status() {
            return get("status");
        }

        public Dataset<Row> findings() {
            return get("findings");
        }

        /** Audits every input now (once) and returns how many there were. */
        public long compute() {
            return docs == null ? 0 : docs.count();
        }

        @Override
        public void close() {
            if (docs != null) {
                docs.unpersist(false);
            }
        }
    }

    /** Lists and audits the inputs under {@code paths} (files, folders searched recursively, or globs). */
    public static Results audit(SparkSession spark, List<String> paths, Options options) {
        return audit(spark, list(spark, paths), options, newRun());
    }

    /** Audits the given inputs (as {@link #list} returns them) in a run named {@code run}. */
    public static Results audit(SparkSession spark, List<InputFile> inputs, Options options, String run) {
        Map<String, Dataset<Row>> out = new LinkedHashMap<>();
        if (inputs.isEmpty()) {
            for (String d : Schemas.DATASETS) {
                out.put(d, spark.createDataFrame(List.of(), Schemas.of(d)));
            }
            return new Results(run, null, out);
        }
        List<List<InputFile>> tasks = tasks(inputs, options.filesPerTask());
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
        JavaRDD<DocumentRows> docs = jsc.parallelize(tasks, tasks.size())
                .flatMap(t -> new AuditTask(options, run, conf.get()).run(t).iterator())
                .setName("suanzhang " + run + ": " + inputs.size() + " inputs");
        docs.persist(StorageLevel.MEMORY_AND_DISK_SER());
        for (String d : Schemas.DATASETS) {
            out.put(d, spark.createDataFrame(docs.flatMap(r -> r.rows(d).iterator()), Schemas.of(d)));
        }
        return new Results(run, docs, out);
    }

    /**
     * The inputs under {@code paths}, by path: the {@code binaryFile} listing (recursive; path, length and
     * modification time only) of {@code .pdf}, {@code .txt} and {@code .md} files, plus any file named
     * exactly whatever its extension (as {@code suanzhang audit} takes a file named on its command line).
     * Files whose names begin with {@code _} or {@code .} are hidden from Spark's listing.
     */
    public static List<InputFile> list(SparkSession spark, List<String> paths) {
        if (paths.isEmpty()) {
            return List.of();
        }
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Set<String> named = namedFiles(conf, paths);
        Dataset<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true")
                .load(paths.toArray(String[]::new));
        List<InputFile> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> scanned = new HashSet<>();
        for (Row r : files.select("path", "length", "modificationTime").collectAsList()) {
            scanned.add(r.getString(0));
            add(out, seen, named, new InputFile(r.getString(0), r.getLong(1), r.getTimestamp(2).getTime()));
        }
        // Spark's scan leaves out zero-byte files; its file index (the same listing, no second one) has them
        for (String uri : files.inputFiles()) {
            Path p = new Path(URI.create(uri));
            String path = p.toString();
            String lower = path.toLowerCase(Locale.ROOT);
            if (!scanned.contains(path) && (named.contains(path) || EXTENSIONS.stream().anyMatch(lower::endsWith))) {
                try {
                    FileStatus st = p.getFileSystem(conf).getFileStatus(p);
                    add(out, seen, named, new InputFile(p.toString(), st.getLen(), st.getModificationTime()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        out.sort(Comparator.comparing(InputFile::path));
        return out;
    }

    private static void add(List<InputFile> out, Set<String> seen, Set<String> named, InputFile f) {
        String lower = f.path().toLowerCase(Locale.ROOT);
        if ((named.contains(f.path()) || EXTENSIONS.stream().anyMatch(lower::endsWith)) && seen.add(f.path())) {
            out.add(f);
        }
    }

    /** The qualified paths of the inputs that name a file (not a folder, not a glob). */
    private static Set<String> namedFiles(Configuration conf, List<String> paths) {
        Set<String> out = new HashSet<>();
        for (String s : paths) {
            if (s.matches(".*[*?\\[{].*")) {
                continue;
            }
            try {
                Path p = new Path(s);
                FileSystem fs = p.getFileSystem(conf);
                FileStatus st = fs.getFileStatus(p);
                if (st.isFile()) {
                    out.add(fs.makeQualified(p).toString());
                }
            } catch (IOException e) {
                // listing it below says what is wrong
            } catch (RuntimeException e) {
                throw new UncheckedIOException(new IOException(s + ": " + e.getMessage(), e));
            }
        }
        return out;
    }

    /**
     * Deals the inputs, largest first, into tasks of about {@code perTask} files: task {@code i} gets the
     * inputs {@code i}, {@code i + n}, {@code i + 2n}, … of the size order, so that every task gets a like
     * share of large and small files.
     */
    static List<List<InputFile>> tasks(List<InputFile> inputs, int perTask) {
        List<InputFile> bySize = new ArrayList<>(inputs);
        bySize.sort(Comparator.comparingLong(InputFile::length).reversed().thenComparing(InputFile::path));
        int n = Math.max(1, (inputs.size() + perTask - 1) / perTask);
        List<List<InputFile>> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tasks.add(new ArrayList<>());
        }
        for (int i = 0; i < bySize.size(); i++) {
            tasks.get(i % n).add(bySize.get(i));
        }
        return tasks;
    }

    /** A new run id: the UTC time (so that ids sort in time order) and a random suffix. */
    public static String newRun() {
        return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'", Locale.ROOT).format(ZonedDateTime.now(ZoneOffset.UTC))
                + "-" + String.format(Locale.ROOT, "%04x", ThreadLocalRandom.current().nextInt(0x10000));
    }
}
