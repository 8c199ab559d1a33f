package io.github.suanzhang.core.doc;

import java.util.Objects;

/**
 * One line of a document's outline: a numbered heading of the body, or an entry of the printed table of
 * contents (目录).
 *
 * <p>Levels follow the template's numbering: 1 {@code 第一部分}, 2 {@code 一、}, 3 {@code （一）}, 4 {@code 1.}
 * or {@code 1、}; 0 for an unnumbered entry (a contents line such as {@code 名词解释} or a table's title).
 *
 * @param kind   {@link Kind#HEADING} (in the body) or {@link Kind#CONTENTS} (a line of the 目录)
 * @param level  0–4 as above
 * @param number the numbering as printed, normalised ({@code 第三部分}, {@code 一、}, {@code (一)}, {@code 1.}), or ""
 * @param title  the words after the numbering, spaces and leader dots removed
 * @param place  where the heading or the contents line stands
 * @param listed for a contents entry, the page number it prints (as printed, not the PDF page); else null
 */
public record OutlineEntry(Kind kind, int level, String number, String title, Place place, Integer listed) {

    /** Where the entry was read. */
    public enum Kind {
        /** a heading in the body of the document */
        HEADING,
        /** a line of the printed table of contents */
        CONTENTS
    }

    /** Requires a kind and a level from 0 to 4; a missing number or title is empty, a missing place unknown. */
    public OutlineEntry {
        Objects.requireNonNull(kind, "kind");
        number = number == null ? "" : number;
        title = title == null ? "" : title;
        place = place == null ? Place.UNKNOWN : place;
        if (level < 0 || level > 4) {
            throw new IllegalArgumentException("outline level " + level + " not in 0..4");
        }
    }

    /** The numbering and the title as one line: {@code 一、部门主要职能}. */
    public String text() {
        return number + title;
    }
}
