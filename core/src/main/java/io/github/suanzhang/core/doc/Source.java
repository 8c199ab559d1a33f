package io.github.suanzhang.core.doc;

/**
 * The input a disclosure was read from.
 *
 * @param file     the file name as given (a path relative to the batch root, or a name)
 * @param sha256   hex sha256 of the file's bytes; null when built in code
 * @param pages    number of pages (PDF), or 0 for a text export
 * @param format   {@code pdf}, {@code text} or {@code code}
 * @param producer the PDF's /Producer or /Creator, when present
 */
public record Source(String file, String sha256, int pages, String format, String producer) {
    /** A source built in code (tests, fixtures): no file, no hash, no pages. */
    public static Source inCode(String name) {
        return new Source(name, null, 0, "code", null);
    }
}
