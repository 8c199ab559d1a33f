package io.github.suanzhang.core.table;

import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.number.Amount;
import java.util.Objects;

/**
 * One cell of a typed table: the text as printed and, when it is a number, the figure read from it.
 *
 * @param raw      the cell's text as extracted, lines joined with {@code \n}; never null
 * @param amount   the figure when the text is one, else null (a label, a blank, 本单位无…)
 * @param place    page and box of the cell's text
 * @param repaired true when the figure was read only after a repair (e.g. {@code 1, 553, 51} read as 1553.51);
 *                 on a cell <em>without</em> a figure: the reader saw that a figure may stand here but could
 *                 not read it (a cut-off {@code 105. 3}, a line that lost a figure so that its figures
 *                 cannot be placed in columns) — see {@link #unreadable()}
 * @param ocrConfidence when the cell's figure was read by OCR (its source is {@code ocr}): the confidence of
 *                 the reading, 0–100 (the least confident word of the cell); null for a cell read from a text
 *                 layer or without a figure
 */
public record Cell(String raw, Amount amount, Place place, boolean repaired, Integer ocrConfidence) {
    /** Requires the raw text; a null place is {@link Place#UNKNOWN}; a confidence lies in 0–100. */
    public Cell {
        Objects.requireNonNull(raw, "raw");
        place = place == null ? Place.UNKNOWN : place;
        if (ocrConfidence != null && (ocrConfidence < 0 || ocrConfidence > 100)) {
            throw new IllegalArgumentException("ocrConfidence out of 0..100: " + ocrConfidence);
        }
    }

    /** A cell not read by OCR (no confidence). */
    public Cell(String raw, Amount amount, Place place, boolean repaired) {
        this(raw, amount, place, repaired, null);
    }

    /** This cell, marked as read by OCR with the given confidence (0–100). */
    public Cell withOcrConfidence(int confidence) {
        return new Cell(raw, amount, place, repaired, confidence);
    }

    /** Whether the cell's figure was read by OCR. */
    public boolean readByOcr() {
        return ocrConfidence != null;
    }

    /** A cell holding a figure, printed as the amount's raw text. */
    public static Cell of(Amount amount, Place place) {
        return new Cell(amount.raw() == null ? amount.plain() : amount.raw(), amount, place, false);
    }

    /** A cell holding text that is not a figure. */
    public static Cell text(String raw, Place place) {
        return new Cell(raw, null, place, false);
    }

    /**
     * A cell whose figure could not be read: no figure is asserted, whatever its text (even an empty
     * one). Checks must treat it as unknown, never as a blank (0).
     */
    public static Cell unreadable(String raw, Place place) {
        return new Cell(raw == null ? "" : raw, null, place, true);
    }

    /** True for a cell made by {@link #unreadable}: no figure, and the reader could not read one. */
    public boolean unreadable() {
        return amount == null && repaired;
    }

    /** Whether the cell holds a figure. */
    public boolean hasAmount() {
        return amount != null;
    }
}
