package io.github.suanzhang.extract;

/**
 * Every tunable of the extractor, in one immutable record, grouped by stage. Each field states its unit
 * and default; nothing is read from system properties. Start from {@link #DEFAULTS} and replace a group
 * with {@code withX(...)}.
 *
 * @param loading   how a PDF is opened (memory)
 * @param pageKinds when a page counts as having no text layer or an unreadable one
 * @param rulings   which drawn paths count as ruling lines
 * @param grid      how rulings become a cell lattice and glyphs become cell text
 * @param ocr        whether and how pages without a usable text layer are read by OCR
 * @param tables     how the table locator joins grids across pages and takes the lines beside them
 * @param paragraphs how the lines outside tables become paragraphs
 */
public record ExtractOptions(Loading loading, PageKinds pageKinds, Rulings rulings, GridOptions grid, Ocr ocr,
                             Tables tables, Paragraphs paragraphs) {
    /** Every group at its defaults. */
    public static final ExtractOptions DEFAULTS = new ExtractOptions(Loading.DEFAULTS, PageKinds.DEFAULTS,
            Rulings.DEFAULTS, GridOptions.DEFAULTS, Ocr.DEFAULTS, Tables.DEFAULTS, Paragraphs.DEFAULTS);

    /** A missing group is at its defaults. */
    public ExtractOptions {
        loading = loading == null ? Loading.DEFAULTS : loading;
        pageKinds = pageKinds == null ? PageKinds.DEFAULTS : pageKinds;
        rulings = rulings == null ? Rulings.DEFAULTS : rulings;
        grid = grid == null ? GridOptions.DEFAULTS : grid;
        ocr = ocr == null ? Ocr.DEFAULTS : ocr;
        tables = tables == null ? Tables.DEFAULTS : tables;
        paragraphs = paragraphs == null ? Paragraphs.DEFAULTS : paragraphs;
    }

    /** The options before the table locator and the paragraphs had theirs: those at their defaults. */
    public ExtractOptions(Loading loading, PageKinds pageKinds, Rulings rulings, GridOptions grid, Ocr ocr) {
        this(loading, pageKinds, rulings, grid, ocr, Tables.DEFAULTS, Paragraphs.DEFAULTS);
    }

    /** The options before OCR existed: OCR at its defaults. */
    public ExtractOptions(Loading loading, PageKinds pageKinds, Rulings rulings, GridOptions grid) {
        this(loading, pageKinds, rulings, grid, Ocr.DEFAULTS);
    }

    /** These options with other {@link #loading()}. */
    public ExtractOptions withLoading(Loading l) {
        return new ExtractOptions(l, pageKinds, rulings, grid, ocr, tables, paragraphs);
    }

    /** These options with other {@link #pageKinds()}. */
    public ExtractOptions withPageKinds(PageKinds p) {
        return new ExtractOptions(loading, p, rulings, grid, ocr, tables, paragraphs);
    }

    /** These options with other {@link #rulings()}. */
    public ExtractOptions withRulings(Rulings r) {
        return new ExtractOptions(loading, pageKinds, r, grid, ocr, tables, paragraphs);
    }

    /** These options with other {@link #grid()}. */
    public ExtractOptions withGrid(GridOptions g) {
        return new ExtractOptions(loading, pageKinds, rulings, g, ocr, tables, paragraphs);
    }

    /** These options with other {@link #ocr()}. */
    public ExtractOptions withOcr(Ocr o) {
        return new ExtractOptions(loading, pageKinds, rulings, grid, o, tables, paragraphs);
    }

    /** These options with other {@link #tables()}. */
    public ExtractOptions withTables(Tables t) {
        return new ExtractOptions(loading, pageKinds, rulings, grid, ocr, t, paragraphs);
    }

    /** These options with other {@link #paragraphs()}. */
    public ExtractOptions withParagraphs(Paragraphs p) {
        return new ExtractOptions(loading, pageKinds, rulings, grid, ocr, tables, p);
    }

    /** When pages are read by OCR. */
    public enum OcrMode {
        /** only pages without a usable text layer (no text, unreadable glyphs) */
        AUTO,
        /** every page, ignoring the text layer (for comparisons and for text layers that lie) */
        ALWAYS,
        /** never: pages without a usable text layer are reported and skipped */
        NEVER
    }

    /**
     * Reading pages by OCR (Tesseract, run as a process).
     *
     * @param mode               when; default {@link OcrMode#AUTO}
     * @param engine             which engine: {@code tesseract} (built in, run as a process), or the name of an
     *                           {@link io.github.suanzhang.extract.ocr.OcrEngineProvider} on the class path;
     *                           default {@code tesseract}
     * @param dpi                resolution a page is rendered at for the engine (dots per inch); default 300
     * @param languages          the engine's language codes joined by {@code +}; default {@code chi_sim}
     * @param command            the engine's program; default {@code tesseract} (found on the PATH)
     * @param timeoutSeconds     time limit for one engine call (seconds); default 300 (a loaded machine needs minutes for one page)
     * @param minConfidence      words below this confidence (0–100) are doubtful; a finding that rests on a
     *                           table read by OCR is at most a WARNING anyway; default 80
     * @param digitLanguages     the engine's language for a second reading of the figures, restricted to digits;
     *                           default {@code eng} (reads printed digits better than {@code chi_sim}); blank for
     *                           no second reading
     * @param minRulingLength    on a raster, a dark line shorter than this (pt) is no ruling; default 20
     * @param maxRulingThickness on a raster, a dark line thicker than this (pt) is a filled area; default 4
     */
    public record Ocr(OcrMode mode, String engine, float dpi, String languages, String command, long timeoutSeconds,
                      double minConfidence, String digitLanguages, double minRulingLength, double maxRulingThickness) {
        /** The defaults named above. */
        public static final Ocr DEFAULTS = new Ocr(OcrMode.AUTO, "tesseract", 300f, "chi_sim", "tesseract", 300, 80, "eng", 20, 4);

        /** Missing mode, engine, languages and command are the defaults; the resolution is within 50–1200 dpi. */
        public Ocr {
            mode = mode == null ? OcrMode.AUTO : mode;
            engine = engine == null || engine.isBlank() ? "tesseract" : engine;
            if (dpi < 50 || dpi > 1200) {
                throw new IllegalArgumentException("OCR dpi must be within 50–1200: " + dpi);
            }
            languages = languages == null || languages.isBlank() ? "chi_sim" : languages;
            command = command == null || command.isBlank() ? "tesseract" : command;
        }

        /** These options with another {@link #mode()}. */
        public Ocr withMode(OcrMode m) {
            return toBuilder().mode(m).build();
        }

        /** These options with another {@link #dpi()}. */
        public Ocr withDpi(float d) {
            return toBuilder().dpi(d).build();
        }

        /** These options with another {@link #engine()}. */
        public Ocr withEngine(String e) {
            return toBuilder().engine(e).build();
        }

        /** These options with other {@link #digitLanguages()}. */
        public Ocr withDigitLanguages(String l) {
            return toBuilder().digitLanguages(l).build();
        }

        /** These options with other {@link #languages()}. */
        public Ocr withLanguages(String l) {
            return toBuilder().languages(l).build();
        }

        /** A builder starting from these options. */
        public Builder toBuilder() {
            return new Builder(this);
        }

        /** Options built field by field from a starting point ({@link Ocr#toBuilder()}); {@link #build()} validates. */
        public static final class Builder {
            private OcrMode mode;
            private String engine;
            private float dpi;
            private String languages;
            private String command;
            private long timeoutSeconds;
            private double minConfidence;
            private String digitLanguages;
            private double minRulingLength;
            private double maxRulingThickness;

            private Builder(Ocr o) {
                mode = o.mode;
                engine = o.engine;
                dpi = o.dpi;
                languages = o.languages;
                command = o.command;
                timeoutSeconds = o.timeoutSeconds;
                minConfidence = o.minConfidence;
                digitLanguages = o.digitLanguages;
                minRulingLength = o.minRulingLength;
                maxRulingThickness = o.maxRulingThickness;
            }

            /** @see Ocr#mode() */
            public Builder mode(OcrMode v) {
                mode = v;
                return this;
            }

            /** @see Ocr#engine() */
            public Builder engine(String v) {
                engine = v;
                return this;
            }

            /** @see Ocr#dpi() */
            public Builder dpi(float v) {
                dpi = v;
                return this;
            }

            /** @see Ocr#languages() */
            public Builder languages(String v) {
                languages = v;
                return this;
            }

            /** @see Ocr#command() */
            public Builder command(String v) {
                command = v;
                return this;
            }

            /** @see Ocr#timeoutSeconds() */
            public Builder timeoutSeconds(long v) {
                timeoutSeconds = v;
                return this;
            }

            /** @see Ocr#minConfidence() */
            public Builder minConfidence(double v) {
                minConfidence = v;
                return this;
            }

            /** @see Ocr#digitLanguages() */
            public Builder digitLanguages(String v) {
                digitLanguages = v;
                return this;
            }

            /** @see Ocr#minRulingLength() */
            public Builder minRulingLength(double v) {
                minRulingLength = v;
                return this;
            }

            /** @see Ocr#maxRulingThickness() */
            public Builder maxRulingThickness(double v) {
                maxRulingThickness = v;
                return this;
            }

            /** The options; throws {@link IllegalArgumentException} as the record's constructor does. */
            public Ocr build() {
                return new Ocr(mode, engine, dpi, languages, command, timeoutSeconds, minConfidence, digitLanguages,
                        minRulingLength, maxRulingThickness);
            }
        }
    }

    /**
     * Opening a PDF, and how much of it may be decoded.
     *
     * @param maxMainMemoryBytes  bytes of heap PDFBox may use to buffer decoded streams before it spills to
     *                            temporary files; default 64 MiB
     * @param maxStorageBytes     bytes of heap plus temporary files PDFBox may use for one document; beyond it
     *                            loading fails with {@code TOO_LARGE}; {@code -1} for no limit; default 1 GiB
     * @param maxPageContentBytes bytes one page's content may decode to (its content streams plus the form
     *                            XObjects it draws, after FlateDecode and the other filters); a page above it
     *                            is skipped with a {@code TOO_LARGE} problem naming the page, measured before
     *                            text extraction by a decoder that stops at the limit (a decompression bomb
     *                            costs at most this much work and no more heap); real pages decode to well
     *                            under 1 MiB; default 64 MiB
     */
    public record Loading(long maxMainMemoryBytes, long maxStorageBytes, long maxPageContentBytes) {
        /** The defaults named above. */
        public static final Loading DEFAULTS = new Loading(64L << 20, 1L << 30, 64L << 20);

        /** Requires limits not negative, and storage unlimited (-1) or at least the main memory. */
        public Loading {
            if (maxMainMemoryBytes < 0) {
                throw new IllegalArgumentException("maxMainMemoryBytes < 0");
            }
            if (maxStorageBytes != -1 && maxStorageBytes < maxMainMemoryBytes) {
                throw new IllegalArgumentException("maxStorageBytes must be -1 or ≥ maxMainMemoryBytes");
            }
            if (maxPageContentBytes < 0) {
                throw new IllegalArgumentException("maxPageContentBytes < 0");
            }
        }

        /** With the default {@code maxPageContentBytes} (64 MiB). */
        public Loading(long maxMainMemoryBytes, long maxStorageBytes) {
            this(maxMainMemoryBytes, maxStorageBytes, 64L << 20);
        }

        /** These options with another {@link #maxPageContentBytes()}. */
        public Loading withMaxPageContentBytes(long bytes) {
            return new Loading(maxMainMemoryBytes, maxStorageBytes, bytes);
        }
    }

    /**
     * Criteria for {@code PageKind}. "Glyphs" are non-whitespace glyphs. A glyph is <i>broken</i> when it
     * decodes to a private-use code point, U+FFFD, a control or surrogate or an unassigned code point;
     * <i>neutral</i> when it is a digit or punctuation that Chinese text and numbers use (ASCII
     * {@code . , % + - ( ) / : ;}, CJK and full-width punctuation, general punctuation such as “ ” —);
     * <i>Han</i> when it is a CJK ideograph; <i>other</i> otherwise (Latin letters, other symbols). Pages of
     * these disclosures are Chinese, so a page whose letters are mostly not Han is a font without a
     * usable Unicode mapping (Founder's FzBookMaker fonts map 国债资金 to {@code !"#$}).
     *
     * @param minTextGlyphs      fewer glyphs than this (count) and the page has no usable text layer: it is
     *                           {@code NO_TEXT_LAYER} when images cover it, else {@code BLANK}; default 10
     * @param minImageCoverage   share of the page area (ratio 0–1) that images must cover for a page with
     *                           too few glyphs to count as a scan; default 0.5
     * @param minTextImages      text set as images: a page drawing at least this many images (count) whose
     *                           area is at least {@code minImageToGlyphArea} times the glyphs' area is
     *                           {@code NO_TEXT_LAYER} even though it has some glyphs (Word files exported with
     *                           each text line as a picture: 20–68 images a page, 4–20× the glyph area, where
     *                           pages with a chart or a cover photo draw 1–4); default 10
     * @param minImageToGlyphArea see {@code minTextImages}; glyph area is Σ width × font size (ratio); default 2.0
     * @param maxBrokenShare     above this share (ratio) of broken glyphs the page is
     *                           {@code UNREADABLE_TEXT}; default 0.05
     * @param minLetterGlyphs    the Han-share test applies only when the page has at least this many Han
     *                           plus other glyphs (count); default 20
     * @param minHanShare        below this share (ratio) of Han among Han plus other glyphs the page is
     *                           {@code UNREADABLE_TEXT}; default 0.5
     * @param minHanForFrequency the common-character test applies only with at least this many Han glyphs
     *                           (count); default 50
     * @param minCommonHanShare  below this share (ratio) of Han glyphs that are among the 300 most frequent
     *                           characters of disclosure text ({@code CommonHan}) the page is
     *                           {@code UNREADABLE_TEXT} (a font that maps to wrong ideographs); readable
     *                           corpus pages measure ≥ 0.55, uniformly random ideographs ≈ 0.015; default 0.2
     */
    public record PageKinds(int minTextGlyphs, double minImageCoverage, int minTextImages, double minImageToGlyphArea,
                            double maxBrokenShare, int minLetterGlyphs, double minHanShare, int minHanForFrequency,
                            double minCommonHanShare) {
        /** The defaults named above. */
        public static final PageKinds DEFAULTS = new PageKinds(10, 0.5, 10, 2.0, 0.05, 20, 0.5, 50, 0.2);
    }

    /**
     * Which drawn paths count as ruling lines (table borders).
     *
     * @param maxThickness  a filled rectangle whose shorter side is at most this (pt) is a ruling along its
     *                      longer side (many producers draw borders as thin filled rectangles); default 2.0
     * @param minLength     rulings shorter than this (pt) are dropped; default 3.0
     * @param axisTolerance a stroked segment counts as horizontal (vertical) when its ends differ by at most
     *                      this (pt) in y (x); default 0.5
     */
    public record Rulings(double maxThickness, double minLength, double axisTolerance) {
        /** The defaults named above. */
        public static final Rulings DEFAULTS = new Rulings(2.0, 3.0, 0.5);
    }

    /**
     * From rulings to a lattice of cells, and from glyphs to cell text.
     *
     * @param snapTolerance       rulings whose positions (y of horizontals, x of verticals) differ by at most
     *                            this (pt) lie on one line; default 2.0
     * @param joinGap             collinear segments whose gap is at most this (pt) are one segment; default 2.0
     * @param touchTolerance      a horizontal and a vertical ruling that come within this (pt) of each other
     *                            belong to one table; default 2.0
     * @param minBoundaryCoverage a boundary between two lattice cells is ruled when rulings cover at least this
     *                            share (ratio) of its length; otherwise the cells are one merged cell; default 0.5
     * @param minRows             fewer lattice rows than this and a group of rulings is not a table; default 2
     * @param minCols             fewer lattice columns than this and a group of rulings is not a table; default 2
     * @param lineBreakRatio      glyphs in a cell start a new line when their baseline is lower than the current
     *                            line's by more than this multiple of the glyph height; default 0.5
     * @param wordGapRatio        a space is put between two glyphs of a line when the gap between them exceeds
     *                            this multiple of the glyph height (in a grid cell: beyond the line's letter
     *                            spacing, its smallest gap, so that text set with {@code Tc} is not split); default 0.3
     * @param wrapFillShare       a figure a narrow cell wrapped onto a second line ({@code 293,191.8} over {@code 6})
     *                            is joined only when its upper line spans at least this share (ratio) of the cell's
     *                            width: text wraps only where it hits the cell's edge; default 0.75
     * @param wrapNextLine        ... and its lower line starts less than this many glyph heights under the upper
     *                            line's bottom (the next line, not a figure further down; a line's pitch is about
     *                            2.5 cap heights); default 3.0
     * @param wrapMinSupport      ... and the column's modal precision, which says the upper line is short of
     *                            decimals, is printed by at least this many one-line figures; default 3
     * @param wrapMinShare        ... and by at least this share (ratio) of them; default 0.6
     */
    public record GridOptions(double snapTolerance, double joinGap, double touchTolerance, double minBoundaryCoverage,
                              int minRows, int minCols, double lineBreakRatio, double wordGapRatio,
                              double wrapFillShare, double wrapNextLine, int wrapMinSupport, double wrapMinShare) {
        /** The defaults named above. */
        public static final GridOptions DEFAULTS = new GridOptions(2.0, 2.0, 2.0, 0.5, 2, 2, 0.5, 0.3, 0.75, 3.0, 3, 0.6);

        /** The options before wrapped figures had theirs: those at their defaults. */
        public GridOptions(double snapTolerance, double joinGap, double touchTolerance, double minBoundaryCoverage,
                           int minRows, int minCols, double lineBreakRatio, double wordGapRatio) {
            this(snapTolerance, joinGap, touchTolerance, minBoundaryCoverage, minRows, minCols, lineBreakRatio,
                    wordGapRatio, 0.75, 3.0, 3, 0.6);
        }

        /** These options with another {@link #minRows()} (the table locator's one-row stubs). */
        public GridOptions withMinRows(int rows) {
            return new GridOptions(snapTolerance, joinGap, touchTolerance, minBoundaryCoverage, rows, minCols,
                    lineBreakRatio, wordGapRatio, wrapFillShare, wrapNextLine, wrapMinSupport, wrapMinShare);
        }
    }

    /**
     * How the table locator ({@code TableLocator}) joins a grid to the table of the page before and which
     * lines beside a grid belong to its table.
     *
     * @param edgeTolerance  a ruling ends at the grid's top or bottom (a column open to the page edge), and a
     *                       column edge of one grid matches one of another, when they are within this (pt);
     *                       a grid at the top of a page continues the table at the foot of the page before
     *                       only when its left and right edges are within twice this (pt) of that table's;
     *                       default 3.0
     * @param edgeMatchShare ... and when at least this share (ratio) of the inner column edges of the
     *                       narrower grid match the other's; default 0.8
     * @param runGapRatio    outside grids, two runs of text on one baseline are separate lines when the gap
     *                       between them exceeds this multiple of the glyph height; default 4.0
     * @param noteReach      a line below a note ({@code 注：…}) continues that note (a note wrapped over
     *                       lines) when it starts less than this (pt) below the grid; default 200
     * @param emptyNoteSpan  a note says the table is empty ({@code 注：本单位无政府性基金预算财政拨款收入…}) when
     *                       {@code 没有}/{@code 无} stands within this many characters of its start (after
     *                       {@code 本单位}…) and the 支出/收入/经费… it lacks within as many after; default 40
     * @param maxEmptyNoteLength ... and the note has fewer characters than this (a longer text is a paragraph
     *                       that mentions an absence, not a note on the table); default 120
     * @param titleAboveStub a one-row ruled box at the top of a page (a table's last line that a page break left
     *                       alone) continues the table of the page before only when no title line ends above it;
     *                       a line ending less than this (pt) below the box's top counts as above; default 2.0
     * @param baselineShare  an entity label standing alone ({@code 部门：}) takes the next run right of it whose
     *                       vertical extent overlaps it by at least this share (ratio) of the lower of the two;
     *                       default 0.5
     */
    public record Tables(double edgeTolerance, double edgeMatchShare, double runGapRatio, double noteReach,
                         int emptyNoteSpan, int maxEmptyNoteLength, double titleAboveStub, double baselineShare) {
        /** The defaults named above. */
        public static final Tables DEFAULTS = new Tables(3.0, 0.8, 4.0, 200, 40, 120, 2.0, 0.5);

        /** The options before the empty-table notes and the title lines had theirs: those at their defaults. */
        public Tables(double edgeTolerance, double edgeMatchShare, double runGapRatio, double noteReach) {
            this(edgeTolerance, edgeMatchShare, runGapRatio, noteReach, 40, 120, 2.0, 0.5);
        }
    }

    /**
     * How the lines of a PDF outside tables become paragraphs ({@code Narrative}; the lengths in "ems" are
     * multiples of the page's median character width, "pitches" of its median baseline distance).
     *
     * @param paragraphGapRatio a vertical gap wider than this many pitches below a line that ends a sentence
     *                          ends the paragraph; default 1.45
     * @param wideGapRatio      a vertical gap wider than this many pitches ends the paragraph after any line;
     *                          default 2.5
     * @param indentEms         a line starting more than this (ems) right of the left margin starts a
     *                          paragraph; default 1.0
     * @param shortLineEms      a line ending more than this (ems) short of the right margin ends its
     *                          paragraph when it ends a sentence; default 1.5
     * @param titleWidthShare   a line ending before this share (ratio) of the body's width ends its paragraph
     *                          whatever its last character (a title); default 0.6
     * @param marginBand        the share (ratio) of the page's height at its top and at its foot where running
     *                          heads and feet stand; default 0.1
     * @param minRunningPages   a text in that band on at least this many pages is a running head (left out);
     *                          default 3
     * @param maxHeadingLength  a numbered line without amounts is a heading when it has at most this many
     *                          characters (no whitespace); default 40
     * @param minPitchEms       the page's pitch is at least this (ems): a page of single lines far apart (a
     *                          cover) would otherwise measure its own gaps; default 1.1
     * @param maxPitchEms       ... and at most this (ems); default 3.0
     * @param minBodyLine       the page's em (and its margins) are measured on the lines of at least this many
     *                          characters (no whitespace), the body text; default 8
     * @param minPitchGapEms    two lines whose tops are less than this (ems) apart are one line, not a pitch;
     *                          default 0.5
     * @param baselineShare     two runs of text stand on one baseline (and are one line) when their bottoms differ
     *                          by less than this share (ratio) of the taller one's height; default 0.5
     * @param minBrokenLine     a paragraph whose last line has at least this many characters (no whitespace) and
     *                          ends in no 。;:!? was cut by a blank line mid-sentence (text exports) and is joined
     *                          with the next one; default 15
     */
    public record Paragraphs(double paragraphGapRatio, double wideGapRatio, double indentEms, double shortLineEms,
                             double titleWidthShare, double marginBand, int minRunningPages, int maxHeadingLength,
                             double minPitchEms, double maxPitchEms, int minBodyLine, double minPitchGapEms,
                             double baselineShare, int minBrokenLine) {
        /** The defaults named above. */
        public static final Paragraphs DEFAULTS = new Paragraphs(1.45, 2.5, 1.0, 1.5, 0.6, 0.1, 3, 40, 1.1, 3.0,
                8, 0.5, 0.5, 15);

        /** The options before the line measures had theirs: those at their defaults. */
        public Paragraphs(double paragraphGapRatio, double wideGapRatio, double indentEms, double shortLineEms,
                          double titleWidthShare, double marginBand, int minRunningPages, int maxHeadingLength,
                          double minPitchEms, double maxPitchEms) {
            this(paragraphGapRatio, wideGapRatio, indentEms, shortLineEms, titleWidthShare, marginBand,
                    minRunningPages, maxHeadingLength, minPitchEms, maxPitchEms, 8, 0.5, 0.5, 15);
        }
    }
}
