package io.github.suanzhang.runner;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.DocumentIdentity;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.io.Csv;
import io.github.suanzhang.core.io.Json;
import io.github.suanzhang.reconcile.batch.BatchAudit;
import io.github.suanzhang.reconcile.batch.DocumentIndex;
import io.github.suanzhang.reconcile.batch.Link;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The batch step of an audit with an output folder: reads back each document's JSON (one at a time) for its
 * identity, links the documents, runs the {@code batch.*} rules with indexes read back on demand, and writes
 * {@code links.csv}, {@code batch-findings.csv} and {@code batch.json} (docs/schema.md). Memory holds the
 * identities and the links, not the documents; links and findings are written as they come.
 * Works the same after {@code --resume}: it reads whatever JSON the folder holds for this run's inputs.
 */
public final class BatchLinks {
    private static final Logger LOG = LoggerFactory.getLogger(BatchLinks.class);
    public static final String LINKS = "links.csv";
    public static final String FINDINGS = "batch-findings.csv";
    public static final String JSON = "batch.json";
    static final String[] LINKS_HEADER = {"kind", "status", "confidence", "from", "to", "from_entity", "to_entity",
        "from_year", "to_year", "evidence", "candidates"};
    static final String[] FINDINGS_HEADER = {"document", "rule", "severity", "message", "figures", "evidence", "id"};

    /** What was written: counts for the caller's summary line. */
    public record Counts(int documents, int unlinkable, int links, int ambiguous, int findings) {
    }

    private BatchLinks() {
    }

    /**
     * Runs the batch step over the documents whose JSON files are {@code jsons} (in input order; missing files
     * are skipped) and writes the three files into {@code out}.
     */
    public static Counts write(List<Path> jsons, Path out) throws IOException {
        Map<String, Path> jsonByFile = new LinkedHashMap<>();
        List<DocumentIdentity> ids = new ArrayList<>();
        for (Path p : jsons) {
            Audit a = read(p);
            if (a == null) {
                continue;
            }
            DocumentIdentity id = DocumentIdentity.of(a.disclosure());
            if (jsonByFile.putIfAbsent(id.file(), p) == null) {
                ids.add(id);
            }
        }
        Map<String, DocumentIdentity> byFile = new LinkedHashMap<>();
        ids.forEach(i -> byFile.put(i.file(), i));
        int[] n = new int[3];
        try (Writer lw = Files.newBufferedWriter(out.resolve(LINKS), StandardCharsets.UTF_8);
             CSVPrinter links = Csv.printer(lw, LINKS_HEADER);
             Writer fw = Files.newBufferedWriter(out.resolve(FINDINGS), StandardCharsets.UTF_8);
             CSVPrinter findings = Csv.printer(fw, FINDINGS_HEADER);
             Writer jw = Files.newBufferedWriter(out.resolve(JSON), StandardCharsets.UTF_8);
             JsonGenerator g = Json.mapper().getFactory().createGenerator(jw)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("schema", Json.SCHEMA);
            g.writeArrayFieldStart("links");
            boolean[] inFindings = {false};
            int unlinkable = BatchAudit.run(ids, file -> index(jsonByFile.get(file)), l -> {
                try {
                    n[0]++;
                    if (l.ambiguous()) {
                        n[1]++;
                    }
                    DocumentIdentity f = byFile.get(l.from());
                    DocumentIdentity t = l.to() == null ? null : byFile.get(l.to());
                    links.printRecord(l.kind().label(), l.ambiguous() ? "ambiguous" : "linked",
                            l.ambiguous() ? "" : String.valueOf(l.confidence()), l.from(), l.to() == null ? "" : l.to(),
                            f == null || f.name() == null ? "" : f.name().printed(),
                            t == null || t.name() == null ? "" : t.name().printed(),
                            f == null || f.year() == null ? "" : f.year(), t == null || t.year() == null ? "" : t.year(),
                            l.evidence(), String.join(" | ", l.candidates()));
                    g.writeObject(new WireLink(l.kind().label(), l.ambiguous() ? "ambiguous" : "linked",
                            l.ambiguous() ? null : l.confidence(), l.from(), l.to(), l.evidence(),
                            l.candidates().isEmpty() ? null : l.candidates()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, bf -> {
                // all links come before the first finding (BatchAudit.run): findings are written as they come
                try {
                    if (!inFindings[0]) {
                        g.writeEndArray();
                        g.writeArrayFieldStart("findings");
                        inFindings[0] = true;
                    }
                    Finding f = bf.finding();
                    n[2]++;
                    findings.printRecord(bf.document(), f.rule(), f.severity().name(), f.message(),
                            f.figures().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().display())
                                    .collect(Collectors.joining("; ")),
                            f.evidence().stream().map(BatchLinks::describe).collect(Collectors.joining(" | ")), bf.id());
                    g.writeObject(new WireFinding(bf.id(), bf.document(), f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (!inFindings[0]) {
                g.writeEndArray();
                g.writeArrayFieldStart("findings");
            }
            g.writeEndArray();
            g.writeNumberField("unlinkable", unlinkable);
            g.writeEndObject();
            return new Counts(ids.size(), unlinkable, n[0], n[1], n[2]);
        }
    }

    /** A link as written in batch.json. */
    record WireLink(String kind, String status, Double confidence, String from, String to, String evidence,
                    List<String> candidates) {
    }

    /** A batch finding as written in batch.json: its id and the document it belongs to, then the finding. */
    record WireFinding(String id, String document, String rule, String severity, String message,
                       Map<String, io.github.suanzhang.core.number.Amount> figures, List<Evidence> evidence,
                       io.github.suanzhang.core.doc.Match match) {
        WireFinding(String id, String document, Finding f) {
            this(id, document, f.rule(), f.severity().name(), f.message(), f.figures(), f.evidence(), f.match());
        }
    }

    static String describe(Evidence e) {
        String box = e.place().box() == null ? "" : String.format(java.util.Locale.ROOT, " [%.0f,%.0f,%.0f,%.0f]",
                e.place().box().x0(), e.place().box().y0(), e.place().box().x1(), e.place().box().y1());
        return (e.document() == null ? "" : e.document() + " ") + e.place().describe() + box + " "
                + (e.text() == null ? "" : e.text());
    }

    private static Audit read(Path p) {
        if (p == null || !Files.isRegularFile(p)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(p)) {
            return Json.read(in);
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: cannot be read back for the batch step: {}", p, e.toString());
            return null;
        }
    }

    private static DocumentIndex index(Path p) {
        Audit a = read(p);
        return a == null ? null : DocumentIndex.of(a.disclosure());
    }
}
