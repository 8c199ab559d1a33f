package io.github.suanzhang.testdata.bad;

import io.github.suanzhang.testdata.pdf.CidFont;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The PDF writers of {@link BadInputs}: the small valid PDF ({@link #tablePdf}) and the hostile PDFs
 * built object by object with PDFBox (encrypted, many pages, image only, garbled fonts, a cyclic page
 * tree, an inflate bomb). Byte-level damage of the valid PDF stays in {@link BadInputs}.
 */
final class BadPdfs {
    private BadPdfs() {
    }

    /**
     * One A4 page: title, unit line, a ruled table ({@link BadInputs#TABLE}) and {@link BadInputs#NARRATIVE}, in a
     * non-embedded Type0 font whose ToUnicode maps each character {@code c} to {@code unicode(c)}.
     */
    static byte[] tablePdf(java.util.function.IntUnaryOperator unicode) throws IOException {
        StringBuilder alphabet = new StringBuilder(BadInputs.TITLE).append(BadInputs.UNIT_LINE).append(BadInputs.NARRATIVE);
        for (String[] row : BadInputs.TABLE) {
            for (String cell : row) {
                alphabet.append(cell);
            }
        }
        CidFont font = new CidFont(alphabet.toString(), unicode);
        StringBuilder c = new StringBuilder();
        // rulings: 5 horizontal, 3 vertical
        float left = 60;
        float mid = 380;
        float right = 535;
        float top = 730;
        float rowHeight = 30;
        float bottom = top - rowHeight * BadInputs.TABLE.length;
        c.append("0.8 w\n");
        for (int r = 0; r <= BadInputs.TABLE.length; r++) {
            float y = top - r * rowHeight;
            c.append(f(left)).append(' ').append(f(y)).append(" m ").append(f(right)).append(' ').append(f(y)).append(" l S\n");
        }
        for (float x : new float[] {left, mid, right}) {
            c.append(f(x)).append(' ').append(f(top)).append(" m ").append(f(x)).append(' ').append(f(bottom)).append(" l S\n");
        }
        c.append("BT\n");
        text(c, font, BadInputs.TITLE, 16, (595 - font.width(BadInputs.TITLE, 16)) / 2, 780);
        text(c, font, BadInputs.UNIT_LINE, 10, right - font.width(BadInputs.UNIT_LINE, 10), 745);
        for (int r = 0; r < BadInputs.TABLE.length; r++) {
            float y = top - r * rowHeight - 20;
            text(c, font, BadInputs.TABLE[r][0], 10, left + 5, y);
            text(c, font, BadInputs.TABLE[r][1], 10, right - 5 - font.width(BadInputs.TABLE[r][1], 10), y);
        }
        text(c, font, BadInputs.NARRATIVE, 10, left, bottom - 30);
        c.append("ET\n");

        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDResources resources = new PDResources();
            COSDictionary fonts = new COSDictionary();
            fonts.setItem(COSName.getPDFName("F1"), font.toCos(doc));
            resources.getCOSObject().setItem(COSName.FONT, fonts);
            page.setResources(resources);
            page.setContents(flateStream(doc, c.toString()));
            doc.getDocumentInformation().setTitle(BadInputs.TITLE);
            doc.getDocumentInformation().setProducer("suanzhang testdata BadInputs");
            return save(doc);
        }
    }

    private static void text(StringBuilder c, CidFont font, String s, float size, float x, float y) {
        c.append("/F1 ").append(f(size)).append(" Tf 1 0 0 1 ").append(f(x)).append(' ').append(f(y))
                .append(" Tm ").append(font.hex(s)).append(" Tj\n");
    }

    private static String f(float v) {
        return v == Math.rint(v) ? Integer.toString((int) v) : String.format(java.util.Locale.ROOT, "%.2f", v);
    }

    private static PDStream flateStream(PDDocument doc, String content) throws IOException {
        PDStream stream = new PDStream(doc);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content.getBytes(StandardCharsets.ISO_8859_1));
        }
        return stream;
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out, CompressParameters.NO_COMPRESSION);
        return out.toByteArray();
    }

    static byte[] encrypted(String userPassword, String ownerPassword, AccessPermission permissions) throws IOException {
        try (PDDocument doc = Loader.loadPDF(BadInputs.validPdf())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, permissions);
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            return save(doc);
        }
    }

    /** {@code pages} copies of the valid PDF's page, all sharing its one content stream and resources. */
    static byte[] manyPages(int pages) throws IOException {
        try (PDDocument doc = Loader.loadPDF(BadInputs.validPdf())) {
            PDPage first = doc.getPage(0);
            COSBase content = first.getCOSObject().getDictionaryObject(COSName.CONTENTS);
            for (int i = 1; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                page.setResources(first.getResources());
                page.getCOSObject().setItem(COSName.CONTENTS, content);
                doc.addPage(page);
            }
            return save(doc);
        }
    }

    /** {@code pages} pages each showing only a JPEG of a rendered page of text and a ruled table. */
    static byte[] imageOnly(int pages) throws IOException {
        BufferedImage picture;
        try (PDDocument source = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            source.addPage(page);
            PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(source, page)) {
                cs.setLineWidth(0.8f);
                for (int r = 0; r <= 4; r++) {
                    cs.moveTo(60, 730 - r * 30);
                    cs.lineTo(535, 730 - r * 30);
                }
                for (float x : new float[] {60, 380, 535}) {
                    cs.moveTo(x, 730);
                    cs.lineTo(x, 610);
                }
                cs.stroke();
                cs.beginText();
                cs.setFont(helvetica, 16);
                cs.newLineAtOffset(170, 780);
                cs.showText("Income and expenditure summary");
                cs.endText();
                String[][] rows = {{"Item", "Amount"}, {"General budget appropriation", "1,553.51"},
                    {"Other income", "18.29"}, {"Total", "1,571.80"}};
                for (int r = 0; r < rows.length; r++) {
                    cs.beginText();
                    cs.setFont(helvetica, 11);
                    cs.newLineAtOffset(65, 710 - r * 30);
                    cs.showText(rows[r][0]);
                    cs.newLineAtOffset(390 - 65, 0);
                    cs.showText(rows[r][1]);
                    cs.endText();
                }
            }
            picture = new PDFRenderer(source).renderImageWithDPI(0, 100, ImageType.GRAY);
        }
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject image = JPEGFactory.createFromImage(doc, picture, 0.8f);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            return save(doc);
        }
    }

    /**
     * One page in a non-embedded simple font whose {@code /Differences} encoding gives codes
     * 0x80–0xBF made-up glyph names, and no ToUnicode.
     */
    static byte[] garbledNoToUnicode() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            COSArray differences = new COSArray();
            differences.add(org.apache.pdfbox.cos.COSInteger.get(0x80));
            for (int code = 0x80; code <= 0xBF; code++) {
                int n = code - 0x80;
                differences.add(COSName.getPDFName("Zq" + (char) ('a' + n / 26) + (char) ('a' + n % 26)));
            }
            COSDictionary encoding = new COSDictionary();
            encoding.setItem(COSName.TYPE, COSName.ENCODING);
            encoding.setItem(COSName.DIFFERENCES, differences);
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TYPE1);
            font.setName(COSName.BASE_FONT, "FZSSK--GBK1-0");
            font.setInt(COSName.FIRST_CHAR, 0x80);
            font.setInt(COSName.LAST_CHAR, 0xBF);
            COSArray widths = new COSArray();
            for (int code = 0x80; code <= 0xBF; code++) {
                widths.add(org.apache.pdfbox.cos.COSInteger.get(1000));
            }
            font.setItem(COSName.WIDTHS, widths);
            font.setItem(COSName.ENCODING, encoding);

            StringBuilder c = new StringBuilder("BT /F1 12 Tf 72 770 Td 16 TL\n");
            Random random = new Random(BadInputs.RANDOM_SEED);
            for (int line = 0; line < 10; line++) {
                c.append('<');
                for (int i = 0; i < 30; i++) {
                    c.append(String.format("%02X", 0x80 + random.nextInt(0x40)));
                }
                c.append("> Tj T*\n");
            }
            c.append("ET\n");

            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDResources resources = new PDResources();
            COSDictionary fonts = new COSDictionary();
            fonts.setItem(COSName.getPDFName("F1"), font);
            resources.getCOSObject().setItem(COSName.FONT, fonts);
            page.setResources(resources);
            page.setContents(flateStream(doc, c.toString()));
            return save(doc);
        }
    }

    /**
     * Two pages under a root {@code /Pages} whose kids are page 1 and an intermediate {@code /Pages}
     * node, whose kids are page 2 and the root again.
     */
    static byte[] cyclicPageTree() throws IOException {
        try (PDDocument doc = Loader.loadPDF(BadInputs.validPdf())) {
            PDPage second = new PDPage(PDRectangle.A4);
            second.setResources(doc.getPage(0).getResources());
            second.getCOSObject().setItem(COSName.CONTENTS, doc.getPage(0).getCOSObject().getDictionaryObject(COSName.CONTENTS));
            doc.addPage(second);

            COSDictionary root = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
            COSArray rootKids = root.getCOSArray(COSName.KIDS);
            COSDictionary first = (COSDictionary) rootKids.getObject(0);
            COSDictionary node = new COSDictionary();
            node.setItem(COSName.TYPE, COSName.PAGES);
            node.setItem(COSName.PARENT, root);
            COSArray nodeKids = new COSArray();
            nodeKids.add(second.getCOSObject());
            nodeKids.add(root); // the cycle: a kid that is an ancestor
            node.setItem(COSName.KIDS, nodeKids);
            node.setInt(COSName.COUNT, 2);
            second.getCOSObject().setItem(COSName.PARENT, node);

            COSArray newRootKids = new COSArray();
            newRootKids.add(first);
            newRootKids.add(node);
            root.setItem(COSName.KIDS, newRootKids);
            root.setInt(COSName.COUNT, 3);
            return save(doc);
        }
    }

    /**
     * One page whose content stream is {@code inflated} bytes of spaces and then one line of text,
     * FlateDecode-compressed at the best level (about 1000:1).
     */
    static byte[] inflateBomb(long inflated) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDResources resources = new PDResources();
            COSName f1 = resources.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            COSStream stream = doc.getDocument().createCOSStream();
            try (OutputStream raw = stream.createRawOutputStream();
                 DeflaterOutputStream deflate = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
                byte[] spaces = new byte[1 << 20];
                Arrays.fill(spaces, (byte) ' ');
                long left = inflated;
                while (left > 0) {
                    int n = (int) Math.min(spaces.length, left);
                    deflate.write(spaces, 0, n);
                    left -= n;
                }
                deflate.write(("BT /" + f1.getName() + " 12 Tf 72 770 Td (Text after the bomb) Tj ET\n")
                        .getBytes(StandardCharsets.US_ASCII));
            }
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            PDPage page = new PDPage(PDRectangle.A4);
            page.setResources(resources);
            page.getCOSObject().setItem(COSName.CONTENTS, stream);
            doc.addPage(page);
            return save(doc);
        }
    }
}
