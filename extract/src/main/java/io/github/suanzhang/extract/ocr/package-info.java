/**
 * Pages without a usable text layer, read by OCR: {@link io.github.suanzhang.extract.ocr.OcrPageReader} renders the
 * page, reads it with an {@link io.github.suanzhang.extract.ocr.OcrEngine} (Tesseract as a process,
 * {@link io.github.suanzhang.extract.ocr.TesseractEngine}, by default) and turns the words into the glyphs and rulings
 * of a page, so that the rest of the PDF path reads it as any other; a second pass reads the figures of a
 * table's cells again.
 *
 * <p>{@link io.github.suanzhang.extract.ocr.OcrEngine}, {@link io.github.suanzhang.extract.ocr.OcrEngineProvider},
 * {@link io.github.suanzhang.extract.ocr.OcrWord} and {@link io.github.suanzhang.extract.ocr.OcrException} are an
 * extension point (another engine, found by {@link java.util.ServiceLoader}); the rest is internal.
 */
package io.github.suanzhang.extract.ocr;
