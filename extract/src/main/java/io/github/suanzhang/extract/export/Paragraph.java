package io.github.suanzhang.extract.export;

import io.github.suanzhang.core.doc.Place;
import java.util.List;
import java.util.Objects;

/**
 * One paragraph of a text export's narrative, before it is split into sentences and claims.
 *
 * @param text     the paragraph, cleaned and normalised (markup removed, NFKC, converter spaces between
 *                 Chinese characters removed), lines of one paragraph joined
 * @param section  the headings it stands under, outermost first, joined by {@value #SEPARATOR}:
 *                 {@code 第三部分…单位决算情况说明 > 五、一般公共预算财政拨款支出决算情况说明 > (三)…具体情况};
 *                 null before the first heading
 * @param headings the same headings as a list
 * @param place    the line where it starts ({@link Place#atLine})
 * @param lines    the 1-based lines it was joined from
 */
public record Paragraph(String text, String section, List<String> headings, Place place, List<Integer> lines) {

    /** Between the headings in {@link #section}. */
    public static final String SEPARATOR = " > ";

    public Paragraph {
        Objects.requireNonNull(text, "text");
        headings = List.copyOf(headings == null ? List.of() : headings);
        lines = List.copyOf(lines == null ? List.of() : lines);
        place = place == null ? Place.UNKNOWN : place;
    }
}
