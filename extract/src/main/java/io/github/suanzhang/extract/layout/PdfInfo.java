package io.github.suanzhang.extract.layout;

import io.github.suanzhang.core.doc.Source;

/**
 * Metadata of an opened PDF.
 *
 * @param pageCount      number of pages
 * @param producer       the /Producer of the document information, or null
 * @param creator        the /Creator, or null
 * @param title          the /Title, or null
 * @param pdfVersion     the header version, e.g. 1.7
 * @param ownerProtected true when the file is encrypted with an owner password only (opened without a
 *                       user password; restrictions removed for reading)
 * @param sha256         hex sha256 of the file's bytes
 * @param bytes          file size
 */
public record PdfInfo(int pageCount, String producer, String creator, String title, float pdfVersion,
                      boolean ownerProtected, String sha256, long bytes) {
    /** The core {@link Source} for this file; producer falls back to creator. */
    public Source toSource(String fileName) {
        return new Source(fileName, sha256, pageCount, "pdf", producer != null && !producer.isBlank() ? producer : creator);
    }
}
