package io.github.suanzhang.spark;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.io.Csv;
import io.github.suanzhang.core.io.Json;
import io.github.suanzhang.runner.GuardedRead;
import io.github.suanzhang.runner.Status;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * The rows one input contributes to each dataset ({@link Schemas}): always one {@code status} row, one
 * {@code documents} row and its {@code problems}; the tables, cells, claims and findings of a read input.
 * The table-like datasets are the library's own CSV views ({@link Csv}) read back, so that a Parquet row
 * says exactly what the CSV line says.
 */
final class DocumentRows implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<String, List<Row>> rows = new LinkedHashMap<>();

    private DocumentRows() {
        for (String d : Schemas.DATASETS) {
            rows.put(d, new ArrayList<>());
        }
    }

    List<Row> rows(String dataset) {
        return rows.get(dataset);
    }

    /** The status row. */
    Row status() {
        return rows.get("status").get(0);
    }

    /**
     * The rows of an input that was read (or failed to be) by {@link GuardedRead#readAudit}.
     *
     * @param failed   {@link Status#FAILED} when it could not be read, else null
     * @param sha      sha256 of its bytes (null when unknown)
     * @param json     whether {@code documents.json} gets the whole JSON document
     */
    static DocumentRows of(InputFile in, String run, String sha, Audit audit, Status failed, double seconds,
                           boolean json) {
        GuardedRead.Verdict v = GuardedRead.verdict(audit, failed);
        return of(in, run, sha, audit, v, seconds, json);
    }

    /** The rows of an input with the given verdict (a time-out or an oversized input: its failure audit). */
    static DocumentRows of(InputFile in, String run, String sha, Audit audit, GuardedRead.Verdict v, double seconds,
                           boolean json) {
        DocumentRows r = new DocumentRows();
        Disclosure d = audit.disclosure();
        String text = Json.toJson(audit);
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode src = tree.path("source");
        JsonNode doc = tree.path("document");
        r.rows.get("documents").add(RowFactory.create(in.path(), sha, run, str(src, "format"), str(src, "producer"),
                integer(src, "pages"), str(doc, "entity"), integer(doc, "year"), str(doc, "type"), str(doc, "scope"),
                str(doc, "unit"), str(doc, "title"), json ? text : null));
        for (JsonNode p : tree.path("problems")) {
            JsonNode place = p.path("place");
            r.rows.get("problems").add(RowFactory.create(in.path(), sha, run, str(p, "kind"), str(p, "message"),
                    integer(place, "page"), integer(place, "line")));
        }
        if (!d.tables().isEmpty()) {
            csv(Csv.TABLES_HEADER, w -> Csv.writeTables("", d.tables(), w), in, sha, run, r.rows.get("tables"));
            csv(Csv.CELLS_HEADER, w -> Csv.writeCells("", d.tables(), w), in, sha, run, r.rows.get("cells"));
        }
        if (!d.statements().isEmpty()) {
            csv(Csv.CLAIMS_HEADER, w -> Csv.writeClaims("", d.statements(), w), in, sha, run, r.rows.get("claims"));
        }
        if (!audit.findings().isEmpty()) {
            csv(Csv.FINDINGS_HEADER, w -> Csv.writeFindings("", audit.findings(), w), in, sha, run,
                    r.rows.get("findings"));
        }
        r.rows.get("status").add(RowFactory.create(in.path(), sha, run, in.length(),
                new Timestamp(in.modificationTime()), v.status().label(), v.reason(), d.source().pages(),
                d.tables().size(), audit.count(Severity.ERROR), audit.count(Severity.WARNING),
                audit.count(Severity.INFO), d.problems().size(), seconds, v.message()));
        return r;
    }

    private static void csv(String[] header, Consumer<StringBuilder> write, InputFile in, String sha, String run,
                            List<Row> out) {
        StringBuilder sb = new StringBuilder();
        write.accept(sb);
        List<String> columns = Schemas.csvColumns(header);
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(sb.toString()))) {
            for (CSVRecord rec : p) {
                Object[] v = new Object[3 + columns.size()];
                v[0] = in.path();
                v[1] = sha;
                v[2] = run;
                for (int i = 0; i < columns.size(); i++) {
                    String c = columns.get(i);
                    v[3 + i] = typed(rec.isMapped(c) ? rec.get(c) : "", Schemas.typeOf(c));
                }
                out.add(RowFactory.create(v));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object typed(String s, DataType type) {
        if (type == DataTypes.StringType) {
            return s;
        }
        if (s.isEmpty()) {
            return null;
        }
        return type == DataTypes.IntegerType ? (Object) Integer.valueOf(s) : (Object) Double.valueOf(s);
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.canConvertToInt() ? null : v.asInt();
    }
}
