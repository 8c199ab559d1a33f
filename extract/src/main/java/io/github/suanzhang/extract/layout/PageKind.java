package io.github.suanzhang.extract.layout;

/** What a page's text layer is good for. Criteria: {@code ExtractOptions.PageKinds}. */
public enum PageKind {
    /** enough readable text to extract from */
    TEXT_OK,
    /** (almost) no glyphs, and images cover the page: a scan; needs OCR */
    NO_TEXT_LAYER,
    /** glyphs present but they do not decode to readable text (fonts without a usable Unicode mapping) */
    UNREADABLE_TEXT,
    /** (almost) no glyphs and no images: an empty page, or one drawn only with vector paths */
    BLANK
}
