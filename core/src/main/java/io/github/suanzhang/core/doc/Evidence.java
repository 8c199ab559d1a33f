package io.github.suanzhang.core.doc;

/**
 * One place a finding points at.
 *
 * @param place  page and box (or line of a text export)
 * @param text   the text found there, e.g. {@code 872.88万元} or a whole sentence
 * @param table  the table id ({@code t05}) when the place is a table cell, else null
 * @param row    the 0-based index of the line in that table, else null
 * @param column the column key in that table, else null
 */
public record Evidence(Place place, String text, String table, Integer row, String column) {
    public Evidence {
        place = place == null ? Place.UNKNOWN : place;
    }

    public static Evidence at(Place place, String text) {
        return new Evidence(place, text, null, null, null);
    }
}
