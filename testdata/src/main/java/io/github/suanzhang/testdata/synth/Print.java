package io.github.suanzhang.testdata.synth;

/**
 * How {@link SyntheticPdf} prints a {@link SyntheticTable}: the quirks of real producers, one switch each.
 * Immutable; start from {@link #PLAIN} and change one thing with the {@code with…} methods.
 *
 * @param fullWidthDigits  codes and amounts drawn in full-width forms ({@code １，５５３．５１}, {@code ２０１}),
 *                         glyphs 1 em wide, ToUnicode to the full-width code points
 * @param characterSpacing the {@code Tc} operator (pt, text space units at 1:1) set for every body cell's text;
 *                         0 for none
 * @param kangxiRadicals   the ToUnicode CMap maps the glyphs of 一 支 入 行 生 用 金 人 大 工 文 方 水 小 to the
 *                         Kangxi Radicals (U+2F00 ⼀, U+2F40 ⽀ …) and 车 长 门 to the CJK Radicals Supplement
 *                         (U+2ECB ⻋, U+2ED3 ⻓, U+2ED4 ⻔), everywhere the font is used, as some producers' fonts do
 * @param rotate90         each page has a portrait media box with {@code /Rotate 90}, the landscape table drawn
 *                         through a {@code 0 1 -1 0 w 0 cm} matrix so that it displays upright
 * @param rowsPerPage      body lines per page; 0 puts every line on the first page
 * @param repeatHeader     whether a continuation page repeats the column header rows (the title and unit line
 *                         are printed on the first page only)
 */
public record Print(boolean fullWidthDigits, float characterSpacing, boolean kangxiRadicals, boolean rotate90,
                    int rowsPerPage, boolean repeatHeader) {

    /** Portrait A4, ASCII digits, no character spacing, ordinary ToUnicode, one page. */
    public static final Print PLAIN = new Print(false, 0, false, false, 0, false);

    public Print {
        if (rowsPerPage < 0 || characterSpacing < 0) {
            throw new IllegalArgumentException("rowsPerPage and characterSpacing must not be negative");
        }
    }

    public Print withFullWidthDigits() {
        return new Print(true, characterSpacing, kangxiRadicals, rotate90, rowsPerPage, repeatHeader);
    }

    public Print withCharacterSpacing(float tc) {
        return new Print(fullWidthDigits, tc, kangxiRadicals, rotate90, rowsPerPage, repeatHeader);
    }

    public Print withKangxiRadicals() {
        return new Print(fullWidthDigits, characterSpacing, true, rotate90, rowsPerPage, repeatHeader);
    }

    public Print withRotate90() {
        return new Print(fullWidthDigits, characterSpacing, kangxiRadicals, true, rowsPerPage, repeatHeader);
    }

    public Print withRowsPerPage(int rows, boolean repeat) {
        return new Print(fullWidthDigits, characterSpacing, kangxiRadicals, rotate90, rows, repeat);
    }
}
