package io.github.suanzhang.testdata.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A hand-written, non-embedded {@code Type0} / {@code CIDFontType2} font with {@code /Identity-H}
 * encoding and a {@code /ToUnicode} CMap, the way many Chinese government PDFs reference 宋体 (SimSun)
 * without embedding it. Each distinct character of the text gets a CID (1, 2, 3 …); the ToUnicode
 * CMap maps CID {@code c} to {@code unicode.applyAsInt(char)}: the character itself for a readable
 * text layer, a private-use code point for a garbled one. Widths: 1000 for non-ASCII, 500 for ASCII.
 *
 * <p>Used by {@code BadInputs} (garbled text layers) and {@code SyntheticPdf} (full-width digits, Kangxi
 * radicals in the text layer).
 *
 * <p>No font program is embedded, so a renderer substitutes a font; text extraction needs only the
 * CMap and the widths.
 */
public final class CidFont {

    private final Map<Integer, Integer> cidOf = new LinkedHashMap<>();
    private final IntUnaryOperator unicode;

    /**
     * @param alphabet every character the content will show (duplicates are fine)
     * @param unicode  what the ToUnicode CMap says each character is
     */
    public CidFont(String alphabet, IntUnaryOperator unicode) {
        this.unicode = unicode;
        alphabet.codePoints().forEach(cp -> cidOf.computeIfAbsent(cp, k -> cidOf.size() + 1));
    }

    /** {@code text} as a hex string operand for {@code Tj}, e.g. {@code <00010002>}. */
    public String hex(String text) {
        StringBuilder b = new StringBuilder("<");
        text.codePoints().forEach(cp -> {
            Integer cid = cidOf.get(cp);
            if (cid == null) {
                throw new IllegalArgumentException("not in the font's alphabet: " + new String(Character.toChars(cp)));
            }
            b.append(String.format("%04X", cid));
        });
        return b.append('>').toString();
    }

    /** Width of {@code text} in text space units at font size {@code size}. */
    public float width(String text, float size) {
        return (float) text.codePoints().mapToDouble(cp -> cp < 0x80 ? 0.5 : 1.0).sum() * size;
    }

    /** The font dictionary, to be put into a page's {@code /Resources /Font}. */
    public COSDictionary toCos(PDDocument doc) throws IOException {
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "SimSun");
        descriptor.setInt(COSName.FLAGS, 6);
        COSArray bbox = new COSArray();
        for (int v : new int[] {0, -141, 1000, 859}) {
            bbox.add(COSInteger.get(v));
        }
        descriptor.setItem(COSName.FONT_BBOX, bbox);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 859);
        descriptor.setInt(COSName.DESCENT, -141);
        descriptor.setInt(COSName.CAP_HEIGHT, 859);
        descriptor.setInt(COSName.STEM_V, 80);

        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setItem(COSName.REGISTRY, new COSString("Adobe"));
        systemInfo.setItem(COSName.ORDERING, new COSString("Identity"));
        systemInfo.setInt(COSName.SUPPLEMENT, 0);

        COSArray widths = new COSArray();
        for (Map.Entry<Integer, Integer> e : cidOf.entrySet()) {
            if (e.getKey() < 0x80) {
                widths.add(COSInteger.get(e.getValue()));
                COSArray w = new COSArray();
                w.add(COSInteger.get(500));
                widths.add(w);
            }
        }

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, "SimSun");
        cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setInt(COSName.DW, 1000);
        cidFont.setItem(COSName.W, widths);
        cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);

        COSArray descendants = new COSArray();
        descendants.add(cidFont);

        COSStream toUnicode = doc.getDocument().createCOSStream();
        try (OutputStream out = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(toUnicodeCMap().getBytes(StandardCharsets.US_ASCII));
        }

        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, "SimSun");
        font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        font.setItem(COSName.TO_UNICODE, toUnicode);
        return font;
    }

    private String toUnicodeCMap() {
        StringBuilder b = new StringBuilder();
        b.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n");
        b.append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n");
        b.append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n");
        b.append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        Map.Entry<?, ?>[] entries = cidOf.entrySet().toArray(new Map.Entry<?, ?>[0]);
        for (int i = 0; i < entries.length; i += 100) {
            int n = Math.min(100, entries.length - i);
            b.append(n).append(" beginbfchar\n");
            for (int j = i; j < i + n; j++) {
                int cp = (Integer) entries[j].getKey();
                int cid = (Integer) entries[j].getValue();
                b.append(String.format("<%04X> <", cid));
                for (char c : Character.toChars(unicode.applyAsInt(cp))) {
                    b.append(String.format("%04X", (int) c));
                }
                b.append(">\n");
            }
            b.append("endbfchar\n");
        }
        b.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return b.toString();
    }
}
