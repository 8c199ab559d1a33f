package io.github.suanzhang.extract.ocr;

import io.github.suanzhang.extract.layout.Ruling;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The third reading of figures, one cell at a time: each figure found on the page (a word that looks like a
 * number, after {@link DigitPass}) is cut out of the image with the cell around it — between the vertical
 * rulings on either side when the page has them, else the words' box with a margin — and read alone as one
 * line by the digit engine restricted to {@link OcrPageReader#DIGITS}. A page-wide reading loses what a line
 * reading keeps: in fonts that print every character in the same width, the decimal point stands alone in a
 * wide gap, and a page reading returns {@code 4,651} and {@code 67} as two words (or {@code 00} for
 * {@code 0.00}) where the cell read alone gives {@code 4,651.67}.
 *
 * <p>Numeric words of one line whose cells coincide (or, without rulings, whose boxes lie within a character
 * height of each other) are one figure. A cell that also holds a word that is not a number is cut to the
 * figures' own box. The cell's reading replaces the words only when it is one well-formed figure; otherwise
 * the words stay as they were. All cells of a page go to the engine in one call
 * ({@link OcrEngine#recogniseEach}).
 */
final class CellPass {
    /** Crops are scaled so that a figure is at least this many pixels high (Tesseract reads ~30 px best). */
    static final int MIN_HEIGHT = 32;
    /** The confidence of a figure two models read alike (Tesseract gives single-line readings 0 as often as not). */
    static final double AGREED = 95;
    /** The highest confidence of a figure the models read differently. */
    static final double DISAGREED = 50;

    private CellPass() {
    }

    /** One figure to read again: the words it replaces and the image area to read. */
    record Region(List<OcrWord> words, int left, int top, int right, int bottom) {
        int height() {
            return bottom - top;
        }
    }

    /**
     * Reads the figures of a page again, one cell each.
     *
     * @param digits  the digit engine
     * @param image   the page image (rulings erased)
     * @param words   the words read so far
     * @param rulings the page's rulings, in points
     * @param ppp     points per pixel of the image
     */
    static List<OcrWord> reread(List<OcrEngine> readers, BufferedImage image, List<OcrWord> words,
                                List<Ruling> rulings, double ppp) throws OcrException {
        List<Region> regions = regions(words, rulings, ppp, image.getWidth(), image.getHeight());
        if (regions.isEmpty() || readers.isEmpty()) {
            return words;
        }
        List<BufferedImage> crops = new ArrayList<>(regions.size());
        for (Region r : regions) {
            crops.add(crop(image, r));
        }
        List<List<List<OcrWord>>> readings = new ArrayList<>();
        for (OcrEngine e : readers) {
            readings.add(e.recogniseEach(crops, OcrEngine.Layout.LINE, OcrPageReader.DIGITS));
        }
        java.util.Set<OcrWord> replaced = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<OcrWord> added = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            Region r = regions.get(i);
            List<Reading> each = new ArrayList<>();
            for (List<List<OcrWord>> reading : readings) {
                each.add(reading(i < reading.size() ? reading.get(i) : List.of()));
            }
            OcrWord w = chosen(r, each);
            if (w != null) {
                replaced.addAll(r.words());
                added.add(w);
            }
        }
        return CellPass.replaced(words, replaced, added);
    }

    /** The page's words with {@code replaced} taken out (by identity) and {@code added} put after them. */
    static List<OcrWord> replaced(List<OcrWord> words, Set<OcrWord> replaced, List<OcrWord> added) {
        List<OcrWord> out = new ArrayList<>(words.size());
        for (OcrWord w : words) {
            if (!replaced.contains(w)) {
                out.add(w);
            }
        }
        out.addAll(added);
        return out;
    }

    /** One model's reading of a cell: the figure (null when not one well-formed figure) and its confidence. */
    record Reading(String figure, double confidence) {
    }

    /** Words of a cell read by one model, joined left to right into one figure. */
    static Reading reading(List<OcrWord> read) {
        if (read.isEmpty()) {
            return new Reading(null, 0);
        }
        StringBuilder text = new StringBuilder();
        double conf = 100;
        for (OcrWord w : read.stream().sorted(Comparator.comparingInt(OcrWord::left)).toList()) {
            text.append(w.text());
            conf = Math.min(conf, w.confidence());
        }
        String t = DigitPass.grouping(text.toString());
        return DigitPass.figure(t) && !t.equals("-") ? new Reading(t, conf) : new Reading(null, conf);
    }

    /**
     * The cell's figure from the models' readings, as one word over the region's words; null when no model read
     * one well-formed figure. The figure most models read wins (ties: the earlier model's); when all agree the
     * confidence is at least {@link #AGREED}, otherwise it is at most {@link #DISAGREED}, so that what rests on a
     * disputed figure is in doubt.
     */
    static OcrWord chosen(Region r, List<Reading> readings) {
        java.util.Map<String, Integer> votes = new java.util.LinkedHashMap<>();
        java.util.Map<String, Double> conf = new java.util.HashMap<>();
        for (Reading x : readings) {
            if (x.figure() != null) {
                votes.merge(x.figure(), 1, Integer::sum);
                conf.merge(x.figure(), x.confidence(), Math::max);
            }
        }
        if (votes.isEmpty()) {
            return null;
        }
        String best = null;
        for (var e : votes.entrySet()) {
            if (best == null || e.getValue() > votes.get(best)) {
                best = e.getKey();
            }
        }
        double c = conf.get(best);
        if (votes.get(best) == readings.size()) {
            c = readings.size() > 1 ? Math.max(c, AGREED) : c;
        } else {
            c = Math.min(c, DISAGREED);
        }
        return over(r, best, c);
    }

    /**
     * The rows of pixels a line from {@code top} to {@code bottom} may be cut out over, at {@code cx}: {@code margin}
     * above and below it, but not across a horizontal ruling (in pt; {@code ppp} points a pixel) that runs through
     * {@code cx} within that margin — the cut stops two pixels short of it.
     */
    static int[] band(List<Ruling> rulings, double ppp, double cx, int top, int bottom, int margin) {
        int t = top - margin;
        int b = bottom + margin;
        for (Ruling ru : rulings) {
            if (!ru.horizontal() || ru.start() / ppp > cx || ru.end() / ppp < cx) {
                continue;
            }
            int y = (int) Math.round(ru.position() / ppp);
            if (y <= top && y >= t) {
                t = y + 2;
            } else if (y >= bottom && y <= b) {
                b = y - 2;
            }
        }
        return new int[] {t, b};
    }

    /** A new word of {@code text} over the box of the words region {@code r} replaces, on their line. */
    static OcrWord over(Region r, String text, double confidence) {
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = Integer.MIN_VALUE;
        int bottom = Integer.MIN_VALUE;
        for (OcrWord w : r.words()) {
            left = Math.min(left, w.left());
            top = Math.min(top, w.top());
            right = Math.max(right, w.right());
            bottom = Math.max(bottom, w.bottom());
        }
        return new OcrWord(text, left, top, right - left, bottom - top, confidence, r.words().get(0).line());
    }

    /** The figures of a page and the area to read each from. */
    static List<Region> regions(List<OcrWord> words, List<Ruling> rulings, double ppp, int width, int height) {
        List<OcrWord> numeric = new ArrayList<>();
        List<OcrWord> other = new ArrayList<>();
        for (OcrWord w : words) {
            (candidate(w.text()) ? numeric : other).add(w);
        }
        numeric.sort(Comparator.comparingInt(OcrWord::top).thenComparingInt(OcrWord::left));
        List<int[]> cells = new ArrayList<>(); // per numeric word: left, right of its cell (px), or -1
        for (OcrWord w : numeric) {
            cells.add(cell(w, rulings, ppp));
        }
        boolean[] used = new boolean[numeric.size()];
        java.util.Set<OcrWord> stray = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Region> out = new ArrayList<>();
        for (int i = 0; i < numeric.size(); i++) {
            if (used[i]) {
                continue;
            }
            used[i] = true;
            List<OcrWord> group = new ArrayList<>(List.of(numeric.get(i)));
            int[] cell = cells.get(i);
            int left = numeric.get(i).left();
            int right = numeric.get(i).right();
            int top = numeric.get(i).top();
            int bottom = numeric.get(i).bottom();
            boolean grew = true;
            while (grew) {
                grew = false;
                for (int j = i + 1; j < numeric.size(); j++) {
                    OcrWord v = numeric.get(j);
                    if (used[j] || !sameLine(top, bottom, v)) {
                        continue;
                    }
                    int[] c = cells.get(j);
                    int h = Math.max(bottom - top, v.height());
                    boolean together = cell != null && c != null ? cell[0] == c[0] && cell[1] == c[1]
                            : cell == null && c == null && v.left() - right <= h * 1.2 && left - v.right() <= h * 1.2;
                    if (together) {
                        used[j] = true;
                        group.add(v);
                        left = Math.min(left, v.left());
                        right = Math.max(right, v.right());
                        top = Math.min(top, v.top());
                        bottom = Math.max(bottom, v.bottom());
                        grew = true;
                    }
                }
            }
            // the decimals of a figure read as a character of their own (7,651 + 各 for 7,651.71): read with it
            if (cell != null) {
                for (OcrWord o : other) {
                    if (!stray.contains(o) && stray(o) && sameLine(top, bottom, o)) {
                        int[] c = cell(o, rulings, ppp);
                        if (c != null && c[0] == cell[0] && c[1] == cell[1]) {
                            stray.add(o);
                            group.add(o);
                            left = Math.min(left, o.left());
                            right = Math.max(right, o.right());
                        }
                    }
                }
            }
            int h = bottom - top;
            int margin = Math.max(2, h / 3);
            int l = left - margin;
            int r = right + margin;
            if (cell != null) {
                l = cell[0];
                r = cell[1];
            }
            // a word that is not a number in the area: read the figures' own box only
            for (OcrWord o : other) {
                if (stray.contains(o)) {
                    continue;
                }
                int cx = (o.left() + o.right()) / 2;
                int cy = (o.top() + o.bottom()) / 2;
                if (cx > l && cx < r && cy > top - margin && cy < bottom + margin) {
                    l = left - margin;
                    r = right + margin;
                    break;
                }
            }
            int[] band = band(rulings, ppp, (left + right) / 2.0, top, bottom, margin);
            int t = band[0];
            int b = band[1];
            // never into a word of text beside the figure (a stroke of 亿 read as a digit: 1704.9亿 → 1704.94)
            for (OcrWord o : other) {
                if (stray.contains(o) || !sameLine(top, bottom, o)) {
                    continue;
                }
                if (o.right() <= left && o.right() >= l) {
                    l = o.right() + 1;
                } else if (o.left() >= right && o.left() <= r) {
                    r = o.left() - 1;
                }
            }
            l = Math.max(0, Math.min(l, left));
            r = Math.min(width, Math.max(r, right));
            t = Math.max(0, Math.min(t, top));
            b = Math.min(height, Math.max(b, bottom));
            out.add(new Region(List.copyOf(group), l, t, r, b));
        }
        return out;
    }

    /** Characters that follow a number in a label or a heading (2025年, 3个, 15%): a word with one is not a figure. */
    private static final String AFTER_NUMBER = "年月日号元万亿个项条次人家户%‰第";

    /**
     * A word to read again as a figure: a number ({@link DigitPass#numeric}), or a word of mostly digits with
     * a stray character the Chinese model put in (a figure's last digits read as {@code 了} or {@code 各}:
     * {@code 53,了}), unless that character is one that follows numbers in text ({@code 2025年}).
     */
    static boolean candidate(String text) {
        if (text.codePoints().anyMatch(c -> AFTER_NUMBER.indexOf(c) >= 0 && c != '%')) {
            return false;
        }
        if (DigitPass.numeric(text)) {
            return true;
        }
        long digits = text.chars().filter(Character::isDigit).count();
        long length = text.codePoints().count();
        return digits >= 2 && digits * 2 >= length && text.indexOf('%') < 0;
    }

    /** Below this confidence a short word without digits beside a figure in its cell is taken for its misread digits. */
    static final double STRAY = 50;

    /** A word of one or two characters, no digit, read with a confidence below {@link #STRAY}. */
    static boolean stray(OcrWord w) {
        return w.confidence() < STRAY && w.text().codePoints().count() <= 2 && w.text().chars().noneMatch(Character::isDigit);
    }

    private static boolean sameLine(int top, int bottom, OcrWord v) {
        int overlap = Math.min(bottom, v.bottom()) - Math.max(top, v.top());
        return overlap > Math.min(bottom - top, v.height()) / 2;
    }

    /**
     * The cell around a word: the nearest vertical rulings left and right of its centre that span it, inset by
     * two pixels (px), or null when it has none on both sides or the cell is over half the page wide.
     */
    static int[] cell(OcrWord w, List<Ruling> rulings, double ppp) {
        double cx = (w.left() + w.right()) / 2.0 * ppp;
        double cy = (w.top() + w.bottom()) / 2.0 * ppp;
        double left = Double.NEGATIVE_INFINITY;
        double right = Double.POSITIVE_INFINITY;
        double wordLeft = w.left() * ppp;
        double wordRight = w.right() * ppp;
        for (Ruling r : rulings) {
            if (r.horizontal() || r.start() > cy || r.end() < cy) {
                continue;
            }
            double x = r.position();
            if (x < cx && x > left && x <= wordLeft + 1) {
                left = x;
            } else if (x > cx && x < right && x >= wordRight - 1) {
                right = x;
            }
        }
        if (Double.isInfinite(left) || Double.isInfinite(right)) {
            return null;
        }
        int l = (int) Math.round(left / ppp) + 2;
        int r = (int) Math.round(right / ppp) - 2;
        if (r <= l || (r - l) * ppp > 300) {
            return null;
        }
        return new int[] {l, r};
    }

    /** How a region is laid on its crop: the white margin (px of the crop) and the scale. */
    record Placement(int pad, double scale) {
    }

    static Placement placement(Region r) {
        int h = Math.max(1, r.bottom() - r.top());
        int textHeight = r.words().stream().mapToInt(OcrWord::height).max().orElse(h);
        double scale = textHeight >= MIN_HEIGHT ? 1 : Math.min(4, (double) MIN_HEIGHT / Math.max(1, textHeight));
        return new Placement(Math.max(4, h / 2), scale);
    }

    /** The region cut out, with a white margin of half its height, scaled up when the figure is small. */
    static BufferedImage crop(BufferedImage image, Region r) {
        int w = Math.max(1, r.right() - r.left());
        int h = Math.max(1, r.bottom() - r.top());
        Placement p = placement(r);
        double scale = p.scale();
        int pad = p.pad();
        int ow = (int) Math.round(w * scale) + 2 * pad;
        int oh = (int) Math.round(h * scale) + 2 * pad;
        BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, ow, oh);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(image.getSubimage(r.left(), r.top(), w, h), pad, pad, (int) Math.round(w * scale),
                    (int) Math.round(h * scale), null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
