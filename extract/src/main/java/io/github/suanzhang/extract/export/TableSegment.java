package io.github.suanzhang.extract.export;

import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.TableKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of one table in an export, sorted into what they are: the title, the meta lines (number,
 * unit, the {@code 单位: <entity>} line), the table lines (tab-separated), loose lines (text without
 * tabs among the table lines: a flattened table, a repeated block), the notes and the empty-table note.
 */
final class TableSegment {

    static final Pattern NUMBER = Pattern.compile("公开\\s*(\\d{1,2})\\s*表");
    static final Pattern UNIT = Pattern.compile("单位\\s*:\\s*(万元|千元|亿元|元)");
    /** The OCR'd unit of 公开06表 in the seed: 単位:万ヵ. */
    static final Pattern UNIT_OCR = Pattern.compile("[单単]位\\s*:\\s*万");
    static final Pattern ENTITY = Pattern.compile("^单位(名称)?\\s*:\\s*(.+)$");
    static final Pattern FORMULA = Pattern.compile("\\d+\\s*(行|栏)(各行)?\\s*=");
    static final Pattern EMPTY_NOTE = Pattern.compile("(当年|本年度?|本单位|本部门)(未|无|没有)");

    String id;
    final TableKind kind;
    final String title;
    final Line titleLine;
    String number;
    Unit unit;
    final List<String> entities = new ArrayList<>();
    final List<Line> tableLines = new ArrayList<>();
    final List<Line> looseLines = new ArrayList<>();
    final List<Line> trailingTableLines = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<String> emptyNoteCandidates = new ArrayList<>();

    TableSegment(String id, TableKind kind, String title, Line titleLine) {
        this.id = id;
        this.kind = kind;
        this.title = title;
        this.titleLine = titleLine;
    }

    /** Sorts the lines after the title (up to the next title or part heading). */
    static TableSegment of(String id, TableKind kind, String title, Line titleLine, List<Line> body) {
        TableSegment s = new TableSegment(id, kind, title, titleLine);
        boolean inNotes = false;
        boolean seenTable = false;
        for (Line line : body) {
            if (line.blank()) {
                continue;
            }
            String cell = Clean.cell(line.raw());
            String prose = Clean.paragraph(line.raw());
            if (!seenTable && !line.hasTab()) {
                Matcher n = NUMBER.matcher(cell);
                boolean meta = false;
                if (s.number == null && n.find()) {
                    s.number = "公开" + (n.group(1).length() == 1 ? "0" : "") + n.group(1) + "表";
                    meta = true;
                }
                Matcher u = UNIT.matcher(cell);
                if (s.unit == null && u.find()) {
                    s.unit = Unit.ofLabel(u.group(1)).orElse(null);
                    meta = meta || u.start() < 3 || cell.length() < 16;
                }
                Matcher e = ENTITY.matcher(prose);
                if (e.find() && !UNIT.matcher(prose).lookingAt()) {
                    s.entities.add(e.group(2));
                    meta = true;
                }
                if (meta && cell.length() < 80) {
                    continue;
                }
            }
            if (s.unit == null && UNIT_OCR.matcher(cell).find()) {
                s.unit = Unit.TEN_THOUSAND_YUAN;
            }
            if (!line.hasTab() && (prose.startsWith("注") || prose.startsWith("备注") || FORMULA.matcher(prose).find())) {
                inNotes = true;
            }
            if (inNotes && !line.hasTab()) {
                if (EMPTY_NOTE.matcher(prose).find()) {
                    s.emptyNoteCandidates.add(prose);
                } else {
                    s.notes.addAll(noteParts(prose));
                }
                continue;
            }
            if (inNotes) {
                s.trailingTableLines.add(line);
                continue;
            }
            if (line.hasTab()) {
                s.tableLines.add(line);
                seenTable = true;
            } else if (EMPTY_NOTE.matcher(prose).find()) {
                s.emptyNoteCandidates.add(prose);
            } else {
                s.looseLines.add(line);
            }
        }
        return s;
    }

    /**
     * A note line as notes: a line of formulas ({@code 27行= (1+2+3+4+5+6+7+8) 行; 31行= (27+28+29) 行;})
     * split at {@code ;} and {@code 。} into one note per formula without whitespace
     * ({@code 27行=(1+2+3+4+5+6+7+8)行}); any other line is one note.
     */
    static List<String> noteParts(String prose) {
        if (!FORMULA.matcher(prose).find() || prose.startsWith("注")) {
            return List.of(prose);
        }
        List<String> out = new ArrayList<>();
        for (String part : Clean.compact(prose).split("[;；。]")) {
            if (!part.isBlank()) {
                out.add(part);
            }
        }
        return out;
    }
}
