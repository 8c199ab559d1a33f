package io.github.suanzhang.extract.ocr;

import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.extract.layout.PageScan;
import java.util.List;

/**
 * A page read by OCR: the same {@link PageScan} a text page gives (glyphs and rulings in points), so table
 * detection, grids, typing and claim reading run on it unchanged, with what the engine said of it.
 *
 * @param scan          glyphs from the recognised words, rulings from the PDF's paths or, where it has none,
 *                      from the raster
 * @param engine        the engine's name, e.g. {@code tesseract 5.3.0 chi_sim}
 * @param dpi           resolution the page was rendered at
 * @param words         words recognised
 * @param meanConfidence mean word confidence, 0–100 (100 when no word)
 * @param lowConfidenceWords words below the confidence threshold
 * @param rasterRulings whether the rulings came from the image (the page had no vector rulings)
 * @param doubtful      the words below the confidence threshold, with their boxes in points
 * @param readings      every word read, with its box in points and its confidence (the cells' provenance)
 */
public record OcrPage(PageScan scan, String engine, float dpi, int words, double meanConfidence,
                      int lowConfidenceWords, boolean rasterRulings, List<Doubtful> doubtful,
                      List<Doubtful> readings) {
    public OcrPage {
        doubtful = doubtful == null ? List.of() : List.copyOf(doubtful);
        readings = readings == null ? List.of() : List.copyOf(readings);
    }

    /** A word read by OCR: its text, box (points) and confidence (0–100); in {@code doubtful}, below the threshold. */
    public record Doubtful(String text, Box box, double confidence) {
    }
}
