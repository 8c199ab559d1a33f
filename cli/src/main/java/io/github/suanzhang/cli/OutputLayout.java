package io.github.suanzhang.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.suanzhang.core.io.Json;
import io.github.suanzhang.runner.Status;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The output folder of {@code audit --out DIR}:
 *
 * <pre>
 * DIR/summary.csv  findings.csv  statements.csv  tables.csv  cells.csv  report.html   (all inputs)
 * DIR/report/&lt;name&gt;.html                      the report's page of one input; report.css, report.js, findings.js
 * DIR/report/pages/&lt;name&gt;/&lt;page&gt;.png           pictures of the pages its evidence is on
 * DIR/documents/&lt;name&gt;.json                  one per input (schema suanzhang/1)
 * DIR/tables/&lt;name&gt;/&lt;table&gt;.csv              each table as printed
 * DIR/parts/&lt;name&gt;/…                          per-input pieces of the files above (kept for --resume)
 * DIR/.staging/                                work in progress; removed at the end
 * </pre>
 *
 * A worker writes an input's outputs into a fresh staging folder; only the coordinating thread moves
 * them into place ({@link #commit}), so an input abandoned after its time limit never leaves half its
 * files behind, and the files of all inputs are joined in input order at the end.
 */
final class OutputLayout {
    static final String SUMMARY = "summary.csv";
    static final String FINDINGS = "findings.csv";
    static final String STATEMENTS = "statements.csv";
    static final String TABLES = "tables.csv";
    static final String CELLS = "cells.csv";
    static final String HTML = "report.html";
    /** Folder of the report's per-document pages ({@code report/<name>.html}) and page pictures. */
    static final String REPORT_DIR = "report";
    /**
     * Per input: what the report's index and search need (counts, rules, findings), as JSON, written by the
     * worker; not named .json, because the folder's .json files are the documents.
     */
    static final String REPORT_DATA = "report-data.idx";

    final Path root;

    OutputLayout(Path root) {
        this.root = root;
    }

    Path json(String name) {
        return root.resolve("documents").resolve(name + ".json");
    }

    Path parts(String name) {
        return root.resolve("parts").resolve(name);
    }

    Path part(String name, String file) {
        return parts(name).resolve(file);
    }

    Path tables(String name) {
        return root.resolve("tables").resolve(name);
    }

    /** The report's folder: per-document pages, their page pictures, the shared style and script. */
    Path reportDir() {
        return root.resolve(REPORT_DIR);
    }

    /** The pictures of the pages of {@code name} the report links to ({@code <page>.png}). */
    Path pages(String name) {
        return reportDir().resolve("pages").resolve(name);
    }

    Path stagingRoot() {
        return root.resolve(".staging");
    }

    /** A fresh staging folder for one input. */
    Staging staging() throws IOException {
        Path dir = stagingRoot().resolve(UUID.randomUUID().toString());
        Files.createDirectories(dir.resolve("parts"));
        Files.createDirectories(dir.resolve("tables"));
        return new Staging(dir);
    }

    /** Where one input's outputs are written before they are committed. */
    record Staging(Path dir) {
        Path json() {
            return dir.resolve("document.json");
        }

        Path part(String file) {
            return dir.resolve("parts").resolve(file);
        }

        Path table(String file) {
            return dir.resolve("tables").resolve(file);
        }

        Path pages() {
            return dir.resolve("pages");
        }
    }

    /** Replaces the outputs of {@code name} with those staged (coordinating thread only). */
    void commit(String name, Staging s) throws IOException {
        clear(name);
        Files.createDirectories(json(name).getParent());
        Files.createDirectories(parts(name).getParent());
        Files.createDirectories(tables(name).getParent());
        if (Files.exists(s.json())) {
            Files.move(s.json(), json(name), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(s.dir().resolve("parts"), parts(name));
        try (var l = Files.list(s.dir().resolve("tables"))) {
            if (l.findAny().isPresent()) {
                Files.move(s.dir().resolve("tables"), tables(name));
            }
        }
        if (Files.isDirectory(s.pages())) {
            Files.createDirectories(pages(name).getParent());
            Files.move(s.pages(), pages(name));
        }
        deleteTree(s.dir());
    }

    /** Removes the outputs of {@code name} from an earlier run. */
    void clear(String name) throws IOException {
        Files.deleteIfExists(json(name));
        deleteTree(parts(name));
        deleteTree(tables(name));
        deleteTree(pages(name));
    }

    /**
     * For {@code --resume}: the summary row of {@code name} when its JSON records {@code sha256}, its pieces
     * for {@code formats} are all there, and it did not end in a time-out or a failure of the reader (kind OTHER on a
     * failed input); else null.
     */
    SummaryRow resumable(String name, String sha256, Set<OutFormat> formats) {
        try {
            Path json = json(name);
            Path row = part(name, SUMMARY);
            if (sha256 == null || !Files.isRegularFile(json) || !Files.isRegularFile(row)) {
                return null;
            }
            if (formats.contains(OutFormat.csv) && !Files.isRegularFile(part(name, FINDINGS))) {
                return null;
            }
            if (formats.contains(OutFormat.html) && !Files.isRegularFile(part(name, HTML))) {
                return null;
            }
            JsonNode tree = Json.mapper().readTree(json.toFile());
            if (!sha256.equals(tree.path("source").path("sha256").asText(null))) {
                return null;
            }
            SummaryRow r = readRow(row);
            if (r == null || r.status() == Status.TIMEOUT) {
                return null;
            }
            for (JsonNode p : tree.path("problems")) {
                String k = p.path("kind").asText("");
                // a time-out, or a failure of the reader (an I/O error, an exception: kind OTHER on a failed input)
                // may come out differently this time; an OTHER note of a document that was read (a table
                // rebuilt from a flattened line) is what reading it again gives again
                if (k.equals("TIMEOUT") || k.equals("OTHER") && r.status() == Status.FAILED) {
                    return null;
                }
            }
            return r;
        } catch (IOException | RuntimeException e) {
            return null; // unreadable leftovers: read the input again
        }
    }

    static SummaryRow readRow(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (CSVRecord r : p) {
                return SummaryRow.from(r);
            }
        }
        return null;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                try {
                    Files.deleteIfExists(d);
                } catch (DirectoryNotEmptyException | NoSuchFileException ignored) {
                    // a late worker still writing into a staging folder; removed next time
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException | UncheckedIOException ignored) {
            // best effort
        }
    }
}
