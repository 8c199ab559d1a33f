package io.github.suanzhang.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** A judging ledger on disk: a CSV to fill in (the record) and a Markdown page to read beside the pictures. */
final class Ledger {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private Ledger() {
    }

    static void writeCsv(List<LedgerRow> rows, Writer out) throws IOException {
        try (CSVPrinter p = FORMAT.builder().setHeader(LedgerRow.HEADER.toArray(String[]::new)).get().print(out)) {
            for (LedgerRow r : rows) {
                p.printRecord(r.values());
            }
        }
    }

    static void writeCsv(List<LedgerRow> rows, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeCsv(rows, w);
        }
    }

    /** Reads a ledger back; columns are found by name, so a judge may reorder them or add columns of their own. */
    static List<LedgerRow> readCsv(Reader in) throws IOException {
        List<LedgerRow> out = new ArrayList<>();
        try (CSVParser p = FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (String need : List.of("sample", "rule", "severity", "verdict")) {
                if (!p.getHeaderMap().containsKey(need)) {
                    throw new IOException("not a ledger: no column " + need);
                }
            }
            for (CSVRecord r : p) {
                out.add(new LedgerRow(Integer.parseInt(r.get("sample").trim()), get(r, "id"), get(r, "corpus"),
                        get(r, "document"), get(r, "file"), get(r, "rule"), get(r, "severity"), get(r, "message"),
                        get(r, "figures"), get(r, "pages"), get(r, "images"), get(r, "evidence"), get(r, "verdict"),
                        get(r, "cause"), get(r, "note")));
            }
        }
        return out;
    }

    static List<LedgerRow> readCsv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readCsv(r);
        }
    }

    private static String get(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column) : "";
    }

    /**
     * The Markdown page: how the sample was drawn, an index table, then one section per finding with its message,
     * evidence, pictures (linked relative to the page when they lie below it) and the verdict so far.
     */
    static String markdown(List<LedgerRow> rows, List<String> header, Path mdFolder) {
        StringBuilder b = new StringBuilder();
        b.append("# Judging ledger\n\n");
        for (String h : header) {
            b.append("- ").append(h).append('\n');
        }
        b.append("\nFill in the CSV beside this page (`verdict`: true, false or unclear; `cause` for a false one; ")
                .append("`note`), then `suanzhang precision LEDGER.csv`.\n\n");
        b.append("| # | id | corpus | document | rule | severity | pages | verdict | cause |\n");
        b.append("|---|---|---|---|---|---|---|---|---|\n");
        for (LedgerRow r : rows) {
            b.append("| ").append(r.sample()).append(" | ").append(cell(r.id())).append(" | ").append(cell(r.corpus()))
                    .append(" | ").append(cell(r.document())).append(" | ").append(cell(r.rule())).append(" | ")
                    .append(r.severity()).append(" | ").append(cell(r.pages())).append(" | ").append(cell(r.verdict()))
                    .append(" | ").append(cell(r.cause())).append(" |\n");
        }
        for (LedgerRow r : rows) {
            b.append("\n## ").append(r.sample()).append(". ").append(r.severity()).append(' ').append(r.rule())
                    .append(" — ").append(r.document()).append(" (").append(r.pages().isEmpty() ? "no page" : r.pages())
                    .append(")\n\n");
            b.append("- id: `").append(r.id()).append("`\n");
            if (!r.file().isEmpty()) {
                b.append("- file: `").append(r.file()).append("`\n");
            }
            b.append("- message: ").append(oneLine(r.message())).append('\n');
            if (!r.figures().isEmpty()) {
                b.append("- figures: ").append(oneLine(r.figures())).append('\n');
            }
            if (!r.evidence().isEmpty()) {
                b.append("- evidence: ").append(oneLine(r.evidence())).append('\n');
            }
            b.append("- verdict: ").append(r.verdict().isEmpty() ? "_(to judge)_" : r.verdict());
            if (!r.cause().isEmpty()) {
                b.append(" — cause: ").append(oneLine(r.cause()));
            }
            b.append('\n');
            if (!r.note().isEmpty()) {
                b.append("- note: ").append(oneLine(r.note())).append('\n');
            }
            if (!r.images().isEmpty()) {
                b.append('\n');
                for (String img : r.images().split(";")) {
                    b.append("![").append(img.replaceAll(".*/", "")).append("](").append(link(img, mdFolder))
                            .append(")\n");
                }
            }
        }
        return b.toString();
    }

    private static String link(String img, Path mdFolder) {
        if (mdFolder == null) {
            return img;
        }
        try {
            Path p = Path.of(img).toAbsolutePath().normalize();
            Path base = mdFolder.toAbsolutePath().normalize();
            return p.startsWith(base) ? base.relativize(p).toString().replace('\\', '/') : p.toString();
        } catch (RuntimeException e) {
            return img;
        }
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    private static String cell(String s) {
        return oneLine(s).replace("|", "\\|");
    }
}
