package io.github.suanzhang.core.io;

import io.github.suanzhang.core.code.Scheme;
import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Match;
import io.github.suanzhang.core.doc.FindingId;
import io.github.suanzhang.core.doc.Source;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.ColumnDef;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV forms of the model (docs/schema.md, "CSV"). Every file has a header line; text is UTF-8.
 *
 * <ul>
 *   <li>{@code tables.csv} ({@link #writeTables}): one line per table: its kind, title, unit, pages,
 *       columns and notes.</li>
 *   <li>{@code cells.csv} ({@link #writeCells}): one line per cell of every table, long form, with the
 *       line's side, 行次, code and label, the cell's raw text, value, decimals, page and box. Together
 *       with {@code tables.csv} it reads back into the same tables ({@link #readTables}).</li>
 *   <li>one wide file per table ({@link #writeWide}): the table as printed, for a spreadsheet.</li>
 *   <li>{@code findings.csv} ({@link #writeFindings}): one line per finding; reads back with
 *       {@link #readFindings}.</li>
 *   <li>{@code statements.csv} ({@link #writeClaims}): one line per claim (or per statement without claims).</li>
 * </ul>
 */
public final class Csv {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    /** The columns of {@code tables.csv}, one row a table. */
    public static final String[] TABLES_HEADER = {"document", "table", "kind", "number", "title", "unit", "pages",
        "columns", "notes", "empty_note", "method", "page", "x0", "y0", "x1", "y1"};
    /** The columns of {@code cells.csv}, one row a cell. */
    public static final String[] CELLS_HEADER = {"document", "table", "row", "side", "line", "code", "code_scheme",
        "label", "column", "raw", "value", "decimals", "unit", "repaired", "page", "x0", "y0", "x1", "y1",
        "text_line", "row_place", "ocr_confidence"};
    /** The columns of {@code findings.csv}, one row a finding. */
    public static final String[] FINDINGS_HEADER = {"document", "rule", "severity", "message", "figures", "page",
        "x0", "y0", "x1", "y1", "evidence_text", "evidence_json", "figures_json", "match_subject", "match_code",
        "match_table", "match_row", "match_column", "match_how", "id"};
    /** The columns of {@code statements.csv}, one row a claim (or a statement without claims). */
    public static final String[] CLAIMS_HEADER = {"document", "statement", "section", "page", "text_line",
        "sentence", "claim_kind", "subject", "code", "figures", "direction", "year", "attributes"};

    private Csv() {
    }

    /**
     * A printer of this project's CSV files (RFC 4180 quoting, {@code \n} line ends) onto {@code out}, the header
     * line first: {@code summary.csv}, {@code links.csv}, {@code batch-findings.csv} and each input's summary row.
     */
    public static CSVPrinter printer(Appendable out, String... header) throws IOException {
        return FORMAT.builder().setHeader(header).get().print(out);
    }

    // ---------------------------------------------------------------- tables

    /** Writes {@code tables} of {@code document} as {@code tables.csv}, with the header. */
    public static void writeTables(String document, List<Table> tables, Appendable out) {
        try (CSVPrinter p = FORMAT.builder().setHeader(TABLES_HEADER).get().print(out)) {
            for (Table t : tables) {
                List<Object> r = new ArrayList<>();
                r.add(document);
                r.add(t.id());
                r.add(t.kind().name());
                r.add(nz(t.number()));
                r.add(t.title());
                r.add(t.unit() == null ? "" : t.unit().label());
                r.add(t.pages().stream().map(String::valueOf).collect(Collectors.joining(" ")));
                r.add(t.columns().stream().map(c -> c.key() + "=" + c.label()).collect(Collectors.joining("\n")));
                r.add(String.join("\n", t.notes()));
                r.add(nz(t.emptyNote()));
                r.add(nz(t.method()));
                addPlace(r, t.place());
                p.printRecord(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One line per cell. A line of a table without any cell is written once with an empty
     * {@code column}, so that no line is lost.
     */
    public static void writeCells(String document, List<Table> tables, Appendable out) {
        try (CSVPrinter p = FORMAT.builder().setHeader(CELLS_HEADER).get().print(out)) {
            for (Table t : tables) {
                for (int ri = 0; ri < t.rows().size(); ri++) {
                    Row row = t.rows().get(ri);
                    boolean any = false;
                    for (int ci = 0; ci < row.cells().size(); ci++) {
                        Cell c = row.cells().get(ci);
                        if (c == null) {
                            continue;
                        }
                        any = true;
                        String key = ci < t.columns().size() ? t.columns().get(ci).key() : "#" + ci;
                        p.printRecord(cellRecord(document, t, ri, row, key, c));
                    }
                    if (!any) {
                        p.printRecord(cellRecord(document, t, ri, row, "", null));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> cellRecord(String document, Table t, int ri, Row row, String key, Cell c) {
        List<Object> r = new ArrayList<>();
        r.add(document);
        r.add(t.id());
        r.add(ri);
        r.add(row.side() == null ? "" : row.side().label());
        r.add(nz(row.lineNo()));
        r.add(row.code() == null ? "" : row.code().digits());
        r.add(row.code() == null ? "" : row.code().scheme().name());
        r.add(row.label());
        r.add(key);
        if (c == null) {
            r.addAll(Arrays.asList("", "", "", "", ""));
            addPlaceAndLine(r, row.place());
        } else {
            Amount a = c.amount();
            r.add(c.raw());
            r.add(a == null ? "" : a.value().toPlainString());
            r.add(a == null ? "" : a.decimals());
            r.add(a == null ? "" : a.unit().name());
            r.add(c.repaired() ? "true" : "");
            addPlaceAndLine(r, c.place());
        }
        r.add(encodePlace(row.place()));
        r.add(c == null || c.ocrConfidence() == null ? "" : c.ocrConfidence());
        return r;
    }

    /** A table as printed: side, 行次, code, label, then one column per table column with its plain value or text. */
    public static void writeWide(Table t, Appendable out) {
        List<String> header = new ArrayList<>(List.of("side", "line", "code", "label"));
        t.columns().forEach(c -> header.add(c.label()));
        try (CSVPrinter p = FORMAT.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
            for (Row row : t.rows()) {
                List<Object> r = new ArrayList<>();
                r.add(row.side() == null ? "" : row.side().label());
                r.add(nz(row.lineNo()));
                r.add(row.code() == null ? "" : row.code().digits());
                r.add(row.label());
                for (int ci = 0; ci < t.columns().size(); ci++) {
                    Cell c = row.cell(ci);
                    r.add(c == null ? "" : c.amount() != null ? c.amount().plain() : c.raw());
                }
                p.printRecord(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code tables.csv} and {@code cells.csv} (as written above) back into tables, for one document. */
    public static List<Table> readTables(Reader tablesCsv, Reader cellsCsv) throws IOException {
        Map<String, List<CSVRecord>> cellsByTable = new LinkedHashMap<>();
        try (CSVParser cp = FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(cellsCsv)) {
            for (CSVRecord r : cp) {
                cellsByTable.computeIfAbsent(r.get("table"), k -> new ArrayList<>()).add(r);
            }
        }
        List<Table> out = new ArrayList<>();
        try (CSVParser tp = FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(tablesCsv)) {
            for (CSVRecord r : tp) {
                List<ColumnDef> columns = new ArrayList<>();
                for (String s : split(r.get("columns"))) {
                    int eq = s.indexOf('=');
                    columns.add(new ColumnDef(s.substring(0, eq), s.substring(eq + 1)));
                }
                List<Integer> pages = r.get("pages").isBlank() ? List.of()
                        : Arrays.stream(r.get("pages").split(" ")).map(Integer::valueOf).toList();
                List<Row> rows = readRows(cellsByTable.getOrDefault(r.get("table"), List.of()), columns);
                out.add(new Table(r.get("table"), TableKind.valueOf(r.get("kind")), ez(r.get("number")), r.get("title"),
                        Unit.ofLabel(r.get("unit")).orElse(null), pages, columns, rows, split(r.get("notes")),
                        ez(r.get("empty_note")), readPlace(r), ez(r.get("method"))));
            }
        }
        return out;
    }

    private static List<Row> readRows(List<CSVRecord> records, List<ColumnDef> columns) {
        Map<Integer, List<CSVRecord>> byRow = new LinkedHashMap<>();
        for (CSVRecord r : records) {
            byRow.computeIfAbsent(Integer.valueOf(r.get("row")), k -> new ArrayList<>()).add(r);
        }
        List<Row> rows = new ArrayList<>();
        for (List<CSVRecord> rs : byRow.values()) {
            CSVRecord first = rs.get(0);
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                cells.add(null);
            }
            Place rowPlace = decodePlace(first.get("row_place"));
            for (CSVRecord r : rs) {
                String key = r.get("column");
                if (key.isEmpty()) {
                    continue;
                }
                int ci = indexOf(columns, key);
                Amount a = null;
                if (!r.get("value").isEmpty()) {
                    a = new Amount(new BigDecimal(r.get("value")), Integer.parseInt(r.get("decimals")),
                            Unit.valueOf(r.get("unit")), r.get("raw"));
                }
                String conf = r.isMapped("ocr_confidence") ? r.get("ocr_confidence") : "";
                Cell c = new Cell(r.get("raw"), a, readPlace(r), "true".equals(r.get("repaired")),
                        conf.isEmpty() ? null : Integer.valueOf(conf));
                while (cells.size() <= ci) {
                    cells.add(null);
                }
                cells.set(ci, c);
            }
            SubjectCode code = first.get("code").isEmpty() ? null
                    : new SubjectCode(first.get("code"), Scheme.valueOf(first.get("code_scheme")));
            rows.add(new Row(TableKind.Side.of(first.get("side")), ez(first.get("line")), code, first.get("label"), cells, rowPlace));
        }
        return rows;
    }

    private static int indexOf(List<ColumnDef> columns, String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        if (key.startsWith("#")) {
            return Integer.parseInt(key.substring(1));
        }
        throw new IllegalArgumentException("cells.csv names a column the table does not have: " + key);
    }

    // ---------------------------------------------------------------- findings

    /**
     * One line per finding; the {@code id} column (last) is the {@link FindingId} in the document
     * {@code source} (use the overload with the source: without it the id is keyed on {@code document}).
     */
    public static void writeFindings(String document, List<Finding> findings, Appendable out) {
        writeFindings(document, new Source(document, null, 0, null, null), findings, out);
    }

    /** Writes {@code findings} of {@code document} as {@code findings.csv}, with the header. */
    public static void writeFindings(String document, Source source, List<Finding> findings, Appendable out) {
        try (CSVPrinter p = FORMAT.builder().setHeader(FINDINGS_HEADER).get().print(out)) {
            for (Finding f : findings) {
                printFinding(p, document, FindingId.of(source, f), f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A printer for a findings.csv that several documents append to (a batch); close it when done. */
    public static CSVPrinter findingsPrinter(Appendable out) throws IOException {
        return FORMAT.builder().setHeader(FINDINGS_HEADER).get().print(out);
    }

    /** Prints one row of {@code findings.csv}: finding {@code f} of {@code document}, with its {@code id}. */
    public static void printFinding(CSVPrinter p, String document, String id, Finding f) throws IOException {
        List<Object> r = new ArrayList<>();
        r.add(document);
        r.add(f.rule());
        r.add(f.severity().name());
        r.add(f.message());
        r.add(f.figures().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().display())
                .collect(Collectors.joining("; ")));
        Place first = f.evidence().isEmpty() ? Place.UNKNOWN : f.evidence().get(0).place();
        addPlace(r, first);
        r.add(f.evidence().stream().map(e -> (e.document() == null ? "" : e.document() + " ")
                + e.place().describe() + " " + nz(e.text())).collect(Collectors.joining(" | ")));
        r.add(Json.mapper().writeValueAsString(f.evidence()));
        r.add(Json.mapper().writeValueAsString(f.figures()));
        Match m = f.match();
        r.add(m == null ? "" : m.subject());
        r.add(m == null ? "" : nz(m.code()));
        r.add(m == null ? "" : nz(m.table()));
        r.add(m == null || m.row() == null ? "" : m.row().toString());
        r.add(m == null ? "" : nz(m.column()));
        r.add(m == null ? "" : m.how());
        r.add(id == null ? "" : id);
        p.printRecord(r);
    }

    /** Reads a findings.csv back: document name → its findings, in file order. */
    public static Map<String, List<Finding>> readFindings(Reader in) throws IOException {
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        try (CSVParser cp = FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (CSVRecord r : cp) {
                List<Evidence> ev = Arrays.asList(Json.mapper().readValue(r.get("evidence_json"), Evidence[].class));
                Map<String, Amount> figures = Json.mapper().readValue(r.get("figures_json"),
                        Json.mapper().getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Amount.class));
                out.computeIfAbsent(r.get("document"), k -> new ArrayList<>())
                        .add(new Finding(r.get("rule"), Severity.valueOf(r.get("severity")), r.get("message"), figures, ev,
                                matchOf(r)));
            }
        }
        return out;
    }

    /** The {@code match_*} columns of a findings line as a {@link Match}; null when absent or empty. */
    private static Match matchOf(CSVRecord r) {
        if (!r.isMapped("match_how") || r.get("match_how").isBlank()) {
            return null;
        }
        String row = r.get("match_row");
        return new Match(r.get("match_subject"), blankToNull(r.get("match_code")), blankToNull(r.get("match_table")),
                row.isBlank() ? null : Integer.valueOf(row), blankToNull(r.get("match_column")), r.get("match_how"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    // ---------------------------------------------------------------- statements and claims

    /** Writes the claims of {@code statements} of {@code document} as {@code statements.csv}, with the header. */
    public static void writeClaims(String document, List<Statement> statements, Appendable out) {
        try (CSVPrinter p = FORMAT.builder().setHeader(CLAIMS_HEADER).get().print(out)) {
            for (int si = 0; si < statements.size(); si++) {
                Statement s = statements.get(si);
                if (s.claims().isEmpty()) {
                    p.printRecord(claimRecord(document, si, s, null));
                }
                for (Claim c : s.claims()) {
                    p.printRecord(claimRecord(document, si, s, c));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> claimRecord(String document, int si, Statement s, Claim c) {
        List<Object> r = new ArrayList<>();
        r.add(document);
        r.add(si);
        r.add(nz(s.section()));
        r.add(s.place().page() == 0 ? "" : s.place().page());
        r.add(s.place().line() == 0 ? "" : s.place().line());
        r.add(s.text());
        if (c == null) {
            r.addAll(Arrays.asList("", "", "", "", "", "", ""));
        } else {
            r.add(c.kind().name());
            r.add(nz(c.subject()));
            r.add(c.code() == null ? "" : c.code().digits());
            r.add(c.figures().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().display())
                    .collect(Collectors.joining("; ")));
            r.add(c.direction() == null ? "" : c.direction().name());
            r.add(c.year() == null ? "" : c.year());
            r.add(c.attributes().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return r;
    }

    // ---------------------------------------------------------------- helpers

    private static void addPlace(List<Object> r, Place p) {
        r.add(p.page() == 0 ? "" : p.page());
        Box b = p.box();
        if (b == null) {
            r.addAll(Arrays.asList("", "", "", ""));
        } else {
            r.add(Json.round2(b.x0()));
            r.add(Json.round2(b.y0()));
            r.add(Json.round2(b.x1()));
            r.add(Json.round2(b.y1()));
        }
    }

    private static void addPlaceAndLine(List<Object> r, Place p) {
        addPlace(r, p);
        r.add(p.line() == 0 ? "" : p.line());
    }

    /** A place in one field: {@code page x0 y0 x1 y1 line}, with {@code -} for a missing box. */
    private static String encodePlace(Place p) {
        Box b = p.box();
        String box = b == null ? "- - - -" : Json.round2(b.x0()) + " " + Json.round2(b.y0()) + " " + Json.round2(b.x1()) + " "
                + Json.round2(b.y1());
        return p.page() + " " + box + " " + p.line();
    }

    private static Place decodePlace(String s) {
        String[] f = s.split(" ");
        Box box = f[1].equals("-") ? null : new Box(Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                Double.parseDouble(f[3]), Double.parseDouble(f[4]));
        return new Place(Integer.parseInt(f[0]), box, Integer.parseInt(f[5]));
    }

    private static Place readPlace(CSVRecord r) {
        int page = r.get("page").isEmpty() ? 0 : Integer.parseInt(r.get("page"));
        Box box = r.get("x0").isEmpty() ? null : new Box(Double.parseDouble(r.get("x0")), Double.parseDouble(r.get("y0")),
                Double.parseDouble(r.get("x1")), Double.parseDouble(r.get("y1")));
        int line = r.isMapped("text_line") && !r.get("text_line").isEmpty() ? Integer.parseInt(r.get("text_line")) : 0;
        return new Place(page, box, line);
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\n", -1));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String ez(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
