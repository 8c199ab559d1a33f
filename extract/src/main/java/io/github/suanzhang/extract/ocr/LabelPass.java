package io.github.suanzhang.extract.ocr;

import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.ExtractionException;
import io.github.suanzhang.extract.grid.Grid;
import io.github.suanzhang.extract.grid.GridCell;
import io.github.suanzhang.extract.grid.LatticeGridFinder;
import io.github.suanzhang.extract.layout.PageScan;
import io.github.suanzhang.extract.layout.Ruling;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The second reading of the text of ruled cells, one line of one cell at a time: the words of a line that lie in
 * one cell between two vertical rulings (labels: 住房保障支出, 一般公共服务支出, a header 项) are cut out of the
 * image between the rulings and read alone as one line ({@code --psm 7}) by the page's model. Tesseract's sparse
 * page reading, chosen to find words scattered over a table, reads Chinese characters one at a time without their
 * neighbours and confuses similar ones (住 → 主, 支 → 文, 费 → 赛, 疗 → 池, 项 → 页); read as a line, the same
 * model gets them right (苏州审计局 p11 at 200 dpi: 住房保障支出, 住房改革支出, 住房公积金, 行政事业单位养老支出 all
 * misread on the page, all right as lines).
 *
 * <p>Only words in a ruled cell are read again (on a page without rulings the page reading stands), and only
 * lines of a cell that hold no figure ({@link CellPass#candidate}): figures are read by {@link CellPass}. A line
 * that the Chinese model read as no digit at all where a figure is printed ({@code 6.71 → 伺}) is read again here
 * and, when the line reading gives a figure, handed to {@link CellPass} as one. The line reading replaces the
 * words when it holds a character other than punctuation and is not much shorter or longer than what the page
 * reading found (from half to twice its characters; else the crop caught something else). A figure is taken
 * from the line reading only where every word the page reading found there is doubtful (confidence below
 * {@link CellPass#STRAY}): a label read confidently stays a label (功能分类科目名称 once came back {@code 0}).
 * Where the page reading found no Latin letter, digit or sign, such characters at the ends of the line reading
 * are dropped (what is left of a ruling: 款 read as {@code 款|}).
 */
final class LabelPass {
    private LabelPass() {
    }

    /**
     * Reads the text lines of ruled cells again.
     *
     * @param engine  the page's model
     * @param image   the page image (rulings erased)
     * @param words   the words read so far
     * @param rulings the page's rulings, in points
     * @param ppp     points per pixel of the image
     */
    static List<OcrWord> reread(OcrEngine engine, BufferedImage image, List<OcrWord> words, List<Ruling> rulings,
                                double ppp) throws OcrException {
        List<CellPass.Region> regions = new ArrayList<>(regions(words, rulings, ppp, image.getWidth(), image.getHeight()));
        regions.addAll(emptyCells(words, rulings, ppp, image.getWidth(), image.getHeight()));
        if (regions.isEmpty()) {
            return words;
        }
        List<BufferedImage> crops = new ArrayList<>(regions.size());
        for (CellPass.Region r : regions) {
            crops.add(CellPass.crop(image, r));
        }
        List<List<OcrWord>> read = engine.recogniseEach(crops, OcrEngine.Layout.LINE, null);
        Set<OcrWord> replaced = Collections.newSetFromMap(new IdentityHashMap<>());
        List<OcrWord> added = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            OcrWord w = chosen(regions.get(i), i < read.size() ? read.get(i) : List.of());
            if (w != null) {
                replaced.addAll(regions.get(i).words());
                added.add(w);
            }
        }
        return CellPass.replaced(words, replaced, added);
    }

    /**
     * The line's new word: the line reading's words joined (spaces dropped between Chinese characters, kept
     * between words of Latin letters or digits), over the box of the words it replaces; null when the reading
     * is not to be trusted.
     */
    static OcrWord chosen(CellPass.Region r, List<OcrWord> read) {
        if (read.isEmpty()) {
            return null;
        }
        if (r.words().isEmpty()) {
            return empty(r, read);
        }
        StringBuilder text = new StringBuilder();
        double conf = 0;
        List<OcrWord> sorted = read.stream().sorted(Comparator.comparingInt(OcrWord::left)).toList();
        for (OcrWord w : sorted) {
            if (!text.isEmpty() && latin(text.codePointBefore(text.length())) && latin(w.text().codePointAt(0))) {
                text.append(' ');
            }
            text.append(w.text());
            conf += w.confidence();
        }
        conf /= sorted.size();
        String t = text.toString();
        boolean ascii = r.words().stream().anyMatch(w -> w.text().chars().anyMatch(c -> c > 0x20 && c < 0x7f));
        if (!ascii && t.codePoints().anyMatch(c -> c >= 0x2E80)) {
            // the page reading found no Latin, digit or sign here: such at the ends of the line reading is what
            // is left of the ruling beside the cell (款 read as 款|, a label as 4机关…支出1)
            t = t.replaceAll("^[\\x21-\\x7e\\s]+|[\\x21-\\x7e\\s]+$", "");
        }
        long before = r.words().stream().mapToLong(w -> w.text().codePoints().count()).sum();
        if (t.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return null;
        }
        long now = t.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        if (r.words().stream().allMatch(LabelPass::weak)) {
            // a doubtful digit or two where text is printed (合计 read as 2): replaced only by text without digits
            if (t.codePoints().anyMatch(Character::isDigit) || t.codePoints().noneMatch(c -> c >= 0x2E80)) {
                return null;
            }
        } else if (DigitPass.figure(DigitPass.grouping(t)) && !t.equals("-")
                && r.words().stream().allMatch(w -> w.confidence() < CellPass.STRAY)) {
            // a figure the page reading turned into characters (6.71 → 伺): the cell reading takes it from here
            t = DigitPass.grouping(t);
        } else if (now * 2 < before || now > before * 2 || t.codePoints().noneMatch(c -> c >= 0x2E80)
                && r.words().stream().anyMatch(w -> w.confidence() >= CellPass.STRAY
                && w.text().codePoints().anyMatch(c -> c >= 0x2E80))) {
            // too short, too long, or Chinese read confidently on the page and none in the line reading
            return null;
        }
        return CellPass.over(r, t, conf);
    }

    /**
     * An empty cell's reading: taken when confident ({@link #EMPTY_CONFIDENCE}) and holding a letter or digit, as
     * one word over the cell; the page reading missed it (a header of one character, 类, found by no word).
     */
    private static OcrWord empty(CellPass.Region r, List<OcrWord> read) {
        StringBuilder text = new StringBuilder();
        double conf = 100;
        int left = Integer.MAX_VALUE;
        int right = Integer.MIN_VALUE;
        int top = Integer.MAX_VALUE;
        int bottom = Integer.MIN_VALUE;
        for (OcrWord w : read.stream().sorted(Comparator.comparingInt(OcrWord::left)).toList()) {
            text.append(w.text());
            conf = Math.min(conf, w.confidence());
            left = Math.min(left, w.left());
            right = Math.max(right, w.right());
            top = Math.min(top, w.top());
            bottom = Math.max(bottom, w.bottom());
        }
        String t = text.toString();
        if (conf < EMPTY_CONFIDENCE || t.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return null;
        }
        // the reading's box, from the crop (white margin, scale) back to the page, kept inside the cell
        CellPass.Placement p = CellPass.placement(r);
        int l = Math.max(r.left(), r.left() + (int) Math.round((left - p.pad()) / p.scale()));
        int x1 = Math.min(r.right(), r.left() + (int) Math.round((right - p.pad()) / p.scale()));
        int y0 = Math.max(r.top(), r.top() + (int) Math.round((top - p.pad()) / p.scale()));
        int y1 = Math.min(r.bottom(), r.top() + (int) Math.round((bottom - p.pad()) / p.scale()));
        if (x1 <= l || y1 <= y0) {
            return null;
        }
        return new OcrWord(t, l, y0, x1 - l, y1 - y0, conf, "cell." + r.left() + "." + r.top());
    }

    /** The confidence an empty cell's reading needs: there the page reading saw nothing, so noise must be refused. */
    static final double EMPTY_CONFIDENCE = 80;
    /** Cells larger than this (points) are not read when empty: a blank area of a page, not a missed word. */
    static final double MAX_EMPTY_WIDTH = 300;
    static final double MAX_EMPTY_HEIGHT = 60;
    /** Cells smaller than this (points) hold no text. */
    static final double MIN_EMPTY_SIZE = 6;

    /**
     * Cells of the ruled grids of the page (the lattice the table reader will build, {@link LatticeGridFinder})
     * that hold no word at all, inset by two pixels, as regions without words.
     */
    static List<CellPass.Region> emptyCells(List<OcrWord> words, List<Ruling> rulings, double ppp, int width, int height) {
        List<CellPass.Region> out = new ArrayList<>();
        if (rulings.isEmpty()) {
            return out;
        }
        PageScan scan = new PageScan(1, width * ppp, height * ppp, 0, List.of(), rulings, 0, 0);
        List<Grid> grids;
        try {
            grids = LatticeGridFinder.find(scan, ExtractOptions.GridOptions.DEFAULTS);
        } catch (ExtractionException e) {
            return out;
        }
        for (Grid g : grids) {
            for (GridCell c : g.cells()) {
                Box b = c.box();
                if (b.x1() - b.x0() > MAX_EMPTY_WIDTH || b.y1() - b.y0() > MAX_EMPTY_HEIGHT
                        || b.x1() - b.x0() < MIN_EMPTY_SIZE || b.y1() - b.y0() < MIN_EMPTY_SIZE) {
                    continue;
                }
                int l = (int) Math.round(b.x0() / ppp) + 3;
                int r = (int) Math.round(b.x1() / ppp) - 3;
                int t = (int) Math.round(b.y0() / ppp) + 3;
                int bo = (int) Math.round(b.y1() / ppp) - 3;
                boolean holds = words.stream().anyMatch(w -> w.right() > l && w.left() < r && w.bottom() > t && w.top() < bo);
                if (!holds && r > l && bo > t && l >= 0 && t >= 0 && r <= width && bo <= height) {
                    out.add(new CellPass.Region(List.of(), l, t, r, bo));
                }
            }
        }
        return out;
    }

    /** Below this confidence a number of one or two characters may be text misread (合计 → 2). */
    static final double WEAK = 40;

    /** A word of one or two characters that looks like a number, read with a confidence below {@link #WEAK}. */
    static boolean weak(OcrWord w) {
        return w.confidence() < WEAK && w.text().codePoints().count() <= 2 && CellPass.candidate(w.text());
    }

    private static boolean latin(int c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    /**
     * The text lines of ruled cells: words with no figure, grouped by cell (the vertical rulings either side,
     * {@link CellPass#cell}) and line; the area to read is the cell's width and the line's height with a margin,
     * never across a horizontal ruling. A line of a cell that also holds a figure is left out.
     */
    static List<CellPass.Region> regions(List<OcrWord> words, List<Ruling> rulings, double ppp, int width, int height) {
        List<OcrWord> text = new ArrayList<>();
        List<int[]> cells = new ArrayList<>();
        List<OcrWord> figures = new ArrayList<>();
        for (OcrWord w : words) {
            if (CellPass.candidate(w.text()) && !weak(w)) {
                figures.add(w);
                continue;
            }
            int[] cell = CellPass.cell(w, rulings, ppp);
            if (cell != null) {
                text.add(w);
                cells.add(cell);
            }
        }
        Integer[] order = new Integer[text.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer i) -> text.get(i).top())
                .thenComparingInt(i -> text.get(i).left()));
        boolean[] used = new boolean[text.size()];
        List<CellPass.Region> out = new ArrayList<>();
        for (int oi = 0; oi < order.length; oi++) {
            int i = order[oi];
            if (used[i]) {
                continue;
            }
            used[i] = true;
            int[] cell = cells.get(i);
            List<OcrWord> group = new ArrayList<>(List.of(text.get(i)));
            int top = text.get(i).top();
            int bottom = text.get(i).bottom();
            boolean grew = true;
            while (grew) {
                grew = false;
                for (int j = 0; j < text.size(); j++) {
                    OcrWord v = text.get(j);
                    if (!used[j] && cells.get(j)[0] == cell[0] && cells.get(j)[1] == cell[1] && sameLine(top, bottom, v)) {
                        used[j] = true;
                        group.add(v);
                        top = Math.min(top, v.top());
                        bottom = Math.max(bottom, v.bottom());
                        grew = true;
                    }
                }
            }
            final int t0 = top;
            final int b0 = bottom;
            boolean mixed = figures.stream().anyMatch(f -> sameLine(t0, b0, f)
                    && (f.left() + f.right()) / 2 > cell[0] && (f.left() + f.right()) / 2 < cell[1]);
            if (mixed) {
                continue;
            }
            int margin = Math.max(2, (bottom - top) / 4);
            int[] band = CellPass.band(rulings, ppp, (cell[0] + cell[1]) / 2.0, top, bottom, margin);
            int t = band[0];
            int b = band[1];
            int l = Math.max(0, cell[0]);
            int r = Math.min(width, cell[1]);
            t = Math.max(0, Math.min(t, top));
            b = Math.min(height, Math.max(b, bottom));
            if (r > l && b > t) {
                out.add(new CellPass.Region(List.copyOf(group), l, t, r, b));
            }
        }
        return out;
    }

    private static boolean sameLine(int top, int bottom, OcrWord v) {
        int overlap = Math.min(bottom, v.bottom()) - Math.max(top, v.top());
        return overlap > Math.min(bottom - top, v.height()) / 2;
    }
}
