package io.github.suanzhang.testdata.scan;

import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares the table cells of two readings of the same pages — the text layer's (the truth) and an OCR
 * reading of a scan of them — by position: a truth cell's counterpart is the OCR cell on the same page whose
 * box holds the truth cell's centre. A figure is right when the OCR cell has the same amount with the same
 * printed decimals; a text cell when its text is the same after removing whitespace.
 *
 * @param figures      figure cells in the truth
 * @param figuresRight of them, read identically
 * @param texts        non-empty text cells in the truth (labels)
 * @param textsRight   of them, read identically
 * @param wrong        the first mismatches, for the report: page, truth, OCR reading
 */
public record CellComparison(int figures, int figuresRight, int texts, int textsRight, List<String> wrong) {

    public double figureShare() {
        return figures == 0 ? 1 : (double) figuresRight / figures;
    }

    public double cellShare() {
        int all = figures + texts;
        return all == 0 ? 1 : (double) (figuresRight + textsRight) / all;
    }

    public CellComparison plus(CellComparison o) {
        List<String> w = new ArrayList<>(wrong);
        w.addAll(o.wrong);
        return new CellComparison(figures + o.figures, figuresRight + o.figuresRight, texts + o.texts,
                textsRight + o.textsRight, w.subList(0, Math.min(w.size(), 200)));
    }

    /** The truth's cells on {@code truthPages[i]} against the OCR reading's on {@code ocrPages[i]}. */
    public static CellComparison of(Disclosure truth, List<Integer> truthPages, Disclosure ocr, List<Integer> ocrPages) {
        Map<Integer, List<Cell>> ocrCells = new TreeMap<>();
        for (Table t : ocr.tables()) {
            for (Row r : t.rows()) {
                for (Cell c : r.cells()) {
                    if (c != null && c.place().box() != null) {
                        ocrCells.computeIfAbsent(c.place().page(), k -> new ArrayList<>()).add(c);
                    }
                }
            }
        }
        int figures = 0;
        int figuresRight = 0;
        int texts = 0;
        int textsRight = 0;
        List<String> wrong = new ArrayList<>();
        for (Table t : truth.tables()) {
            for (Row r : t.rows()) {
                for (Cell c : r.cells()) {
                    if (c == null || c.place().box() == null || c.raw().isBlank()) {
                        continue;
                    }
                    int at = truthPages.indexOf(c.place().page());
                    if (at < 0) {
                        continue;
                    }
                    Cell o = counterpart(c.place().box(), ocrCells.getOrDefault(ocrPages.get(at), List.of()));
                    boolean right;
                    if (c.amount() != null) {
                        figures++;
                        right = o != null && o.amount() != null && o.amount().value().compareTo(c.amount().value()) == 0
                                && o.amount().decimals() == c.amount().decimals();
                        if (right) {
                            figuresRight++;
                        }
                    } else {
                        texts++;
                        right = o != null && squeeze(o.raw()).equals(squeeze(c.raw()));
                        if (right) {
                            textsRight++;
                        }
                    }
                    if (!right && wrong.size() < 200) {
                        wrong.add("第" + c.place().page() + "页 " + squeeze(c.raw()) + " → " + (o == null ? "(无)" : squeeze(o.raw())));
                    }
                }
            }
        }
        return new CellComparison(figures, figuresRight, texts, textsRight, wrong);
    }

    private static Cell counterpart(Box truth, List<Cell> cells) {
        double cx = (truth.x0() + truth.x1()) / 2;
        double cy = (truth.y0() + truth.y1()) / 2;
        Cell best = null;
        double bestArea = Double.MAX_VALUE;
        for (Cell c : cells) {
            Box b = c.place().box();
            double pad = 3;
            if (cx >= b.x0() - pad && cx <= b.x1() + pad && cy >= b.y0() - pad && cy <= b.y1() + pad) {
                double area = (b.x1() - b.x0()) * (b.y1() - b.y0());
                if (area < bestArea) {
                    best = c;
                    bestArea = area;
                }
            }
        }
        return best;
    }

    private static String squeeze(String s) {
        return s.replaceAll("[\\s\u3000]+", "");
    }
}
