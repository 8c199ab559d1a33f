package io.github.suanzhang.spark;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.extract.DisclosureReader;
import io.github.suanzhang.reconcile.Reconciler;
import io.github.suanzhang.runner.GuardedRead;
import io.github.suanzhang.runner.GuardedRead.Abandoned;
import io.github.suanzhang.runner.Status;
import io.github.suanzhang.runner.TimeLimit;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Spark task: a few tens of inputs, one after the other (the executor's cores run several tasks), each
 * copied through the Hadoop file system to local disk while its sha256 is computed, then read and audited
 * exactly as {@code suanzhang audit} does ({@link GuardedRead}), under the CLI's per-document time limit
 * ({@link TimeLimit}, one slot). Every input becomes rows, whatever happens to it: a failed read, a
 * time-out, an out-of-memory error or an oversized file is a status row, never a failed task.
 */
final class AuditTask {
    private static final Logger LOG = LoggerFactory.getLogger(AuditTask.class);

    /** The rules, one per executor JVM (thread-safe, as in the CLI's batch). */
    private static final class Rules {
        static final Reconciler RECONCILER = new Reconciler();
    }

    private final Options options;
    private final String run;
    private final Configuration conf;

    AuditTask(Options options, String run, Configuration conf) {
        this.options = options;
        this.run = run;
        this.conf = conf;
    }

    /** Audits the inputs of one task; one {@link DocumentRows} per input, in the order given. */
    List<DocumentRows> run(List<InputFile> inputs) throws IOException {
        System.setProperty("java.awt.headless", "true");
        DisclosureReader reader = options.reader().get();
        Path local = Files.createTempDirectory("suanzhang-task-");
        DocumentRows[] out = new DocumentRows[inputs.size()];
        try {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                InputFile in = inputs.get(i);
                if (in.length() > options.maxBytes()) {
                    out[i] = oversized(in);
                } else {
                    order.add(i);
                }
            }
            TimeLimit<DocumentRows> limit = new TimeLimit<>(1, options.timeoutSeconds(), "suanzhang-spark-worker-");
            limit.run(order.iterator(), i -> new FileJob(inputs.get(i), local.resolve(String.valueOf(i))
                    .resolve(localName(inputs.get(i))), reader), new TimeLimit.Listener<>() {
                        @Override
                        public void done(int index, Future<DocumentRows> f) {
                            DocumentRows r;
                            try {
                                r = f.get();
                            } catch (ExecutionException | CancellationException | InterruptedException e) {
                                r = null;
                                LOG.warn("{}: job failed: {}", inputs.get(index).path(), e.toString());
                            }
                            out[index] = r != null ? r
                                    : failed(inputs.get(index), null, ProblemKind.OTHER, "内部错误：处理中断", 0);
                        }

                        @Override
                        public void timedOut(int index, long startedNanos) {
                            InputFile in = inputs.get(index);
                            LOG.warn("{}: {}", in.path(), limit.message());
                            Audit a = GuardedRead.failureAudit(in.path(), null, ProblemKind.TIMEOUT, limit.message());
                            out[index] = DocumentRows.of(in, run, null, a, new GuardedRead.Verdict(Status.TIMEOUT,
                                    ProblemKind.TIMEOUT.name(), limit.message()), secondsSince(startedNanos),
                                    options.json());
                        }
                    });
        } finally {
            deleteTree(local);
        }
        return List.of(out);
    }

    /** One input: copy while hashing, read, audit, rows. */
    private final class FileJob implements TimeLimit.Job<DocumentRows> {
        private final InputFile in;
        private final Path copy;
        private final DisclosureReader reader;
        private volatile boolean abandoned;

        FileJob(InputFile in, Path copy, DisclosureReader reader) {
            this.in = in;
            this.copy = copy;
            this.reader = reader;
        }

        @Override
        public DocumentRows call() {
            long t0 = System.nanoTime();
            try {
                String sha;
                try {
                    Files.createDirectories(copy.getParent());
                    sha = copy(in.path(), copy);
                } catch (IOException | RuntimeException e) {
                    check();
                    LOG.warn("{}: cannot be copied from its file system: {}", in.path(), e.toString());
                    return failed(in, null, ProblemKind.OTHER, "无法从文件系统读取: " + e, secondsSince(t0));
                }
                check();
                GuardedRead.Read r = GuardedRead.readAudit(reader, Rules.RECONCILER, copy, in.path(), sha, in.path(),
                        this::check);
                check();
                return DocumentRows.of(in, run, sha, r.audit(), r.failed(), secondsSince(t0), options.json());
            } catch (Abandoned e) {
                return null; // nobody waits for it any more
            } catch (OutOfMemoryError e) { // building the rows of a huge document
                return failed(in, null, ProblemKind.TOO_LARGE, "内存不足，无法写出结果", secondsSince(t0));
            } finally {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    LOG.debug("{}: cannot delete {}", in.path(), copy, e);
                }
            }
        }

        @Override
        public void abandon() {
            abandoned = true;
        }

        private void check() throws Abandoned {
            if (abandoned || Thread.currentThread().isInterrupted()) {
                throw new Abandoned();
            }
        }

        /** Copies the input to local disk through the Hadoop file system; the sha256 of its bytes. */
        private String copy(String path, Path to) throws IOException {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
            FileSystem fs = p.getFileSystem(conf);
            MessageDigest md;
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            try (InputStream raw = fs.open(p); InputStream in = new DigestInputStream(raw, md);
                 OutputStream o = Files.newOutputStream(to)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) >= 0; ) {
                    o.write(buf, 0, n);
                    if (Thread.currentThread().isInterrupted()) {
                        throw new IOException("interrupted");
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        }
    }

    private DocumentRows oversized(InputFile in) {
        return failed(in, null, ProblemKind.TOO_LARGE, String.format(Locale.ROOT,
                "文件过大（%d 字节，上限 %d 字节），未读取", in.length(), options.maxBytes()), 0);
    }

    private DocumentRows failed(InputFile in, String sha, ProblemKind kind, String message, double seconds) {
        Audit a = GuardedRead.failureAudit(in.path(), sha, kind, message);
        return DocumentRows.of(in, run, sha, a, Status.FAILED, seconds, options.json());
    }

    /**
     * The local copy keeps the input's file name (in a folder of its own): the reader tells text exports
     * from PDFs by the extension and names the file in its messages, as for the CLI.
     */
    private static String localName(InputFile in) {
        String n = in.fileName();
        return n.isEmpty() || n.equals(".") || n.equals("..") || n.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 240
                ? "input" : n;
    }

    private static double secondsSince(long t0) {
        return Math.round((System.nanoTime() - t0) / 1e7) / 100.0;
    }

    private static void deleteTree(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.debug("cannot delete {}", p, e);
                }
            });
        } catch (IOException e) {
            LOG.debug("cannot delete {}", dir, e);
        }
    }

}
