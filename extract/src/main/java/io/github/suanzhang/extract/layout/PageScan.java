package io.github.suanzhang.extract.layout;

import java.util.List;

/**
 * What one page holds, read once: its glyphs and rulings in displayed, top-left-origin points, and how
 * much of it images cover. Locators and grid builders work on this and never see a PDDocument.
 *
 * @param pageNumber    1-based
 * @param width         displayed width in points (crop box, after /Rotate)
 * @param height        displayed height in points
 * @param rotation      the page's /Rotate, normalised to 0, 90, 180 or 270
 * @param glyphs        non-whitespace glyphs in content-stream order
 * @param rulings       horizontal and vertical rulings in drawing order
 * @param imageCount    number of images drawn (XObject and inline)
 * @param imageCoverage sum of the drawn images' areas clipped to the page, as a share of the page area,
 *                      capped at 1 (overlaps are counted twice)
 */
public record PageScan(int pageNumber, double width, double height, int rotation, List<Glyph> glyphs,
                       List<Ruling> rulings, int imageCount, double imageCoverage) {
    public PageScan {
        glyphs = List.copyOf(glyphs);
        rulings = List.copyOf(rulings);
    }

    /** The page's text in content order, without layout: for diagnostics and character statistics. */
    public String rawText() {
        StringBuilder sb = new StringBuilder();
        for (Glyph g : glyphs) {
            sb.append(g.text());
        }
        return sb.toString();
    }
}
