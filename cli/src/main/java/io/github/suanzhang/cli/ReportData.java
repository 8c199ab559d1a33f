package io.github.suanzhang.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.DocumentInfo;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.FindingId;
import io.github.suanzhang.core.io.Json;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the report's index needs of one input, written by its worker next to its page fragment: the region,
 * year and kind of document, and per finding its id, severity, rule, message and recorded verdict.
 */
final class ReportData {
    /** A place name before 省, 市, 自治区, 特别行政区 or 区/县 in an entity name or a path: 武汉市, 上海市. */
    private static final Pattern REGION = Pattern.compile("([\\p{IsHan}&&[^年度的和与及在为]]{2,7}?(?:省|自治区|市))");
    private static final Pattern PATH_REGION = Pattern.compile("(?:^|[/_])([\\p{IsHan}]{2,4})(?:__|/)");

    private ReportData() {
    }

    static void write(SummaryRow row, Audit audit, Baseline baseline, Writer w) throws IOException {
        ObjectNode o = Json.mapper().createObjectNode();
        DocumentInfo info = audit == null ? null : audit.disclosure().document();
        o.put("c", region(info == null ? null : info.entity(), row.file()));
        if (info != null && info.year() != null) {
            o.put("y", info.year());
        }
        o.put("k", info == null ? "" : (info.scope().label() + info.type().label()).strip());
        ArrayNode fs = o.putArray("f");
        if (audit != null) {
            for (Finding f : audit.findings()) {
                String id = FindingId.of(audit.disclosure().source(), f);
                Baseline.Entry v = baseline.get(id);
                ArrayNode a = fs.addArray();
                a.add(id).add(f.severity().name().substring(0, 1)).add(f.rule()).add(f.message())
                        .add(v == null ? "" : v.verdict().key).add(v == null ? "" : v.note());
            }
        }
        Json.mapper().writeValue(w, o);
    }

    static JsonNode read(Path file) {
        try {
            return Files.isRegularFile(file) ? Json.mapper().readTree(file.toFile()) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The region a document is about: from its entity's name (武汉市…), else from its path (…/武汉/…, 001_上海__…). */
    static String region(String entity, String file) {
        if (entity != null) {
            Matcher m = REGION.matcher(entity);
            if (m.find()) {
                return m.group(1);
            }
        }
        if (file != null) {
            Matcher m = REGION.matcher(file);
            if (m.find()) {
                return m.group(1);
            }
            m = PATH_REGION.matcher(file);
            if (m.find()) {
                return m.group(1);
            }
        }
        return "";
    }
}
