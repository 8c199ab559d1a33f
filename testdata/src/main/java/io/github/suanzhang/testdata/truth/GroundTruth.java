package io.github.suanzhang.testdata.truth;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-checked ground truth for one real document: every standard table's lines, codes and values,
 * read off the rendered page (pdftoppm) and cross-checked by the table's own sums — never copied from
 * suanzhang's output. The format is described in {@code groundtruth/README.md} beside the files.
 *
 * @param file     the PDF's file name (as in {@code real/SOURCES.tsv})
 * @param sha256   the PDF's sha256
 * @param method   how the values were obtained and checked, in a sentence or two
 * @param document entity, year, type (BUDGET / FINAL_ACCOUNTS), scope (DEPARTMENT / UNIT)
 * @param tables   every standard table of the document, in print order
 */
public record GroundTruth(String file, String sha256, String method, DocumentTruth document, List<TableTruth> tables) {

    /** What the document is. */
    public record DocumentTruth(String entity, Integer year, String type, String scope, String unit) {
    }

    /**
     * One table.
     *
     * @param kind      a {@code TableKind} name (GENERIC allowed for non-standard tables one wants to pin)
     * @param number    as printed (公开01表, 表1), or null
     * @param title     as printed, normalised (no spaces inside)
     * @param unit      万元 / 元 …
     * @param pages     1-based pages it stands on
     * @param columns   the canonical column keys of its kind that the print has, in print order, amount columns only
     * @param rows      every line with at least one figure or a code, in print order
     * @param emptyNote the note of a table printed without figures, else null
     * @param printedInconsistencies where the printed table does not add up: what, as printed (the truth keeps
     *                  what is printed)
     */
    public record TableTruth(String kind, String number, String title, String unit, List<Integer> pages,
                             List<String> columns, List<RowTruth> rows, String emptyNote,
                             List<String> printedInconsistencies) {
        public TableTruth {
            rows = rows == null ? List.of() : rows;
            columns = columns == null ? List.of() : columns;
            printedInconsistencies = printedInconsistencies == null ? List.of() : printedInconsistencies;
        }
    }

    /**
     * One line.
     *
     * @param side   收入 / 支出 for two-sided tables, else null
     * @param line   行次 as printed, else null
     * @param code   the full subject code (completed where the print leaves 类/款 out), else null
     * @param label  the label as printed, wrapped lines joined, spaces removed
     * @param values column key → the figure as printed without thousands separators, decimals kept
     *               ({@code "1553.51"}, {@code "6964796"}, {@code "0.00"}); blank cells left out
     */
    public record RowTruth(String side, String line, String code, String label, Map<String, String> values) {
        public RowTruth {
            values = values == null ? Map.of() : new LinkedHashMap<>(values);
        }
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public static GroundTruth read(InputStream in) throws IOException {
        return MAPPER.readValue(in, GroundTruth.class);
    }

    /** The names of the bundled ground-truth files ({@code groundtruth/index.txt}). */
    public static List<String> names() {
        try (InputStream in = GroundTruth.class.getResourceAsStream("/io/github/suanzhang/testdata/groundtruth/index.txt")) {
            if (in == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    out.add(l.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a bundled ground-truth file by name (e.g. {@code shanghai_putuo_caizhengju_2024_bumen_juesuan.json}). */
    public static GroundTruth load(String name) {
        try (InputStream in = GroundTruth.class.getResourceAsStream("/io/github/suanzhang/testdata/groundtruth/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no ground truth named " + name);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }
}
