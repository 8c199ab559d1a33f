package io.github.suanzhang.core.doc;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of the narrative with the claims read from it.
 *
 * @param text    the sentence, normalised
 * @param section the heading it stands under (情况说明, 预算编制说明, 其他重要事项, an attachment), or null
 * @param place   where it stands (page and box of its first line, or line of a text export)
 * @param claims  the claims read from it
 */
public record Statement(String text, String section, Place place, List<Claim> claims) {
    /** Requires the text; a missing place is {@link Place#UNKNOWN}, missing claims none; the claims are copied. */
    public Statement {
        Objects.requireNonNull(text, "text");
        place = place == null ? Place.UNKNOWN : place;
        claims = List.copyOf(claims == null ? List.of() : claims);
    }
}
