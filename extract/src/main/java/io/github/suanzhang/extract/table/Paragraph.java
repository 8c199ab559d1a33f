package io.github.suanzhang.extract.table;

import io.github.suanzhang.core.doc.Place;

/**
 * A paragraph of narrative (text outside the tables), wrapped lines joined.
 *
 * @param text    the paragraph, normalised, lines joined without a separator
 * @param section the last heading above it (一、…, (一)…, 第X部分 …), or null
 * @param place   page and box of its first line
 */
public record Paragraph(String text, String section, Place place) {
}
