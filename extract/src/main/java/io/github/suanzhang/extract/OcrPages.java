package io.github.suanzhang.extract;

import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.extract.ocr.OcrDecimals;
import io.github.suanzhang.extract.ocr.OcrEngine;
import io.github.suanzhang.extract.ocr.OcrEngineProvider;
import io.github.suanzhang.extract.ocr.OcrWord;
import io.github.suanzhang.extract.ocr.OcrException;
import io.github.suanzhang.extract.ocr.OcrPage;
import io.github.suanzhang.extract.ocr.OcrPageReader;
import io.github.suanzhang.extract.ocr.TesseractEngine;
import io.github.suanzhang.extract.layout.PageClassifier;
import io.github.suanzhang.extract.layout.PageKind;
import io.github.suanzhang.extract.layout.PageScan;
import io.github.suanzhang.extract.layout.PdfInput;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OCR step of one document's reading: decides per page whether the page is read from its text layer, by
 * OCR, or not at all ({@link ExtractOptions.Ocr#mode()}), and remembers which pages were read by OCR so
 * that the tables on them are marked ({@code method = "ocr"}) and their lost decimal points put back
 * ({@link OcrDecimals}).
 */
final class OcrPages {
    /** One engine per command and languages, shared by all documents: its installation is probed once. */
    private static final Map<String, OcrEngine> ENGINES = new ConcurrentHashMap<>();

    private final ExtractOptions.Ocr options;
    private final Set<Integer> pages = new HashSet<>();
    private final Map<Integer, List<OcrPage.Doubtful>> doubtful = new java.util.HashMap<>();
    private final Map<Integer, List<OcrPage.Doubtful>> readings = new java.util.HashMap<>();

    OcrPages(ExtractOptions.Ocr options) {
        this.options = options;
    }

    static OcrEngine engine(ExtractOptions.Ocr o) {
        return engine(o, o.languages());
    }

    private static OcrEngine engine(ExtractOptions.Ocr o, String languages) {
        return ENGINES.computeIfAbsent(o.engine() + "\u0000" + o.command() + "\u0000" + languages + "\u0000"
                + o.timeoutSeconds(), k -> create(o, languages));
    }

    private static OcrEngine create(ExtractOptions.Ocr o, String languages) {
        if (o.engine().equals("tesseract")) {
            return new TesseractEngine(o.command(), languages, o.timeoutSeconds());
        }
        for (OcrEngineProvider p : ServiceLoader.load(OcrEngineProvider.class)) {
            if (p.name().equals(o.engine())) {
                return p.create(o, languages);
            }
        }
        return new Missing(o.engine());
    }

    /** An engine named in the options that no provider on the class path offers. */
    private record Missing(String name) implements OcrEngine {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public String unavailableReason() {
            return "OCR引擎" + name + "不在类路径上（可用: tesseract）";
        }

        @Override
        public List<OcrWord> recognise(java.awt.image.BufferedImage image, Layout layout, String whitelist)
                throws OcrException {
            throw new OcrException(unavailableReason());
        }
    }

    /** The engine for the second reading of figures, or null when none is set or its language is missing. */
    static OcrEngine digitEngine(ExtractOptions.Ocr o) {
        if (o.digitLanguages() == null || o.digitLanguages().isBlank()) {
            return null;
        }
        OcrEngine e = engine(o, o.digitLanguages());
        return e.available() ? e : null;
    }

    /**
     * The models that read each figure's cell again and vote: the digit model, the page's model, and both
     * together (Tesseract picks per word); none without a digit model.
     */
    static List<OcrEngine> cellReaders(ExtractOptions.Ocr o, OcrEngine engine) {
        OcrEngine d = digitEngine(o);
        if (d == null) {
            return List.of();
        }
        OcrEngine both = engine(o, o.digitLanguages() + "+" + o.languages());
        return both.available() ? List.of(d, engine, both) : List.of(d, engine);
    }

    /**
     * The page to read: the text layer's scan, the OCR reading, or null when the page is left out (its
     * problem added to {@code problems}).
     */
    PageScan readIfNeeded(PdfInput in, PageScan scan, PageClassifier.Verdict v, List<Problem> problems) {
        boolean unusable = v.kind() == PageKind.NO_TEXT_LAYER || v.kind() == PageKind.UNREADABLE_TEXT;
        boolean wanted = switch (options.mode()) {
            case NEVER -> false;
            case AUTO -> unusable;
            case ALWAYS -> v.kind() != PageKind.BLANK;
        };
        ProblemKind kind = v.kind() == PageKind.NO_TEXT_LAYER ? ProblemKind.NO_TEXT_LAYER : ProblemKind.UNREADABLE_TEXT;
        Place place = Place.onPage(scan.pageNumber(), null);
        if (!wanted) {
            if (unusable) {
                problems.add(new Problem(kind, v.reason(), place));
                return null;
            }
            return scan;
        }
        OcrEngine engine = engine(options);
        if (!engine.available()) {
            if (unusable) {
                problems.add(new Problem(kind, v.reason() + "；无法OCR: " + engine.unavailableReason(), place));
                return null;
            }
            return scan;
        }
        try {
            OcrPage page = new OcrPageReader(engine, digitEngine(options), cellReaders(options, engine), options)
                    .read(scan, in.renderGrey(scan.pageNumber(), options.dpi()));
            if (page.words() == 0) {
                if (unusable) {
                    problems.add(new Problem(kind, v.reason() + "；OCR（" + page.engine() + "）也未识别出文字", place));
                    return null;
                }
                return scan;
            }
            pages.add(scan.pageNumber());
            doubtful.put(scan.pageNumber(), page.doubtful());
            readings.put(scan.pageNumber(), page.readings());
            problems.add(new Problem(ProblemKind.READ_BY_OCR, String.format(Locale.ROOT,
                    "第%d页%s，已用OCR识别（%s，%.0f dpi，%d个词，平均置信度%.1f%s%s）", scan.pageNumber(),
                    unusable ? "没有可用的文字层" : "按要求", page.engine(), page.dpi(), page.words(), page.meanConfidence(),
                    page.lowConfidenceWords() > 0 ? "，" + page.lowConfidenceWords() + "个词置信度低于"
                            + (int) options.minConfidence() : "",
                    page.rasterRulings() ? "，表格线取自图像" : ""), place));
            return page.scan();
        } catch (OcrException | ExtractionException e) {
            if (unusable) {
                problems.add(new Problem(kind, v.reason() + "；OCR失败: " + e.getMessage(), place));
                return null;
            }
            return scan;
        }
    }

    /**
     * The table, marked as read by OCR when every page it stands on was; each figure cell carries the
     * confidence of its least confident word ({@link io.github.suanzhang.core.table.Cell#ocrConfidence()}), and
     * one that holds a word read with a confidence below the threshold gets an {@link ProblemKind#OCR_DOUBT}
     * problem at its place (page and box), naming the figure and the confidence.
     */
    Table mark(Table t, List<Problem> problems) {
        if (pages.isEmpty() || t.pages().isEmpty() || !pages.containsAll(t.pages())) {
            return t;
        }
        Table repaired = OcrDecimals.repaired(new Table(t.id(), t.kind(), t.number(), t.title(), t.unit(), t.pages(),
                t.columns(), t.rows(), t.notes(), t.emptyNote(), t.place(), "ocr"));
        List<io.github.suanzhang.core.table.Row> rows = new java.util.ArrayList<>(repaired.rows().size());
        for (io.github.suanzhang.core.table.Row r : repaired.rows()) {
            List<io.github.suanzhang.core.table.Cell> cells = new java.util.ArrayList<>(r.cells().size());
            for (io.github.suanzhang.core.table.Cell c : r.cells()) {
                if (c == null || c.amount() == null || c.place().box() == null) {
                    cells.add(c);
                    continue;
                }
                OcrPage.Doubtful read = lowest(readings, c.place());
                cells.add(read == null ? c : c.withOcrConfidence(
                        (int) Math.max(0, Math.min(100, Math.round(read.confidence())))));
                OcrPage.Doubtful low = lowest(doubtful, c.place());
                if (low != null) {
                    problems.add(new Problem(ProblemKind.OCR_DOUBT, String.format(Locale.ROOT,
                            "%s表格“%s”的数字%s由OCR识别，置信度%.0f（低于%d），请对照原页核对",
                            c.place().describe(), repaired.title() == null ? repaired.id() : repaired.title(), c.raw(),
                            low.confidence(), (int) options.minConfidence()), c.place()));
                }
            }
            rows.add(new io.github.suanzhang.core.table.Row(r.side(), r.lineNo(), r.code(), r.label(), cells, r.place()));
        }
        return new Table(repaired.id(), repaired.kind(), repaired.number(), repaired.title(), repaired.unit(),
                repaired.pages(), repaired.columns(), rows, repaired.notes(), repaired.emptyNote(), repaired.place(), repaired.method());
    }

    /** The least confident word of the given ones whose centre lies in the place's box, or null. */
    private static OcrPage.Doubtful lowest(Map<Integer, List<OcrPage.Doubtful>> words, Place place) {
        OcrPage.Doubtful out = null;
        for (OcrPage.Doubtful d : words.getOrDefault(place.page(), List.of())) {
            double cx = (d.box().x0() + d.box().x1()) / 2;
            double cy = (d.box().y0() + d.box().y1()) / 2;
            io.github.suanzhang.core.doc.Box b = place.box();
            if (cx >= b.x0() - 1 && cx <= b.x1() + 1 && cy >= b.y0() - 1 && cy <= b.y1() + 1
                    && (out == null || d.confidence() < out.confidence())) {
                out = d;
            }
        }
        return out;
    }
}
