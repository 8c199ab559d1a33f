package io.github.suanzhang.extract.ocr;

/**
 * One word an OCR engine recognised, in pixels of the image it was given (origin top-left, y downward).
 *
 * @param text       the recognised text, never blank
 * @param left       left edge (px)
 * @param top        top edge (px)
 * @param width      width (px)
 * @param height     height (px)
 * @param confidence the engine's confidence, 0–100
 * @param line       an id shared by the words the engine put on one text line (block, paragraph and line)
 */
public record OcrWord(String text, int left, int top, int width, int height, double confidence, String line) {
    public OcrWord {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an OCR word has text");
        }
    }

    public int right() {
        return left + width;
    }

    public int bottom() {
        return top + height;
    }
}
