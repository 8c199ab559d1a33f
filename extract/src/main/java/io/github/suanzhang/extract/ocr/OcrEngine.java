package io.github.suanzhang.extract.ocr;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Recognises the words of an image. Implementations must be thread-safe (a batch reads pages in parallel).
 */
public interface OcrEngine {
    /** A short name for messages and provenance, e.g. {@code tesseract 5.3.0 chi_sim}. */
    String name();

    /**
     * Whether the engine can run here (its program and language data are installed). When not,
     * {@link #unavailableReason()} says what is missing.
     */
    boolean available();

    /** What is missing when {@link #available()} is false, naming the package to install; null otherwise. */
    String unavailableReason();

    /**
     * Recognises the words of one image.
     *
     * @param image     a grey or colour image
     * @param layout    how the text is laid out on the image
     * @param whitelist characters the engine may output, or null for any
     */
    List<OcrWord> recognise(BufferedImage image, Layout layout, String whitelist) throws OcrException;

    /**
     * Recognises several small images (cells cut out of a page) with the same settings: one list of words per
     * image, in the images' order. Engines that start a process per call read them all in one.
     */
    default List<List<OcrWord>> recogniseEach(List<BufferedImage> images, Layout layout, String whitelist)
            throws OcrException {
        List<List<OcrWord>> out = new java.util.ArrayList<>(images.size());
        for (BufferedImage i : images) {
            out.add(recognise(i, layout, whitelist));
        }
        return out;
    }

    /** How the image's text is laid out (Tesseract's page segmentation modes 11, 6 and 7). */
    enum Layout {
        /** text anywhere on a page, in no particular order: table cells, scattered labels */
        SPARSE,
        /** one block of lines, e.g. a stack of cell images */
        BLOCK,
        /** a single line */
        LINE
    }
}
