package io.github.suanzhang.extract.layout;

import io.github.suanzhang.extract.ExtractOptions;

/**
 * Decides a page's {@link PageKind} from character statistics of its glyphs and its image coverage.
 * The classes (broken, neutral, Han, other) and thresholds are documented on
 * {@link ExtractOptions.PageKinds}. Stateless.
 */
public final class PageClassifier {
    private PageClassifier() {
    }

    /**
     * Counts behind a verdict, for messages and tuning.
     *
     * @param glyphs    non-whitespace code points
     * @param broken    private-use, U+FFFD, controls, surrogates, unassigned
     * @param neutral   digits and punctuation of Chinese text and numbers
     * @param han       CJK ideographs
     * @param commonHan ideographs among {@link CommonHan}
     * @param other     everything else (Latin letters, other symbols)
     */
    public record Stats(int glyphs, int broken, int neutral, int han, int commonHan, int other) {
        public double brokenShare() {
            return glyphs == 0 ? 0 : (double) broken / glyphs;
        }

        public double hanShare() {
            int letters = han + other;
            return letters == 0 ? 1 : (double) han / letters;
        }

        public double commonHanShare() {
            return han == 0 ? 1 : (double) commonHan / han;
        }
    }

    /**
     * @param kind   the verdict
     * @param stats  the counts it rests on
     * @param reason a readable explanation, e.g. for a {@code Problem} message
     */
    public record Verdict(PageKind kind, Stats stats, String reason) {
    }

    public static Verdict classify(PageScan scan, ExtractOptions.PageKinds c) {
        Stats s = stats(scan);
        double pageArea = scan.width() * scan.height();
        double glyphArea = 0;
        for (Glyph g : scan.glyphs()) {
            glyphArea += Math.max(0, g.w()) * Math.max(0, g.fontSize());
        }
        double imageArea = scan.imageCoverage() * pageArea;
        if (scan.imageCount() >= c.minTextImages() && imageArea >= c.minImageToGlyphArea() * glyphArea) {
            return new Verdict(PageKind.NO_TEXT_LAYER, s, String.format(
                    "第%d页文字大多是图像（%d幅图像覆盖%.0f%%页面，文字层仅%d个字符），需OCR",
                    scan.pageNumber(), scan.imageCount(), 100 * scan.imageCoverage(), s.glyphs()));
        }
        if (s.glyphs() < c.minTextGlyphs()) {
            if (scan.imageCoverage() >= c.minImageCoverage()) {
                return new Verdict(PageKind.NO_TEXT_LAYER, s, String.format(
                        "第%d页没有文字层（%d个字符，图像覆盖%.0f%%页面），可能是扫描图像，需OCR",
                        scan.pageNumber(), s.glyphs(), 100 * scan.imageCoverage()));
            }
            return new Verdict(PageKind.BLANK, s, String.format("第%d页几乎没有文字（%d个字符）也没有整页图像",
                    scan.pageNumber(), s.glyphs()));
        }
        if (s.brokenShare() > c.maxBrokenShare()) {
            return new Verdict(PageKind.UNREADABLE_TEXT, s, String.format(
                    "第%d页文字层无法解码：%d/%d个字符为私用区、替换符或控制字符", scan.pageNumber(), s.broken(), s.glyphs()));
        }
        if (s.han() + s.other() >= c.minLetterGlyphs() && s.hanShare() < c.minHanShare()) {
            return new Verdict(PageKind.UNREADABLE_TEXT, s, String.format(
                    "第%d页文字层无法解码：文字中汉字仅占%.0f%%（%d汉字，%d其他符号），字体缺少可用的Unicode映射",
                    scan.pageNumber(), 100 * s.hanShare(), s.han(), s.other()));
        }
        if (s.han() >= c.minHanForFrequency() && s.commonHanShare() < c.minCommonHanShare()) {
            return new Verdict(PageKind.UNREADABLE_TEXT, s, String.format(
                    "第%d页文字层无法解码：%d个汉字中常用字仅占%.0f%%，字体映射到错误的汉字",
                    scan.pageNumber(), s.han(), 100 * s.commonHanShare()));
        }
        return new Verdict(PageKind.TEXT_OK, s, "第" + scan.pageNumber() + "页文字层可读");
    }

    public static Stats stats(PageScan scan) {
        int glyphs = 0;
        int broken = 0;
        int neutral = 0;
        int han = 0;
        int common = 0;
        int other = 0;
        for (Glyph g : scan.glyphs()) {
            String t = g.text();
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                    continue;
                }
                glyphs++;
                if (isBroken(cp)) {
                    broken++;
                } else if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN && Character.isIdeographic(cp)) {
                    han++;
                    if (CommonHan.contains(cp)) {
                        common++;
                    }
                } else if (isNeutral(cp)) {
                    neutral++;
                } else {
                    other++;
                }
            }
        }
        return new Stats(glyphs, broken, neutral, han, common, other);
    }

    static boolean isBroken(int cp) {
        if (cp == 0xFFFD) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.PRIVATE_USE || type == Character.CONTROL || type == Character.SURROGATE
                || type == Character.UNASSIGNED;
    }

    /** Digits and the punctuation Chinese text and printed numbers use. */
    static boolean isNeutral(int cp) {
        if (Character.isDigit(cp)) {
            return true;
        }
        if (".,%+-()/:;".indexOf(cp) >= 0) {
            return true;
        }
        // CJK symbols and punctuation 、。〈〉《》「」【】〔〕 etc.
        if (cp >= 0x3000 && cp <= 0x303F) {
            return true;
        }
        // general punctuation: dashes, quotes “ ” ‘ ’, ellipsis, ‰
        if (cp >= 0x2010 && cp <= 0x2044) {
            return true;
        }
        // full-width punctuation (not full-width letters): ！（），．：；？％＋－／ and the like
        if (cp >= 0xFF01 && cp <= 0xFF65) {
            return !Character.isLetter(cp);
        }
        // middle dot (names), multiplication sign (formulas), CJK compatibility forms ︰﹒ etc.
        return cp == 0x00B7 || cp == 0x00D7 || (cp >= 0xFE30 && cp <= 0xFE6F);
    }
}
