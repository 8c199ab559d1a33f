package io.github.suanzhang.testdata.synth;

import io.github.suanzhang.testdata.pdf.CidFont;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Writes a {@link SyntheticTable} as a ruled (lattice) table on A4 pages, laid out like 上海普陀 2024 决算
 * 公开05表: the title centred, {@code 单位：万元} right-aligned above the table, a four-row header (项目 /
 * 支出功能分类 / 科目编码 / 类 款 项, 科目名称, one column per amount, spanning all four rows), one line per
 * {@link SyntheticTable.Line} with the 类, 款 and 项 parts of the code in three columns, the name left-aligned
 * and the amounts right-aligned, and 合计 centred over the code and name columns. Every cell's border is
 * stroked as a 0.5 pt line (shared edges once).
 *
 * <p>All text is in one non-embedded Type0 font ({@link CidFont}, Identity-H, with a ToUnicode CMap), which
 * is how {@link Print#fullWidthDigits()} and {@link Print#kangxiRadicals()} put their code points into the
 * text layer. Content streams are written by hand so that the operators are exactly those named
 * ({@code Tc}, {@code cm}). Stateless.
 */
public final class SyntheticPdf {
    private SyntheticPdf() {
    }

    /** A4 portrait, pt. */
    static final float A4_SHORT = 595;
    static final float A4_LONG = 842;
    static final float MARGIN = 30;
    static final float TITLE_SIZE = 16;
    static final float SIZE = 9;
    static final float TITLE_BASELINE = 72;
    static final float TABLE_TOP = 112;
    static final float HEADER_ROW = 14;
    static final float BODY_ROW = 16;
    static final float PAD = 4;
    static final int HEADER_ROWS = 4;

    /**
     * The glyph → code point substitutions of {@link Print#kangxiRadicals()}: Kangxi Radicals (NFKC folds them
     * back) and CJK Radicals Supplement characters (NFKC does not; Unicode's EquivalentUnifiedIdeograph does).
     */
    public static final Map<Integer, Integer> RADICALS = Map.ofEntries(
            Map.entry((int) '一', 0x2F00), Map.entry((int) '人', 0x2F08), Map.entry((int) '入', 0x2F0A),
            Map.entry((int) '大', 0x2F24), Map.entry((int) '小', 0x2F29), Map.entry((int) '工', 0x2F2F),
            Map.entry((int) '支', 0x2F40), Map.entry((int) '文', 0x2F42), Map.entry((int) '方', 0x2F45),
            Map.entry((int) '水', 0x2F54), Map.entry((int) '生', 0x2F63), Map.entry((int) '用', 0x2F64),
            Map.entry((int) '行', 0x2F8F), Map.entry((int) '金', 0x2FA6),
            Map.entry((int) '车', 0x2ECB), Map.entry((int) '长', 0x2ED3), Map.entry((int) '门', 0x2ED4));

    /** Writes the table to {@code file} and returns it. */
    public static Path write(SyntheticTable table, Print print, Path file) throws IOException {
        Files.write(file, write(table, print));
        return file;
    }

    /** The table as PDF bytes. */
    public static byte[] write(SyntheticTable table, Print print) throws IOException {
        return new Layout(table, print).pdf();
    }

    /** Full-width forms of ASCII digits, comma, full stop and minus, as typed with a full-width input method. */
    public static String fullWidth(String ascii) {
        StringBuilder b = new StringBuilder(ascii.length());
        for (char c : ascii.toCharArray()) {
            b.append(c >= '!' && c <= '~' ? (char) (c - '!' + '\uFF01') : c);
        }
        return b.toString();
    }

    /** A text run: top-origin page coordinates (x of the first glyph's origin, baseline). */
    private record Run(String text, float size, float x, float baseline, float tc) {
    }

    private static final class Layout {
        final SyntheticTable table;
        final Print print;
        final float width;
        final float height;
        final float[] colX; // column edges, left to right: 类 款 项 name amounts…
        final List<List<Run>> runs = new ArrayList<>();
        final List<Set<String>> segments = new ArrayList<>();

        Layout(SyntheticTable table, Print print) {
            this.table = table;
            this.print = print;
            this.width = print.rotate90() ? A4_LONG : A4_SHORT;
            this.height = print.rotate90() ? A4_SHORT : A4_LONG;
            this.colX = columns();
            List<SyntheticTable.Line> lines = table.lines();
            int perPage = print.rowsPerPage() == 0 ? Math.max(1, lines.size()) : print.rowsPerPage();
            for (int from = 0; from < lines.size(); from += perPage) {
                page(lines.subList(from, Math.min(lines.size(), from + perPage)), from == 0);
            }
        }

        /** Natural column widths, the spare width shared between the name and the amount columns. */
        private float[] columns() {
            float code = advance("类", SIZE, 0);
            float name = advance("科目名称", SIZE, 0);
            int n = table.columns().size();
            float[] amount = new float[n];
            for (int i = 0; i < n; i++) {
                amount[i] = advance(table.columns().get(i).label(), SIZE, 0);
            }
            for (SyntheticTable.Line l : table.lines()) {
                for (String part : List.of(l.classPart(), l.sectionPart(), l.itemPart())) {
                    code = Math.max(code, extent(codeText(part), SIZE, print.characterSpacing()));
                }
                name = Math.max(name, extent(l.name(), SIZE, print.characterSpacing()));
                for (int i = 0; i < n; i++) {
                    amount[i] = Math.max(amount[i], extent(amountText(l.amounts().get(i)), SIZE, print.characterSpacing()));
                }
            }
            code = Math.max(code + 2 * PAD, (advance("支出功能分类", SIZE, 0) + 2 * PAD) / 3);
            name += 2 * PAD;
            float natural = 3 * code + name;
            for (int i = 0; i < n; i++) {
                amount[i] += 2 * PAD;
                natural += amount[i];
            }
            float available = width - 2 * MARGIN;
            if (natural > available) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "the table needs %.1f pt but the page has %.1f pt", natural, available));
            }
            float spare = available - natural;
            name += spare / 2;
            float[] x = new float[4 + n + 1];
            x[0] = MARGIN;
            x[1] = x[0] + code;
            x[2] = x[1] + code;
            x[3] = x[2] + code;
            x[4] = x[3] + name;
            for (int i = 0; i < n; i++) {
                x[5 + i] = x[4 + i] + amount[i] + spare / 2 / n;
            }
            return x;
        }

        private void page(List<SyntheticTable.Line> lines, boolean first) {
            List<Run> r = new ArrayList<>();
            Set<String> s = new LinkedHashSet<>();
            runs.add(r);
            segments.add(s);
            float left = colX[0];
            float right = colX[colX.length - 1];
            float y = TABLE_TOP;
            if (first) {
                r.add(new Run(table.title(), TITLE_SIZE, (width - advance(table.title(), TITLE_SIZE, 0)) / 2,
                        TITLE_BASELINE, 0));
                r.add(new Run(table.unitLine(), SIZE, right - advance(table.unitLine(), SIZE, 0), TABLE_TOP - 6, 0));
            }
            if (first || print.repeatHeader()) {
                float[] h = new float[HEADER_ROWS + 1];
                for (int k = 0; k <= HEADER_ROWS; k++) {
                    h[k] = y + k * HEADER_ROW;
                }
                centred(r, s, "项目", colX[0], h[0], colX[4], h[1]);
                centred(r, s, "支出功能分类", colX[0], h[1], colX[3], h[2]);
                centred(r, s, "科目编码", colX[0], h[2], colX[3], h[3]);
                centred(r, s, "类", colX[0], h[3], colX[1], h[4]);
                centred(r, s, "款", colX[1], h[3], colX[2], h[4]);
                centred(r, s, "项", colX[2], h[3], colX[3], h[4]);
                centred(r, s, "科目名称", colX[3], h[1], colX[4], h[4]);
                for (int i = 0; i < table.columns().size(); i++) {
                    centred(r, s, table.columns().get(i).label(), colX[4 + i], h[0], colX[5 + i], h[4]);
                }
                y = h[HEADER_ROWS];
            }
            float tc = print.characterSpacing();
            for (SyntheticTable.Line l : lines) {
                float y1 = y + BODY_ROW;
                float baseline = (y + y1) / 2 + SIZE * 0.35f;
                if (y1 > height - MARGIN) {
                    throw new IllegalArgumentException("too many lines for one page: " + lines.size());
                }
                if (l.code() == null) {
                    cell(s, colX[0], y, colX[4], y1);
                    String name = l.name();
                    r.add(new Run(name, SIZE, (colX[0] + colX[4] - extent(name, SIZE, tc)) / 2, baseline, tc));
                } else {
                    String[] parts = {l.classPart(), l.sectionPart(), l.itemPart()};
                    for (int c = 0; c < 3; c++) {
                        cell(s, colX[c], y, colX[c + 1], y1);
                        String t = codeText(parts[c]);
                        if (!t.isEmpty()) {
                            float x = c == 0 ? colX[c] + PAD : (colX[c] + colX[c + 1] - extent(t, SIZE, tc)) / 2;
                            r.add(new Run(t, SIZE, x, baseline, tc));
                        }
                    }
                    cell(s, colX[3], y, colX[4], y1);
                    r.add(new Run(l.name(), SIZE, colX[3] + PAD, baseline, tc));
                }
                for (int i = 0; i < table.columns().size(); i++) {
                    cell(s, colX[4 + i], y, colX[5 + i], y1);
                    String t = amountText(l.amounts().get(i));
                    if (!t.isEmpty()) {
                        r.add(new Run(t, SIZE, colX[5 + i] - PAD - extent(t, SIZE, tc), baseline, tc));
                    }
                }
                y = y1;
            }
        }

        private void centred(List<Run> r, Set<String> s, String text, float x0, float y0, float x1, float y1) {
            cell(s, x0, y0, x1, y1);
            r.add(new Run(text, SIZE, (x0 + x1 - advance(text, SIZE, 0)) / 2, (y0 + y1) / 2 + SIZE * 0.35f, 0));
        }

        /** The four borders of a cell, top-origin; an edge shared with a cell drawn before is kept once. */
        private static void cell(Set<String> s, float x0, float y0, float x1, float y1) {
            s.add(seg(x0, y0, x1, y0));
            s.add(seg(x0, y1, x1, y1));
            s.add(seg(x0, y0, x0, y1));
            s.add(seg(x1, y0, x1, y1));
        }

        private static String seg(float x0, float y0, float x1, float y1) {
            return f(x0) + " " + f(y0) + " " + f(x1) + " " + f(y1);
        }

        private String codeText(String part) {
            return print.fullWidthDigits() ? fullWidth(part) : part;
        }

        private String amountText(String printed) {
            return print.fullWidthDigits() ? fullWidth(printed) : printed;
        }

        /** Advance width: what the font's widths ({@link CidFont#width}) plus Tc after every glyph give. */
        private static float advance(String text, float size, float tc) {
            float w = 0;
            for (int cp : text.codePoints().toArray()) {
                w += (cp < 0x80 ? 0.5f : 1f) * size + tc;
            }
            return w;
        }

        /** Inked extent: the advance less the Tc after the last glyph. */
        private static float extent(String text, float size, float tc) {
            return text.isEmpty() ? 0 : advance(text, size, tc) - tc;
        }

        byte[] pdf() throws IOException {
            StringBuilder alphabet = new StringBuilder();
            for (List<Run> page : runs) {
                for (Run r : page) {
                    alphabet.append(r.text());
                }
            }
            CidFont font = new CidFont(alphabet.toString(),
                    cp -> print.kangxiRadicals() ? RADICALS.getOrDefault(cp, cp) : cp);
            try (PDDocument doc = new PDDocument()) {
                COSDictionary fontDict = font.toCos(doc);
                for (int p = 0; p < runs.size(); p++) {
                    PDPage page;
                    if (print.rotate90()) {
                        page = new PDPage(new PDRectangle(height, width));
                        page.setRotation(90);
                    } else {
                        page = new PDPage(new PDRectangle(width, height));
                    }
                    PDResources resources = new PDResources();
                    COSDictionary fonts = new COSDictionary();
                    fonts.setItem(COSName.getPDFName("F1"), fontDict);
                    resources.getCOSObject().setItem(COSName.FONT, fonts);
                    page.setResources(resources);
                    page.setContents(stream(doc, content(font, runs.get(p), segments.get(p))));
                    doc.addPage(page);
                }
                doc.getDocumentInformation().setTitle(table.title());
                doc.getDocumentInformation().setProducer("suanzhang testdata SyntheticPdf");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out, CompressParameters.NO_COMPRESSION);
                return out.toByteArray();
            }
        }

        private String content(CidFont font, List<Run> runs, Set<String> segments) {
            StringBuilder c = new StringBuilder("q\n");
            if (print.rotate90()) {
                // landscape user space (width × height, y up) onto the portrait media box: (x, y) → (height − y, x);
                // /Rotate 90 turns it back upright on display
                c.append("0 1 -1 0 ").append(f(height)).append(" 0 cm\n");
            }
            c.append("0.5 w 0 G\n");
            for (String s : segments) {
                String[] v = s.split(" ");
                c.append(v[0]).append(' ').append(f(height - Float.parseFloat(v[1]))).append(" m ")
                        .append(v[2]).append(' ').append(f(height - Float.parseFloat(v[3]))).append(" l S\n");
            }
            c.append("BT 0 g\n");
            float tc = 0;
            for (Run r : runs) {
                if (r.tc() != tc) {
                    c.append(f(r.tc())).append(" Tc\n");
                    tc = r.tc();
                }
                c.append("/F1 ").append(f(r.size())).append(" Tf 1 0 0 1 ").append(f(r.x())).append(' ')
                        .append(f(height - r.baseline())).append(" Tm ").append(font.hex(r.text())).append(" Tj\n");
            }
            c.append("ET\nQ\n");
            return c.toString();
        }
    }

    private static PDStream stream(PDDocument doc, String content) throws IOException {
        PDStream stream = new PDStream(doc);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content.getBytes(StandardCharsets.ISO_8859_1));
        }
        return stream;
    }

    private static String f(float v) {
        return v == Math.rint(v) ? Integer.toString((int) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
