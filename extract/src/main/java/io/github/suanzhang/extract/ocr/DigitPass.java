package io.github.suanzhang.extract.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The second reading of figures: the whole page read again by an engine for digits (Tesseract's {@code eng}
 * model restricted to {@link OcrPageReader#DIGITS}, which reads printed digits far better than the Chinese
 * model: on a 200 dpi scan of a 部门决算 page, {@code 445.69} came out {@code 445.09} at confidence 31 from
 * {@code chi_sim} and right at 96 from {@code eng}). Each word of the first reading that looks like a number
 * takes the text of the digit words whose centres fall inside its box; digit words that overlap no word of the
 * first reading are added (a figure the first reading missed). Words of the first reading that are not numbers
 * are kept as they are.
 */
final class DigitPass {
    private DigitPass() {
    }

    /** Whether a first-pass word is (mostly) a number: a digit, and at most one character not of a number. */
    static boolean numeric(String text) {
        long digits = text.chars().filter(Character::isDigit).count();
        long other = text.chars().filter(c -> OcrPageReader.DIGITS.indexOf(c) < 0 && "OolIS。，".indexOf(c) < 0).count();
        return digits > 0 && other <= (text.length() > 4 ? 1 : 0);
    }

    /** A digit-pass word that is a well-formed figure: digits with grouping commas, a point, a sign or a %. */
    static boolean figure(String text) {
        return text.matches("-?[0-9][0-9,]*(\\.[0-9]+)?%?|-?\\.[0-9]+%?|-");
    }

    /**
     * A number with several points can have only one decimal point, the last: the points before it that
     * stand between groups of three digits are grouping commas read as points
     * ({@code 2.995.39} → {@code 2,995.39}); a comma before the last one or two digits is the decimal point
     * read as a comma ({@code 2,906,63} → {@code 2,906.63}), since a grouping comma is followed by three.
     */
    static String grouping(String s) {
        if (s.matches("-?\\d{1,3}(\\.\\d{3})+\\.\\d{1,6}%?")) {
            int last = s.lastIndexOf('.');
            return s.substring(0, last).replace('.', ',') + s.substring(last);
        }
        if (s.matches("-?(\\d{1,3}(,\\d{3})*|\\d+),\\d{1,2}%?")) {
            // a comma followed by one or two last digits is no grouping comma: the decimal point read as one
            int last = s.lastIndexOf(',');
            return s.substring(0, last) + "." + s.substring(last + 1);
        }
        return s;
    }

    static List<OcrWord> reread(OcrEngine digits, BufferedImage page, List<OcrWord> words) throws OcrException {
        return merged(words, digits.recognise(page, OcrEngine.Layout.SPARSE, OcrPageReader.DIGITS));
    }

    /** The first reading's words with the digit reading's figures put in (see the class comment). */
    static List<OcrWord> merged(List<OcrWord> words, List<OcrWord> digitWords) {
        List<OcrWord> read = new ArrayList<>();
        for (OcrWord w : digitWords) {
            String t = grouping(w.text());
            if (figure(t) && !overText(w, words)) {
                read.add(new OcrWord(t, w.left(), w.top(), w.width(), w.height(), w.confidence(), w.line()));
            }
        }
        // each digit word belongs to the numeric first-pass word it overlaps most (boxes of the first pass overlap)
        java.util.Map<OcrWord, List<OcrWord>> assigned = new java.util.IdentityHashMap<>();
        List<OcrWord> unassigned = new ArrayList<>();
        for (OcrWord r : read) {
            OcrWord best = null;
            long bestArea = 0;
            for (OcrWord w : words) {
                long a = overlap(r, w);
                if (a > bestArea && numeric(w.text())) {
                    best = w;
                    bestArea = a;
                }
            }
            if (best == null) {
                unassigned.add(r);
            } else {
                assigned.computeIfAbsent(best, k -> new ArrayList<>()).add(r);
            }
        }
        List<OcrWord> out = new ArrayList<>(words.size());
        for (OcrWord w : words) {
            if (!numeric(w.text())) {
                out.add(w);
                continue;
            }
            List<OcrWord> inside = assigned.getOrDefault(w, List.of()).stream()
                    .sorted(Comparator.comparingInt(OcrWord::left)).toList();
            if (inside.isEmpty()) {
                if (read.stream().noneMatch(r -> overlap(r, w) > 0)) {
                    out.add(w); // the digit reading saw nothing here: keep the first reading
                }
                continue; // its digits were read as part of a neighbouring word
            }
            // digit words close together are one figure split by the engine; apart, they are two figures
            List<OcrWord> group = new ArrayList<>();
            for (OcrWord r : inside) {
                OcrWord last = group.isEmpty() ? null : group.get(group.size() - 1);
                if (last != null && r.left() + r.width() / 2 < last.right()) {
                    continue; // read twice: the engine's second box lies mostly inside the first
                }
                if (last != null && r.left() - last.right() > w.height() / 2) {
                    out.add(joined(group, w));
                    group.clear();
                }
                group.add(r);
            }
            out.add(joined(group, w));
        }
        for (OcrWord r : unassigned) {
            if (words.stream().noneMatch(w -> overlap(r, w) > 0)) {
                out.add(r); // a figure the first reading missed
            }
        }
        return out;
    }

    /**
     * Whether a digit word covers over half of a word of the first reading that is confidently text, not a number:
     * the digit model, allowed only digits, reads the 年 of {@code 2026年} as {@code 47} ({@code 202647}); the
     * figure it gives is not the number printed, and the first reading stays.
     */
    static boolean overText(OcrWord digit, List<OcrWord> words) {
        for (OcrWord w : words) {
            if (w.confidence() >= TEXT_CONFIDENCE && w.text().codePoints().anyMatch(c -> c >= 0x2E80)
                    && !numeric(w.text()) && overlap(digit, w) * 2 > (long) w.width() * w.height()) {
                return true;
            }
        }
        return false;
    }

    /** The confidence above which a first-pass word of Chinese text is taken to be text. */
    static final double TEXT_CONFIDENCE = 80;

    private static OcrWord joined(List<OcrWord> group, OcrWord first) {
        StringBuilder text = new StringBuilder();
        double conf = 100;
        for (OcrWord r : group) {
            text.append(r.text());
            conf = Math.min(conf, r.confidence());
        }
        int left = group.get(0).left();
        int right = group.get(group.size() - 1).right();
        return new OcrWord(grouping(text.toString()), left, first.top(), right - left, first.height(), conf,
                first.line());
    }

    private static long overlap(OcrWord a, OcrWord b) {
        long w = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
        long h = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
