package io.github.suanzhang.core.doc;

/**
 * One place a finding points at.
 *
 * @param place    page and box (or line of a text export)
 * @param text     the text found there, e.g. {@code 872.88万元} or a whole sentence
 * @param table    the table id ({@code t05}) when the place is a table cell, else null
 * @param row      the 0-based index of the line in that table, else null
 * @param column   the column key in that table, else null
 * @param document the file of another document when the place is there (a finding across documents, rules
 *                 {@code batch.*}); null for a place in the document the finding belongs to
 */
public record Evidence(Place place, String text, String table, Integer row, String column, String document) {
    /** A missing place is {@link Place#UNKNOWN}. */
    public Evidence {
        place = place == null ? Place.UNKNOWN : place;
    }

    /** A place in the finding's own document. */
    public Evidence(Place place, String text, String table, Integer row, String column) {
        this(place, text, table, row, column, null);
    }

    /** A place and the text printed there, in the finding's own document. */
    public static Evidence at(Place place, String text) {
        return new Evidence(place, text, null, null, null, null);
    }

    /** This place, said to stand in the document {@code file}. */
    public Evidence in(String file) {
        return new Evidence(place, text, table, row, column, file);
    }
}
