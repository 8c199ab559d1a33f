package io.github.suanzhang.testdata.synth;

import io.github.suanzhang.core.table.TableKind;
import java.util.List;
import java.util.Objects;

/**
 * A table as a disclosure prints it, in the form {@link SyntheticPdf} draws it and a round-trip test
 * compares an extracted table with: the title, the unit line, the amount columns and the lines with
 * their 科目编码, 科目名称 and amounts <em>as printed</em> ({@code 1,553.51}; an empty string for a blank
 * cell). Immutable.
 *
 * @param kind     the kind the title stands for (what a reader must classify it as)
 * @param title    the title as printed, e.g. 一般公共预算财政拨款支出决算表
 * @param unitLine the unit line as printed, e.g. 单位：万元
 * @param columns  the amount columns, left to right (the code and name columns are implied)
 * @param lines    the lines in print order; the last is normally the 合计 line (code null)
 */
public record SyntheticTable(TableKind kind, String title, String unitLine, List<Column> columns, List<Line> lines) {

    public SyntheticTable {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unitLine, "unitLine");
        columns = List.copyOf(columns);
        lines = List.copyOf(lines);
        for (Line l : lines) {
            if (l.amounts().size() != columns.size()) {
                throw new IllegalArgumentException("line " + l.name() + " has " + l.amounts().size() + " amounts for "
                        + columns.size() + " columns");
            }
        }
    }

    /**
     * An amount column.
     *
     * @param key   the canonical column key of {@link #kind} it must be read as ({@code total}, {@code basic} …)
     * @param label the header as printed (合计, 基本支出 …)
     */
    public record Column(String key, String label) {
        public Column {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * One printed line.
     *
     * @param code    the functional subject code, 3 (类), 5 (款) or 7 (项) digits; null for 合计
     * @param name    the 科目名称 as it should read after normalisation (the print may spell it otherwise)
     * @param amounts per column, the figure as printed in ASCII ({@code 1,553.51}), or {@code ""} for a blank cell
     */
    public record Line(String code, String name, List<String> amounts) {
        public Line {
            Objects.requireNonNull(name, "name");
            if (code != null && !code.matches("\\d{3}|\\d{5}|\\d{7}")) {
                throw new IllegalArgumentException("not a 类/款/项 code: " + code);
            }
            amounts = List.copyOf(amounts);
        }

        /** The 类 part (3 digits), printed in the first code column; {@code ""} for 合计. */
        public String classPart() {
            return code == null ? "" : code.substring(0, 3);
        }

        /** The 款 part (2 digits), printed in the second code column; {@code ""} for a 类 line. */
        public String sectionPart() {
            return code == null || code.length() < 5 ? "" : code.substring(3, 5);
        }

        /** The 项 part (2 digits), printed in the third code column; {@code ""} for a 类 or 款 line. */
        public String itemPart() {
            return code == null || code.length() < 7 ? "" : code.substring(5, 7);
        }
    }
}
