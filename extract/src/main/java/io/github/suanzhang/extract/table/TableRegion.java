package io.github.suanzhang.extract.table;

import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.extract.grid.Grid;
import java.util.List;

/**
 * A table as located on the pages, before typing: its title lines and the grids that hold it (one per
 * page it stands on, or none for a table printed only as a title and a note).
 *
 * @param kind      the kind its title names; {@link TableKind#GENERIC} when untitled or not standard
 * @param number    the printed number (公开01表, 表一), or null
 * @param title     the title as printed (normalised, no spaces); "" when none
 * @param unit      the unit line's unit (单位：万元), or null
 * @param entity    the entity line's name (编制单位：…), or null
 * @param place     where the title stands (or the first grid, when untitled)
 * @param grids     the grids, in page order
 * @param notes     lines printed under the table (注：…, 说明：…)
 * @param emptyNote the note saying the table has no figures (本单位无… / 为空表 / 故本表无数据), or null
 */
public record TableRegion(TableKind kind, String number, String title, Unit unit, String entity, Place place,
                          List<Grid> grids, List<String> notes, String emptyNote) {
    public TableRegion {
        grids = List.copyOf(grids);
        notes = List.copyOf(notes);
    }

    public List<Integer> pages() {
        if (grids.isEmpty()) {
            return List.of(place.page());
        }
        return grids.stream().map(Grid::page).distinct().toList();
    }
}
