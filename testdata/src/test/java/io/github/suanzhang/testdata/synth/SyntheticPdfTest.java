package io.github.suanzhang.testdata.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.text.TextNormalizer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The generator itself: the model's arithmetic holds, the substitutions it prints are the ones the issue
 * names, and the PDFs carry them in their text layer (read with a plain {@link PDFTextStripper}, not
 * with the project's extractor). Set {@code -Dsynth.out=DIR} to keep the PDFs for rendering.
 */
class SyntheticPdfTest {

    @Test
    void 合计等于各类之和_类等于各款之和_款等于各项之和_合计等于基本加项目() {
        for (SyntheticTable t : List.of(SyntheticTables.small(1), SyntheticTables.large(2))) {
            BigDecimal[] total = new BigDecimal[3];
            SyntheticTable.Line last = t.lines().get(t.lines().size() - 1);
            assertEquals("合计", last.name());
            for (int col = 0; col < 3; col++) {
                BigDecimal classes = BigDecimal.ZERO;
                for (SyntheticTable.Line l : t.lines()) {
                    if (l.code() != null && l.code().length() == 3) {
                        classes = classes.add(value(l, col));
                        assertEquals(value(l, col), childSum(t, l.code(), 5, col), l.code());
                    } else if (l.code() != null && l.code().length() == 5) {
                        assertEquals(value(l, col), childSum(t, l.code(), 7, col), l.code());
                    }
                }
                assertEquals(value(last, col), classes);
                total[col] = value(last, col);
            }
            assertEquals(total[0], total[1].add(total[2]));
            for (SyntheticTable.Line l : t.lines()) {
                assertEquals(value(l, 0), value(l, 1).add(value(l, 2)), l.name());
            }
        }
        assertEquals(62, SyntheticTables.large(2).lines().size());
        assertEquals(23, SyntheticTables.small(1).lines().size());
        assertTrue(SyntheticTables.small(1).lines().stream()
                .anyMatch(l -> "2010601".equals(l.code()) && l.amounts().get(1).equals("1,553.51")));
    }

    @Test
    void 康熙部首和部首补充规范化后回到原字() {
        for (Map.Entry<Integer, Integer> e : SyntheticPdf.RADICALS.entrySet()) {
            String radical = new String(Character.toChars(e.getValue()));
            assertNotEquals(e.getKey(), e.getValue());
            assertEquals(new String(Character.toChars(e.getKey())), TextNormalizer.normalize(radical),
                    "U+" + Integer.toHexString(e.getValue()));
        }
    }

    @Test
    void 文本层带有全角数字_康熙部首和字距() throws IOException {
        SyntheticTable t = SyntheticTables.small(1);
        String plain = text(SyntheticPdf.write(t, Print.PLAIN));
        assertTrue(plain.contains("一般公共服务支出"), plain);
        assertTrue(plain.contains("1,553.51"), plain);

        String wide = text(SyntheticPdf.write(t, Print.PLAIN.withFullWidthDigits()));
        assertTrue(wide.contains("１，５５３．５１"), wide);
        assertFalse(wide.contains("1,553.51"), wide);

        String kangxi = text(SyntheticPdf.write(t, Print.PLAIN.withKangxiRadicals()));
        assertTrue(kangxi.contains("\u2F00般公共服务\u2F40出"), kangxi);
        assertTrue(kangxi.contains("\u2ECB辆购置税"), kangxi);
        assertFalse(kangxi.contains("一般公共服务支出"), kangxi);

        String spaced = text(SyntheticPdf.write(t, Print.PLAIN.withCharacterSpacing(SPACING)));
        assertFalse(spaced.contains("1,553.51"), spaced);
        assertTrue(spaced.replace(" ", "").contains("1,553.51"), spaced);
    }

    /** The Tc of the round-trip test's spacing case. */
    static final float SPACING = 2.5f;

    @Test
    void 旋转页和三页长表() throws IOException {
        SyntheticTable t = SyntheticTables.large(2);
        for (boolean repeat : new boolean[] {true, false}) {
            byte[] pdf = SyntheticPdf.write(t, Print.PLAIN.withRowsPerPage(25, repeat));
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertEquals(3, doc.getNumberOfPages());
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(3);
                s.setEndPage(3);
                assertEquals(repeat, s.getText(doc).contains("科目名称"));
            }
        }
        byte[] rotated = SyntheticPdf.write(SyntheticTables.small(1), Print.PLAIN.withRotate90());
        try (PDDocument doc = Loader.loadPDF(rotated)) {
            assertEquals(90, doc.getPage(0).getRotation());
            assertTrue(doc.getPage(0).getMediaBox().getWidth() < doc.getPage(0).getMediaBox().getHeight());
        }
        assertThrows(IllegalArgumentException.class, () -> SyntheticPdf.write(t, Print.PLAIN));
    }

    @Test
    void 写出供渲染() throws IOException {
        String out = System.getProperty("synth.out");
        if (out == null) {
            return;
        }
        Path dir = Files.createDirectories(Path.of(out));
        SyntheticPdf.write(SyntheticTables.small(1), Print.PLAIN, dir.resolve("plain.pdf"));
        SyntheticPdf.write(SyntheticTables.small(1), Print.PLAIN.withFullWidthDigits(), dir.resolve("fullwidth.pdf"));
        SyntheticPdf.write(SyntheticTables.small(1), Print.PLAIN.withCharacterSpacing(SPACING), dir.resolve("tc.pdf"));
        SyntheticPdf.write(SyntheticTables.small(1), Print.PLAIN.withKangxiRadicals(), dir.resolve("kangxi.pdf"));
        SyntheticPdf.write(SyntheticTables.small(1), Print.PLAIN.withRotate90(), dir.resolve("rotate90.pdf"));
        SyntheticPdf.write(SyntheticTables.large(2), Print.PLAIN.withRowsPerPage(25, true), dir.resolve("long-repeat.pdf"));
        SyntheticPdf.write(SyntheticTables.large(2), Print.PLAIN.withRowsPerPage(25, false), dir.resolve("long.pdf"));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static BigDecimal value(SyntheticTable.Line l, int col) {
        String s = l.amounts().get(col);
        return s.isEmpty() ? BigDecimal.ZERO.setScale(2) : new BigDecimal(s.replace(",", ""));
    }

    private static BigDecimal childSum(SyntheticTable t, String parent, int length, int col) {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (SyntheticTable.Line l : t.lines()) {
            if (l.code() != null && l.code().length() == length && l.code().startsWith(parent)) {
                sum = sum.add(value(l, col));
            }
        }
        return sum;
    }
}
