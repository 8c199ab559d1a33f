package io.github.suanzhang.core.table;

import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.number.Unit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table of a disclosure, typed by its {@link TableKind} (or {@link TableKind#GENERIC}).
 *
 * @param id        stable within the document: {@code t01}, {@code t02}, … in reading order
 * @param kind      what the table is
 * @param number    the number as printed: 公开01表, 表一, 预算01-1表; null when none is printed
 * @param title     the title as printed (normalised text)
 * @param unit      the unit of its amounts (单位：万元); null when not printed and not inferable
 * @param pages     the pages it stands on, in order (a table may continue over pages)
 * @param columns   its columns: canonical for a standard kind, as printed for a generic table
 * @param rows      its lines in print order
 * @param notes     the notes printed under it (注：…, formulas such as {@code 27行=(1+2+…+8)行})
 * @param emptyNote for a table printed without figures, its note (本单位无政府性基金…); else null
 * @param place     where its title stands
 * @param method    how it was read: {@code lattice}, {@code stream}, {@code text}, {@code code}
 */
public record Table(String id, TableKind kind, String number, String title, Unit unit, List<Integer> pages,
                    List<ColumnDef> columns, List<Row> rows, List<String> notes, String emptyNote, Place place,
                    String method) {
    /** Requires an id and a kind; a missing title is empty, missing lists none, a missing place unknown; the lists are copied. */
    public Table {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        title = title == null ? "" : title;
        pages = List.copyOf(pages == null ? List.of() : pages);
        columns = List.copyOf(columns == null ? List.of() : columns);
        rows = List.copyOf(rows == null ? List.of() : rows);
        notes = List.copyOf(notes == null ? List.of() : notes);
        place = place == null ? Place.UNKNOWN : place;
    }

    /** True for a table printed without figures (with its note) or with no lines at all. */
    public boolean withoutFigures() {
        return emptyNote != null || rows.isEmpty();
    }

    /** The index of the column with {@code key}, or −1. */
    public int columnIndex(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The first line carrying {@code code}. */
    public Optional<Row> row(SubjectCode code) {
        return rows.stream().filter(r -> code.equals(r.code())).findFirst();
    }

    /** The cell at the line with {@code code} and the column {@code key}, if both exist and it has one. */
    public Optional<Cell> cell(SubjectCode code, String key) {
        int c = columnIndex(key);
        return row(code).map(r -> r.cell(c));
    }
}
