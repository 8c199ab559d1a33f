package io.github.suanzhang.core.doc;

/** What kind of thing went wrong while reading an input. Stable names: they appear in JSON and CSV. */
public enum ProblemKind {
    /** the file is not a PDF (HTML saved as .pdf, an image, random bytes) */
    NOT_A_PDF,
    /** a zero-byte file */
    EMPTY_FILE,
    /** the PDF is damaged or truncated and could not be (fully) parsed */
    DAMAGED_PDF,
    /** the PDF needs a user password */
    ENCRYPTED,
    /** a page has no text layer (a scanned image) */
    NO_TEXT_LAYER,
    /** a page has a text layer that does not decode to readable text (custom-encoded fonts, private-use code points) */
    UNREADABLE_TEXT,
    /** a table was seen but not understood: its lines or columns could not be typed */
    TABLE_NOT_UNDERSTOOD,
    /** a standard table the document should have is neither present nor noted as empty */
    TABLE_MISSING,
    /** a figure could not be read (a cell whose text is not a number where one was expected) */
    UNREADABLE_FIGURE,
    /** the input took longer than the time limit */
    TIMEOUT,
    /** the input needed more memory or resources than allowed (e.g. a decompression bomb) */
    TOO_LARGE,
    /** the text export's encoding could not be determined */
    UNKNOWN_ENCODING,
    /**
     * not a fault: a page without a usable text layer was read by OCR; its figures carry the engine's doubt
     * (a finding resting on them is at most a WARNING)
     */
    READ_BY_OCR,
    /** figures read by OCR that are in doubt: low engine confidence, or a table read by OCR that does not add up */
    OCR_DOUBT,
    /**
     * not a fault of reading: a page inside the document (not the last) with no text and no image — a blank page
     * left in the publication; the rule {@code structure.blank-page} reports it
     */
    BLANK_PAGE,
    /**
     * not a fault of reading: a page whose text layer has half-width commas between Chinese characters (the
     * normalised text cannot show them); the rule {@code text.punctuation} reports them
     */
    HALF_WIDTH_COMMA,
    /** anything else; the message says what */
    OTHER,
    /** a rule threw instead of finishing its check (a bug: rules abstain when they cannot check); the message names it */
    RULE_FAILED,
    /** a suanzhang JSON document given as input is malformed; the message names the bad field's path */
    INVALID_JSON
}
