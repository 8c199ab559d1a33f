package io.github.suanzhang.runner;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentKind;
import io.github.suanzhang.core.doc.FindingId;
import io.github.suanzhang.core.io.Json;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Source;
import io.github.suanzhang.extract.DisclosureReader;
import io.github.suanzhang.extract.ReadException;
import io.github.suanzhang.reconcile.Reconciler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reading and auditing one input with the memory guard of the {@code suanzhang audit} batch, shared with
 * the Spark job: whatever happens becomes an {@link Audit} (a {@link ReadException} its kind, an
 * {@link OutOfMemoryError} {@code TOO_LARGE}, any other failure {@code OTHER}), never an exception; and
 * the {@link Verdict} (status, reason, message) of the summary row that follows from it.
 */
public final class GuardedRead {
    private static final Logger LOG = LoggerFactory.getLogger(GuardedRead.class);

    private GuardedRead() {
    }

    /** Thrown when the job's thread was interrupted or abandoned (time limit passed): its work is discarded. */
    public static final class Abandoned extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** Checks between steps whether the job was given up on; throws {@link Abandoned} then. */
    @FunctionalInterface
    public interface Check {
        void check() throws Abandoned;
    }

    /** An input read (and audited): {@code failed} is {@link Status#FAILED} when it could not be read, else null. */
    public record Read(Audit audit, Status failed) {
    }

    /**
     * Reads {@code file} and audits it.
     *
     * @param reconciler the rules; null for {@code extract} (no findings)
     * @param sourceFile the {@code source.file} recorded (the path below the input root as the run knows it)
     * @param sha        the sha256 of the bytes (recorded as {@code source.sha256}); null when unknown
     * @param display    the input as the user knows it (for the log)
     */
    public static Read readAudit(DisclosureReader reader, Reconciler reconciler, Path file, String sourceFile,
                                 String sha, String display, Check check) throws Abandoned {
        try {
            Disclosure d;
            if (isJson(sourceFile)) {
                // its own output (or another tool's) in suanzhang/1: the source it names is kept, so that the
                // findings' ids are those of the document it describes
                try (InputStream in = Files.newInputStream(file)) {
                    d = Json.readChecked(in).disclosure();
                } catch (Json.InvalidDocumentException e) {
                    return new Read(failureAudit(sourceFile, sha, ProblemKind.INVALID_JSON, "JSON 文档格式有误，位置 "
                            + e.path() + "：" + e.getMessage().substring(Math.min(e.getMessage().length(),
                            e.path().length() + 2))), Status.FAILED);
                } catch (IOException e) {
                    return new Read(failureAudit(sourceFile, sha, ProblemKind.OTHER, "无法读取: " + e.getMessage()),
                            Status.FAILED);
                }
                check.check();
            } else {
                d = reader.read(file);
                check.check();
                d = withSource(d, sourceFile, sha);
            }
            // one finding per discrepancy in every output: exact repeats (same id) are written once
            return new Read(reconciler == null ? new Audit(d, List.of()) : FindingId.distinct(reconciler.audit(d)), null);
        } catch (ReadException e) {
            return new Read(failureAudit(sourceFile, sha, e.kind(), e.getMessage()), Status.FAILED);
        } catch (OutOfMemoryError e) {
            return new Read(failureAudit(sourceFile, sha, ProblemKind.TOO_LARGE, "内存不足，无法读取（文件过大或含压缩炸弹）"),
                    Status.FAILED);
        } catch (RuntimeException | StackOverflowError e) {
            check.check();
            LOG.warn("{}: the reader failed: {}", display, e.toString());
            LOG.debug("", e);
            return new Read(failureAudit(sourceFile, sha, ProblemKind.OTHER, "读取时出错: " + e), Status.FAILED);
        }
    }

    /** The source as this run knows it: the path below the input root and the sha256 of the bytes. */
    private static Disclosure withSource(Disclosure d, String sourceFile, String sha) {
        Source s = d.source();
        Source ours = new Source(sourceFile, sha, s.pages(), s.format(), s.producer());
        return d.withSource(ours);
    }

    /** Whether the input is a suanzhang JSON document (by its name: {@code .json}). */
    public static boolean isJson(String sourceFile) {
        return sourceFile.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** The audit of an input that could not be read: no tables, no findings, one problem. */
    public static Audit failureAudit(String sourceFile, String sha, ProblemKind kind, String message) {
        Disclosure d = new Disclosure(new Source(sourceFile, sha, 0, formatOf(sourceFile), null), null, null, null,
                List.of(Problem.of(kind, message)));
        return new Audit(d, List.of());
    }

    private static String formatOf(String sourceFile) {
        String n = sourceFile.toLowerCase(Locale.ROOT);
        return n.endsWith(".pdf") ? "pdf" : n.endsWith(".json") ? "json" : "text";
    }

    /**
     * What the summary row says of a read: {@code status}, {@code reason} (a {@code ProblemKind} name or
     * empty) and {@code message} (the reason in words, or empty).
     */
    public record Verdict(Status status, String reason, String message) {
    }

    /** The verdict of a read ({@code failed} null) or failed input. */
    public static Verdict verdict(Audit a, Status failed) {
        Disclosure d = a.disclosure();
        List<Problem> problems = d.problems();
        Status status;
        String reason = "";
        String message = "";
        if (failed != null) {
            status = failed;
            Problem p = problems.get(0);
            reason = p.kind().name();
            message = p.message();
        } else {
            // READ_BY_OCR notes a page read by OCR, BLANK_PAGE a blank page, HALF_WIDTH_COMMA a typographic
            // observation: not reading problems
            List<Problem> reading = problems.stream()
                    .filter(p -> p.kind() != ProblemKind.TABLE_MISSING && p.kind() != ProblemKind.READ_BY_OCR
                            && p.kind() != ProblemKind.BLANK_PAGE && p.kind() != ProblemKind.HALF_WIDTH_COMMA).toList();
            boolean nothing = d.tables().isEmpty() && d.statements().isEmpty();
            if (nothing) {
                status = Status.UNREADABLE;
                if (reading.isEmpty()) {
                    reason = ProblemKind.OTHER.name();
                    message = "没有读出任何表格或说明文字";
                }
            } else if (d.document() != null && d.document().kind() == DocumentKind.NOT_A_DISCLOSURE) {
                status = Status.NOT_A_DISCLOSURE;
            } else {
                status = reading.isEmpty() ? Status.OK : Status.PARTLY_READABLE;
            }
            if (!reading.isEmpty()) {
                ProblemKind main = dominant(reading);
                reason = main.name();
                Problem first = reading.stream().filter(p -> p.kind() == main).findFirst().orElseThrow();
                long n = reading.stream().filter(p -> p.kind() == main).count();
                message = first.message() + (n > 1 ? "（同类问题共 " + n + " 处）" : "")
                        + (reading.size() > n ? "；另有 " + (reading.size() - n) + " 个其他问题" : "");
            }
        }
        return new Verdict(status, reason, message);
    }

    private static ProblemKind dominant(List<Problem> problems) {
        Map<ProblemKind, Integer> n = new EnumMap<>(ProblemKind.class);
        problems.forEach(p -> n.merge(p.kind(), 1, Integer::sum));
        return n.entrySet().stream().max(Map.Entry.<ProblemKind, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    /** Wall time since {@code t0} ({@link System#nanoTime()}) in seconds, e.g. {@code 1.27}. */
    public static String seconds(long t0) {
        return String.format(Locale.ROOT, "%.2f", (System.nanoTime() - t0) / 1e9);
    }

    /** The hex sha256 of a file's bytes; stops with an {@link IOException} when the thread is interrupted. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buf = new byte[1 << 16];
            while (in.read(buf) >= 0) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new IOException("interrupted");
                }
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
