package io.github.suanzhang.core.doc;

/**
 * Where something stands in the source: a page (1-based) and a box on it for PDFs; a line (1-based)
 * for text exports, where {@code box} is null and {@code page} is the page the export marks, or 0.
 *
 * @param page 1-based page number; 0 when unknown
 * @param box  box on the page, null when the source has no geometry
 * @param line 1-based line in a text export; 0 when not a text export
 */
public record Place(int page, Box box, int line) {
    /** No known place. */
    public static final Place UNKNOWN = new Place(0, null, 0);

    /** A box on a 1-based page of a PDF ({@code box} may be null: the whole page). */
    public static Place onPage(int page, Box box) {
        return new Place(page, box, 0);
    }

    /** A 1-based line of a text export. */
    public static Place atLine(int line) {
        return new Place(0, null, line);
    }

    /** "第3页" or "第12行" for messages. */
    public String describe() {
        if (page > 0 && line > 0) {
            return "第" + page + "页第" + line + "行";
        }
        if (page > 0) {
            return "第" + page + "页";
        }
        if (line > 0) {
            return "第" + line + "行";
        }
        return "位置不明";
    }
}
