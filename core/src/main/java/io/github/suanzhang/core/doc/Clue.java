package io.github.suanzhang.core.doc;

/**
 * One piece of evidence for what a document is: the field it decided, the value read, and the text and
 * place it was read from.
 *
 * @param field {@code kind}, {@code genre}, {@code type}, {@code scope}, {@code year}, {@code entity} or {@code region}
 * @param value the value read, e.g. {@code 2026}, {@code BUDGET}, {@code 烟台市财政局}
 * @param text  the text it was read from, e.g. {@code 2026年烟台市财政局部门预算} (at most 80 characters)
 * @param place where that text stands (page, or line of a text export)
 */
public record Clue(String field, String value, String text, Place place) {
    /** A null place is {@link Place#UNKNOWN}; a text longer than 80 characters is cut to 79 and an ellipsis. */
    public Clue {
        place = place == null ? Place.UNKNOWN : place;
        if (text != null && text.length() > 80) {
            text = text.substring(0, 79) + "…";
        }
    }
}
