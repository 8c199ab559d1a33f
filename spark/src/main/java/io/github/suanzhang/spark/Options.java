package io.github.suanzhang.spark;

import io.github.suanzhang.extract.DefaultDisclosureReader;
import io.github.suanzhang.extract.DisclosureReader;
import java.io.Serializable;
import java.util.function.Supplier;

/**
 * What a run does with its inputs (the job's command-line options; {@link #DEFAULTS} for the rest).
 *
 * @param timeoutSeconds per document, as {@code suanzhang audit --timeout}; 0 for none
 * @param maxBytes       inputs larger than this become a {@code TOO_LARGE} status row without being copied
 * @param filesPerTask   inputs per Spark task (tens: fewer tasks than files, but enough to spread)
 * @param json           whether {@code documents.json} holds each input's whole suanzhang/1 JSON document
 * @param reader         makes the reader on each executor (the library's own by default; tests wrap it)
 */
public record Options(long timeoutSeconds, long maxBytes, int filesPerTask, boolean json, ReaderFactory reader)
        implements Serializable {
    /** 300 s per document (the CLI's default), 512 MiB, 20 files per task, JSON kept. */
    public static final Options DEFAULTS = new Options(300, 512L << 20, 20, true, null);

    public Options {
        if (timeoutSeconds < 0) {
            throw new IllegalArgumentException("timeoutSeconds < 0");
        }
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes < 0");
        }
        if (filesPerTask < 1) {
            throw new IllegalArgumentException("filesPerTask < 1");
        }
        reader = reader == null ? DefaultReader.INSTANCE : reader;
    }

    public Options withTimeoutSeconds(long s) {
        return new Options(s, maxBytes, filesPerTask, json, reader);
    }

    public Options withMaxBytes(long b) {
        return new Options(timeoutSeconds, b, filesPerTask, json, reader);
    }

    public Options withFilesPerTask(int n) {
        return new Options(timeoutSeconds, maxBytes, n, json, reader);
    }

    public Options withJson(boolean j) {
        return new Options(timeoutSeconds, maxBytes, filesPerTask, j, reader);
    }

    public Options withReader(ReaderFactory r) {
        return new Options(timeoutSeconds, maxBytes, filesPerTask, json, r);
    }

    /** Makes the (thread-safe) reader on an executor; serialisable so that it travels with the tasks. */
    @FunctionalInterface
    public interface ReaderFactory extends Supplier<DisclosureReader>, Serializable {
    }

    /** The library's reader, one per executor JVM. */
    enum DefaultReader implements ReaderFactory {
        INSTANCE;

        private static final class Holder {
            static final DisclosureReader READER = new DefaultDisclosureReader();
        }

        @Override
        public DisclosureReader get() {
            return Holder.READER;
        }
    }
}
