package io.github.suanzhang.spark;

import io.github.suanzhang.core.io.Csv;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet datasets (docs/spark.md). Every row begins with {@code path} (the input's fully qualified
 * path), {@code sha256} (of its bytes; null when they could not be read) and {@code run} (the run that
 * wrote it). {@code tables}, {@code cells}, {@code claims} and {@code findings} then carry the columns of
 * the CSV views ({@link Csv}) without {@code document}: amounts ({@code value}) stay exact decimal strings
 * as in suanzhang/1, page and row numbers are integers, box coordinates doubles, the rest strings exactly
 * as in the CSV files.
 */
public final class Schemas {
    /** The datasets, in the order they are written ({@code status} last: it marks an input done). */
    public static final List<String> DATASETS = List.of("documents", "tables", "cells", "claims", "findings",
            "problems", "status");

    private static final Set<String> INTS = Set.of("page", "row", "decimals", "text_line", "statement", "year");
    private static final Set<String> DOUBLES = Set.of("x0", "y0", "x1", "y1");

    public static final StructType STATUS = new StructType(new StructField[] {
        key("path"), key("sha256"), key("run"),
        field("length", DataTypes.LongType), field("modification_time", DataTypes.TimestampType),
        field("status", DataTypes.StringType), field("reason", DataTypes.StringType),
        field("pages", DataTypes.IntegerType), field("tables", DataTypes.IntegerType),
        field("errors", DataTypes.LongType), field("warnings", DataTypes.LongType), field("infos", DataTypes.LongType),
        field("problems", DataTypes.IntegerType), field("seconds", DataTypes.DoubleType),
        field("message", DataTypes.StringType)});

    public static final StructType DOCUMENTS = new StructType(new StructField[] {
        key("path"), key("sha256"), key("run"),
        field("format", DataTypes.StringType), field("producer", DataTypes.StringType),
        field("pages", DataTypes.IntegerType), field("entity", DataTypes.StringType),
        field("year", DataTypes.IntegerType), field("type", DataTypes.StringType),
        field("scope", DataTypes.StringType), field("unit", DataTypes.StringType),
        field("title", DataTypes.StringType), field("json", DataTypes.StringType)});

    public static final StructType PROBLEMS = new StructType(new StructField[] {
        key("path"), key("sha256"), key("run"),
        field("kind", DataTypes.StringType), field("message", DataTypes.StringType),
        field("page", DataTypes.IntegerType), field("text_line", DataTypes.IntegerType)});

    public static final StructType TABLES = ofCsv(Csv.TABLES_HEADER);
    public static final StructType CELLS = ofCsv(Csv.CELLS_HEADER);
    public static final StructType CLAIMS = ofCsv(Csv.CLAIMS_HEADER);
    public static final StructType FINDINGS = ofCsv(Csv.FINDINGS_HEADER);

    private Schemas() {
    }

    public static StructType of(String dataset) {
        return switch (dataset) {
            case "status" -> STATUS;
            case "documents" -> DOCUMENTS;
            case "problems" -> PROBLEMS;
            case "tables" -> TABLES;
            case "cells" -> CELLS;
            case "claims" -> CLAIMS;
            case "findings" -> FINDINGS;
            default -> throw new IllegalArgumentException("no dataset " + dataset);
        };
    }

    /** The columns of a CSV view after path, sha256, run (its {@code document} column left out). */
    static List<String> csvColumns(String[] header) {
        return Arrays.stream(header).filter(h -> !h.equals("document")).toList();
    }

    /** The Spark type of a CSV view's column. */
    static DataType typeOf(String column) {
        return INTS.contains(column) ? DataTypes.IntegerType
                : DOUBLES.contains(column) ? DataTypes.DoubleType : DataTypes.StringType;
    }

    private static StructType ofCsv(String[] header) {
        List<StructField> f = new ArrayList<>(List.of(key("path"), key("sha256"), key("run")));
        for (String c : csvColumns(header)) {
            f.add(field(c, typeOf(c)));
        }
        return new StructType(f.toArray(StructField[]::new));
    }

    private static StructField key(String name) {
        return field(name, DataTypes.StringType);
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }
}
