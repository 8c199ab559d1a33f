package io.github.suanzhang.cli;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.FindingId;
import io.github.suanzhang.core.doc.Severity;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The verdicts a reviewer recorded ({@code --baseline FILE}): a CSV with a header and the columns {@code id}
 * (a finding's stable id, {@code core.doc.FindingId}), {@code verdict} ({@code confirmed}, {@code false} or
 * {@code ignore}) and {@code note}; any further columns (the report's export adds {@code document, rule,
 * severity, message}) are for the reader and ignored. A finding whose id is in the file is <em>reviewed</em>;
 * only unreviewed and confirmed ERRORs count for the exit code ({@link #blocking}).
 */
final class Baseline {
    /** A reviewer's verdict on one finding. */
    enum Verdict {
        CONFIRMED("confirmed", "属实"), FALSE("false", "误报"), IGNORE("ignore", "忽略");

        final String key;
        final String zh;

        Verdict(String key, String zh) {
            this.key = key;
            this.zh = zh;
        }

        static Verdict of(String s) {
            String k = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
            for (Verdict v : values()) {
                if (v.key.equals(k) || v.zh.equals(s == null ? "" : s.strip())) {
                    return v;
                }
            }
            return null;
        }
    }

    /** One recorded verdict. */
    record Entry(String id, Verdict verdict, String note, String document, String rule, String message) {
    }

    static final Baseline NONE = new Baseline(Map.of(), null);

    private final Map<String, Entry> entries;
    private final Path file;

    private Baseline(Map<String, Entry> entries, Path file) {
        this.entries = entries;
        this.file = file;
    }

    /** Reads a baseline file; a malformed one is an {@link IllegalArgumentException} naming the line. */
    static Baseline read(Path file) throws IOException {
        Map<String, Entry> m = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                     .setIgnoreEmptyLines(true).get().parse(stripBom(in))) {
            if (!p.getHeaderMap().containsKey("id") || !p.getHeaderMap().containsKey("verdict")) {
                throw new IllegalArgumentException(file + ": the header must name the columns id, verdict (and note); it is "
                        + p.getHeaderNames());
            }
            for (CSVRecord r : p) {
                String id = r.get("id");
                if (id.isEmpty()) {
                    continue;
                }
                Verdict v = Verdict.of(r.get("verdict"));
                if (v == null) {
                    throw new IllegalArgumentException(file + " line " + (r.getRecordNumber() + 1) + ": verdict '" + r.get("verdict")
                            + "' is not confirmed, false or ignore");
                }
                m.put(id.toLowerCase(Locale.ROOT), new Entry(id.toLowerCase(Locale.ROOT), v, opt(r, "note"),
                        opt(r, "document"), opt(r, "rule"), opt(r, "message")));
            }
        }
        return new Baseline(Collections.unmodifiableMap(m), file);
    }

    private static Reader stripBom(Reader in) throws IOException {
        java.io.PushbackReader pb = new java.io.PushbackReader(in, 1);
        int c = pb.read();
        if (c != -1 && c != '\uFEFF') {
            pb.unread(c);
        }
        return pb;
    }

    private static String opt(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column) : "";
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    Path file() {
        return file;
    }

    /** Every recorded verdict, in file order. */
    Map<String, Entry> entries() {
        return entries;
    }

    /** The verdict recorded for this id, or null when the finding is new (unreviewed). */
    Entry get(String id) {
        return entries.get(id);
    }

    /** Whether a finding with this id counts for the exit code: unreviewed, or reviewed and confirmed. */
    boolean counts(String id) {
        Entry e = entries.get(id);
        return e == null || e.verdict() == Verdict.CONFIRMED;
    }

    /** The ERRORs of {@code audit} that count for the exit code. */
    long blocking(Audit audit) {
        long n = 0;
        for (Finding f : audit.findings()) {
            if (f.severity() == Severity.ERROR && counts(FindingId.of(audit.disclosure().source(), f))) {
                n++;
            }
        }
        return n;
    }
}
