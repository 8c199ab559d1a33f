package io.github.suanzhang.cli;

import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.io.Json;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The findings of one or more audit output folders ({@code suanzhang audit --out DIR}): {@code findings.csv} for
 * the findings, {@code summary.csv} for the source file of each document.
 */
final class FindingPool {
    private FindingPool() {
    }

    /**
     * One finding as the audit wrote it.
     *
     * @param corpus   the folder's name
     * @param index    0-based row in its findings.csv
     * @param id       its id (the {@code id} column, else {@link #key} hashed)
     * @param file     its source file, or null when summary.csv does not name it
     * @param evidence its places and texts (from {@code evidence_json})
     */
    record Entry(String corpus, String folder, int index, String id, String document, String file, String rule,
                 String severity, String message, String figures, String evidenceText, List<Evidence> evidence) {
        /** The pages cited, in order of first citation (PDF), or empty. */
        List<Integer> pages() {
            Set<Integer> out = new LinkedHashSet<>();
            for (Evidence e : evidence) {
                if (e.place().page() > 0) {
                    out.add(e.place().page());
                }
            }
            return List.copyOf(out);
        }

        /** {@code 6;7} for pages, {@code L12;L40} for the lines of a text export without pages. */
        String pagesText() {
            Set<String> out = new LinkedHashSet<>();
            for (Evidence e : evidence) {
                Place p = e.place();
                if (p.page() > 0) {
                    out.add(Integer.toString(p.page()));
                } else if (p.line() > 0) {
                    out.add("L" + p.line());
                }
            }
            return String.join(";", out);
        }

        int firstPage() {
            return evidence.isEmpty() ? 0 : evidence.get(0).place().page();
        }
    }

    /** The canonical order the sample is drawn from: independent of the order folders and files were read in. */
    static final Comparator<Entry> ORDER = Comparator.comparing(Entry::corpus).thenComparing(Entry::folder)
            .thenComparing(Entry::document).thenComparing(Entry::rule).thenComparing(Entry::severity)
            .thenComparingInt(Entry::firstPage).thenComparing(Entry::figures).thenComparing(Entry::message)
            .thenComparingInt(Entry::index);

    /** The readable key of a finding without an id: document, rule, first page and figures. */
    static String key(String document, String rule, int page, String figures) {
        return document + "|" + rule + "|" + page + "|" + figures;
    }

    /** {@code k} and the first 12 hex digits of the key's SHA-256: short, stable for the same finding. */
    static String hashedKey(String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "k" + HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every finding of {@code folder}, in file order. */
    static List<Entry> read(Path folder) throws IOException {
        Path findings = folder.resolve("findings.csv");
        if (!Files.isRegularFile(findings)) {
            throw new NoSuchFileException(findings.toString(), null, "not an audit output folder (no findings.csv)");
        }
        Map<String, String> files = sourceFiles(folder.resolve("summary.csv"));
        String corpus = folder.toAbsolutePath().normalize().getFileName() == null ? folder.toString()
                : folder.toAbsolutePath().normalize().getFileName().toString();
        String folderText = folder.toAbsolutePath().normalize().toString();
        List<Entry> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try (Reader in = Files.newBufferedReader(findings, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            boolean hasId = p.getHeaderMap().containsKey("id");
            int i = 0;
            for (CSVRecord r : p) {
                String document = r.get("document");
                List<Evidence> ev = r.isMapped("evidence_json") && !r.get("evidence_json").isBlank()
                        ? Arrays.asList(Json.mapper().readValue(r.get("evidence_json"), Evidence[].class))
                        : List.of();
                String figures = r.isMapped("figures") ? r.get("figures") : "";
                int page = ev.isEmpty() ? 0 : ev.get(0).place().page();
                String id = hasId ? r.get("id") : "";
                if (id == null || id.isBlank()) {
                    String key = key(document, r.get("rule"), page, figures);
                    int n = seen.merge(key, 1, Integer::sum);
                    id = hashedKey(n == 1 ? key : key + "#" + n);
                }
                out.add(new Entry(corpus, folderText, i++, id, document, files.get(document), r.get("rule"),
                        r.get("severity"), r.get("message"), figures,
                        r.isMapped("evidence_text") ? r.get("evidence_text") : "", List.copyOf(ev)));
            }
        }
        return out;
    }

    /** document → source file, from a summary.csv ({@code file}, {@code document} columns); empty when absent. */
    static Map<String, String> sourceFiles(Path summary) throws IOException {
        Map<String, String> out = new HashMap<>();
        if (!Files.isRegularFile(summary)) {
            return out;
        }
        try (Reader in = Files.newBufferedReader(summary, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            if (!p.getHeaderMap().containsKey("file") || !p.getHeaderMap().containsKey("document")) {
                return out;
            }
            for (CSVRecord r : p) {
                if (!r.get("document").isBlank()) {
                    out.put(r.get("document"), r.get("file"));
                }
            }
        }
        return out;
    }

    /** Counts per corpus and severity, e.g. {@code fresh ERROR=125}, for the ledger's header. */
    static String census(List<Entry> entries) {
        Map<String, Long> m = entries.stream().collect(Collectors.groupingBy(e -> e.corpus() + " " + e.severity(),
                java.util.TreeMap::new, Collectors.counting()));
        return m.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
