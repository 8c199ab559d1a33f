package io.github.suanzhang.core.io;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.core.doc.CellCoverage;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentInfo;
import io.github.suanzhang.core.doc.Evidence;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.FindingId;
import io.github.suanzhang.core.doc.Match;
import io.github.suanzhang.core.doc.OutlineEntry;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.Source;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of the model (docs/schema.md). The records in {@code core} carry no Jackson
 * annotations; everything about the JSON shape is here.
 *
 * <ul>
 *   <li>Amounts' values are JSON strings ({@code "872.87"}): exact, trailing zeros kept.</li>
 *   <li>Units are their Chinese labels: {@code "万元"}, {@code "元"}, {@code "%"}, {@code ""}.</li>
 *   <li>Boxes are arrays {@code [x0, y0, x1, y1]} in PDF points, top-left origin.</li>
 *   <li>Null properties are left out; null cells inside a row's cell list stay {@code null}.</li>
 * </ul>
 */
public final class Json {
    /** The version of the output contract; bump on any incompatible change and say so in docs/schema.md. */
    public static final String SCHEMA = "suanzhang/1";

    private static final ObjectMapper MAPPER = build();

    private Json() {
    }

    /** The configured mapper (thread-safe; do not reconfigure it). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One input's output document: the JSON object described in docs/schema.md. */
    record Wire(String schema, Source source, DocumentInfo document, List<Table> tables, List<Statement> statements,
                List<WireFinding> findings, List<Problem> problems, List<OutlineEntry> outline, CellCoverage cellCoverage) {
    }

    /**
     * A finding as written: its stable {@link FindingId} first, then the record's fields. The id is
     * recomputed, not trusted, when a document is read back.
     */
    record WireFinding(String id, String rule, Severity severity, String message, Map<String, Amount> figures,
                       List<Evidence> evidence, Match match) {
        static WireFinding of(Source source, Finding f) {
            return new WireFinding(FindingId.of(source, f), f.rule(), f.severity(), f.message(), f.figures(),
                    f.evidence(), f.match());
        }

        Finding finding() {
            return new Finding(rule, severity, message, figures, evidence, match);
        }
    }

    /** Writes {@code audit} as pretty-printed JSON (UTF-8). */
    public static void write(Audit audit, OutputStream out) {
        try {
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, toWire(audit));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code audit} as pretty-printed JSON. */
    public static void write(Audit audit, Writer out) {
        try {
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, toWire(audit));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code audit} as pretty-printed JSON. */
    public static String toJson(Audit audit) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toWire(audit));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an audit written by {@link #write(Audit, OutputStream)}; a document that breaks the schema is an {@link InvalidDocumentException}. */
    public static Audit read(InputStream in) throws IOException {
        return fromWire(MAPPER.readValue(in, Wire.class));
    }

    /** Reads an audit written by {@link #write(Audit, Writer)}; a document that breaks the schema is an {@link InvalidDocumentException}. */
    public static Audit read(Reader in) throws IOException {
        return fromWire(MAPPER.readValue(in, Wire.class));
    }

    /** Reads an audit from {@link #toJson(Audit)}'s text; a document that breaks the schema is an {@link InvalidDocumentException}. */
    public static Audit fromJson(String json) throws IOException {
        return fromWire(MAPPER.readValue(json, Wire.class));
    }

    /**
     * A suanzhang JSON document that cannot be read: {@link #path} is where the bad field is, as
     * {@code $.tables[0].rows[3].cells[1].amount.value} ({@code $} for the document itself).
     */
    public static final class InvalidDocumentException extends IOException {
        private static final long serialVersionUID = 1L;
        /** Where the bad field is. */
        private final String path;

        /** The field at {@code path} and what is wrong with it. */
        public InvalidDocumentException(String path, String message) {
            super(path + ": " + message);
            this.path = path;
        }

        /** Where the bad field is ({@code $.tables[0]…}). */
        public String path() {
            return path;
        }
    }

    /**
     * Reads and validates one output document (schema {@value #SCHEMA}), as {@link #read(InputStream)}, but a
     * malformed document is an {@link InvalidDocumentException} naming the path of the bad field and what is
     * wrong with it; a document without {@code source} or {@code schema} is refused too.
     */
    public static Audit readChecked(InputStream in) throws InvalidDocumentException {
        Wire w;
        try {
            w = MAPPER.readValue(in, Wire.class);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            throw new InvalidDocumentException(path(e.getPath()), reason(e));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var loc = e.getLocation();
            throw new InvalidDocumentException("$", "不是有效的 JSON" + (loc == null ? "" : "（第 " + loc.getLineNr()
                    + " 行第 " + loc.getColumnNr() + " 列）") + "：" + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidDocumentException("$", e.getMessage());
        }
        if (w == null) {
            throw new InvalidDocumentException("$", "空文档");
        }
        if (w.schema() == null) {
            throw new InvalidDocumentException("$.schema", "缺少；suanzhang 文档应写 \"schema\": \"" + SCHEMA + "\"");
        }
        if (!w.schema().equals(SCHEMA)) {
            throw new InvalidDocumentException("$.schema", "不支持“" + w.schema() + "”；本版本读取 " + SCHEMA);
        }
        if (w.source() == null) {
            throw new InvalidDocumentException("$.source", "缺少（文档来源：file、sha256）");
        }
        if (w.findings() != null) {
            for (int i = 0; i < w.findings().size(); i++) {
                WireFinding f = w.findings().get(i);
                String at = "$.findings[" + i + "]";
                if (f == null) {
                    throw new InvalidDocumentException(at, "为空");
                }
                for (String[] field : new String[][] {{"rule", f.rule()}, {"message", f.message()}}) {
                    if (field[1] == null) {
                        throw new InvalidDocumentException(at + "." + field[0], "缺少必填字段");
                    }
                }
                if (f.severity() == null) {
                    throw new InvalidDocumentException(at + ".severity", "缺少必填字段");
                }
            }
        }
        try {
            return fromWire(w);
        } catch (IOException | RuntimeException e) {
            throw new InvalidDocumentException("$", e.getMessage());
        }
    }

    private static String path(List<com.fasterxml.jackson.databind.JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder("$");
        for (var r : refs) {
            if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** What is wrong with a field, in Chinese (the message of an exception Jackson raised while reading it). */
    private static String reason(com.fasterxml.jackson.databind.JsonMappingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f) {
            return "“" + f.getValue() + "”不是有效的" + typeName(f.getTargetType());
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null) {
            return "类型不符，应为" + typeName(m.getTargetType());
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof NullPointerException) {
            return "缺少必填字段" + (root.getMessage() == null ? "" : "：" + root.getMessage());
        }
        if (root instanceof IllegalArgumentException) {
            return "值无效：" + root.getMessage();
        }
        String m = root instanceof com.fasterxml.jackson.databind.JsonMappingException j ? j.getOriginalMessage()
                : root.getMessage();
        return m == null ? root.toString() : m.lines().findFirst().orElse(m);
    }

    private static String typeName(Class<?> t) {
        if (t == null) {
            return "值";
        }
        if (t == BigDecimal.class || t == Double.class || t == double.class) {
            return "数字";
        }
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class) {
            return "整数";
        }
        if (t == String.class) {
            return "文字";
        }
        if (t == Unit.class) {
            return "单位（万元、元、%）";
        }
        if (t.isEnum()) {
            StringBuilder sb = new StringBuilder("取值（");
            Object[] v = t.getEnumConstants();
            for (int i = 0; i < v.length; i++) {
                sb.append(i == 0 ? "" : "、").append(v[i]);
            }
            return sb.append("）").toString();
        }
        if (List.class.isAssignableFrom(t) || t.isArray()) {
            return "数组";
        }
        return "对象（" + t.getSimpleName() + "）";
    }

    private static Wire toWire(Audit a) {
        Disclosure d = a.disclosure();
        return new Wire(SCHEMA, d.source(), d.document(), d.tables(), d.statements(),
                a.findings().stream().map(f -> WireFinding.of(d.source(), f)).toList(), d.problems(),
                d.outline().isEmpty() ? null : d.outline(), a.cells());
    }

    private static Audit fromWire(Wire w) throws IOException {
        if (w.schema() == null || !w.schema().startsWith("suanzhang/")) {
            throw new IOException("not a suanzhang document (schema: " + w.schema() + ")");
        }
        if (!w.schema().equals(SCHEMA)) {
            throw new IOException("schema " + w.schema() + " is not supported; this version reads " + SCHEMA);
        }
        Disclosure d = new Disclosure(w.source(), w.document(), w.tables(), w.statements(), w.problems(), w.outline());
        return new Audit(d, w.findings() == null ? List.of() : w.findings().stream().map(WireFinding::finding).toList(),
                w.cellCoverage());
    }

    private static ObjectMapper build() {
        SimpleModule m = new SimpleModule("suanzhang");
        m.addSerializer(Unit.class, new JsonSerializer<>() {
            @Override
            public void serialize(Unit u, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(u.label());
            }
        });
        m.addDeserializer(Unit.class, new JsonDeserializer<>() {
            @Override
            public Unit deserialize(JsonParser p, DeserializationContext c) throws IOException {
                String s = p.getValueAsString();
                for (Unit u : Unit.values()) {
                    if (u.label().equals(s) || u.name().equals(s)) {
                        return u;
                    }
                }
                return (Unit) c.handleWeirdStringValue(Unit.class, s, "not a unit label");
            }
        });
        m.addSerializer(TableKind.Side.class, new JsonSerializer<>() {
            @Override
            public void serialize(TableKind.Side side, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(side.label());
            }
        });
        m.addDeserializer(TableKind.Side.class, new JsonDeserializer<>() {
            @Override
            public TableKind.Side deserialize(JsonParser p, DeserializationContext c) throws IOException {
                String s = p.getValueAsString();
                TableKind.Side side = TableKind.Side.of(s);
                return side != null || s == null || s.isBlank() ? side
                        : (TableKind.Side) c.handleWeirdStringValue(TableKind.Side.class, s, "not a side (收入, 支出)");
            }
        });
        m.addSerializer(Box.class, new JsonSerializer<>() {
            @Override
            public void serialize(Box b, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeStartArray();
                g.writeNumber(round2(b.x0()));
                g.writeNumber(round2(b.y0()));
                g.writeNumber(round2(b.x1()));
                g.writeNumber(round2(b.y1()));
                g.writeEndArray();
            }
        });
        m.addDeserializer(Box.class, new JsonDeserializer<>() {
            @Override
            public Box deserialize(JsonParser p, DeserializationContext c) throws IOException {
                if (p.currentToken() != JsonToken.START_ARRAY) {
                    return (Box) c.handleUnexpectedToken(Box.class, p);
                }
                double[] v = p.readValueAs(double[].class);
                if (v.length != 4) {
                    throw c.weirdStringException(String.valueOf(v.length), Box.class, "a box has 4 numbers");
                }
                return new Box(v[0], v[1], v[2], v[3]);
            }
        });
        JsonMapper mapper = JsonMapper.builder()
                .addModule(m)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        mapper.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        return mapper;
    }

    /** Boxes are written to 0.01 pt: finer digits are noise from the PDF's coordinate arithmetic. */
    static double round2(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
