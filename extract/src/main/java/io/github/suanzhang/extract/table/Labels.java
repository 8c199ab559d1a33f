package io.github.suanzhang.extract.table;

import io.github.suanzhang.core.text.TextNormalizer;
import io.github.suanzhang.extract.grid.GridCell;

/** Printed header and label text in the forms the table reader matches and keeps ({@link TextNormalizer}). */
final class Labels {
    private Labels() {
    }

    /** Normalised text without whitespace, quotes; 〔〕【】（） as ASCII brackets: {@link TextNormalizer#matchKey}. */
    static String compact(String s) {
        return TextNormalizer.matchKey(s);
    }

    /** A grid cell's text lines joined, {@linkplain #compact compacted}. */
    static String text(GridCell cell) {
        return compact(String.join("", cell.lines()));
    }

    /** A row label as printed: normalised, wrapped lines joined, spaces removed ({@link TextNormalizer#compact}). */
    static String label(String s) {
        return TextNormalizer.compact(s);
    }
}
