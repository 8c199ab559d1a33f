package io.github.suanzhang.extract;

import io.github.suanzhang.core.doc.Disclosure;
import java.nio.file.Path;

/**
 * Reads one input file (a PDF or a text export) into a {@link Disclosure}. Implementations must be
 * thread-safe (the command reads several files at once) and should notice {@link Thread#interrupt()}
 * between pages, so that a file over its time limit can be abandoned.
 *
 * <p>What could be read with problems (a page without text layer, a table not understood) is returned
 * as a {@code Disclosure} with {@link io.github.suanzhang.core.doc.Problem}s; only a file that cannot be
 * read at all ends in a {@link ReadException}.
 */
@FunctionalInterface
public interface DisclosureReader {
    /**
     * Reads one file.
     *
     * @param file the input: a PDF or a text export
     * @return what could be read, with a {@link io.github.suanzhang.core.doc.Problem} for each thing that
     *         could not
     * @throws ReadException when the file cannot be read at all (empty, not a PDF, encrypted, damaged)
     */
    Disclosure read(Path file) throws ReadException;

    /**
     * This reader with other OCR settings ({@code --ocr}, {@code --ocr-dpi}, {@code --ocr-lang}); a reader that
     * does no OCR (a text-export reader, a test's fake) returns itself.
     */
    default DisclosureReader withOcr(ExtractOptions.Ocr ocr) {
        return this;
    }
}
