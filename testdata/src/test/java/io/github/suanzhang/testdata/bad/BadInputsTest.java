package io.github.suanzhang.testdata.bad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.testdata.bad.BadInputs.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each generated hostile input is what its {@link Kind} says it is. */
class BadInputsTest {

    @TempDir
    static Path dir;

    static Map<Kind, Path> files;
    static byte[] valid;

    @BeforeAll
    static void generate() throws IOException {
        files = BadInputs.writeAll(dir);
        valid = BadInputs.validPdf();
    }

    private static byte[] bytes(Kind kind) {
        try {
            return Files.readAllBytes(files.get(kind));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc);
    }

    @Test
    void everyKindIsWrittenUnderItsName() {
        assertEquals(Set.of(Kind.values()), files.keySet());
        for (Kind kind : Kind.values()) {
            assertEquals(dir.resolve(kind.fileName()), files.get(kind));
            assertTrue(Files.exists(files.get(kind)), kind.toString());
        }
    }

    @Test
    void theValidPdfHasATextLayerWithTheTableInChinese() throws IOException {
        try (PDDocument doc = Loader.loadPDF(valid)) {
            assertEquals(1, doc.getNumberOfPages());
            String text = text(doc);
            assertTrue(text.contains(BadInputs.TITLE), text);
            assertTrue(text.contains(BadInputs.UNIT_LINE), text);
            assertTrue(text.contains("一般公共预算财政拨款收入"), text);
            assertTrue(text.contains("1,553.51"), text);
            assertTrue(text.contains(BadInputs.NARRATIVE), text);
        }
        assertTrue(new String(valid, StandardCharsets.ISO_8859_1).contains("\nxref\n"), "classic xref table");
    }

    @Test
    void emptyIsZeroBytes() throws IOException {
        assertEquals(0, Files.size(files.get(Kind.EMPTY)));
    }

    @Test
    void htmlAsPdfIsAChineseWebPageThatPdfboxRefuses() {
        String html = new String(bytes(Kind.HTML_AS_PDF), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("部门预算"), html);
        assertTrue(files.get(Kind.HTML_AS_PDF).toString().endsWith(".pdf"));
        assertThrows(IOException.class, () -> Loader.loadPDF(files.get(Kind.HTML_AS_PDF).toFile()).close());
    }

    @Test
    void truncatedFilesArePrefixesOfTheValidOneAtTheirPercentage() {
        int[] percents = {10, 50, 90};
        Kind[] kinds = {Kind.TRUNCATED_10, Kind.TRUNCATED_50, Kind.TRUNCATED_90};
        for (int i = 0; i < kinds.length; i++) {
            byte[] cut = bytes(kinds[i]);
            assertEquals((long) valid.length * percents[i] / 100, cut.length, kinds[i].toString());
            assertTrue(cut.length < valid.length);
            assertArrayEquals(java.util.Arrays.copyOf(valid, cut.length), cut, kinds[i].toString());
            String s = new String(cut, StandardCharsets.ISO_8859_1);
            assertFalse(s.contains("%%EOF"), kinds[i] + " still has its trailer");
            assertFalse(s.contains("startxref"), kinds[i] + " still has startxref");
        }
    }

    @Test
    void wrongStartxrefPointsAwayFromTheXrefTableYetPdfboxRepairsIt() throws IOException {
        String good = new String(valid, StandardCharsets.ISO_8859_1);
        String bad = new String(bytes(Kind.WRONG_STARTXREF), StandardCharsets.ISO_8859_1);
        long real = startxref(good);
        long declared = startxref(bad);
        assertTrue(good.startsWith("xref", (int) real), "the valid file's startxref points at its xref");
        assertNotEquals(real, declared);
        assertFalse(bad.startsWith("xref", (int) declared), "points somewhere else");
        assertTrue(declared > 0 && declared < bad.length());
        try (PDDocument doc = Loader.loadPDF(files.get(Kind.WRONG_STARTXREF).toFile())) {
            assertTrue(text(doc).contains(BadInputs.TITLE));
        }
    }

    private static long startxref(String pdf) {
        int at = pdf.lastIndexOf("startxref") + "startxref".length();
        return Long.parseLong(pdf.substring(at, pdf.indexOf("%%EOF", at)).strip());
    }

    @Test
    void randomAfterHeaderIsAHeaderAndSeededNoise() throws IOException {
        byte[] b = bytes(Kind.RANDOM_AFTER_HEADER);
        assertTrue(new String(b, 0, 9, StandardCharsets.US_ASCII).equals("%PDF-1.7\n"));
        assertEquals(9 + 32 * 1024, b.length);
        assertArrayEquals(b, BadInputs.randomAfterHeader(), "same seed, same bytes");
        assertFalse(new String(b, StandardCharsets.ISO_8859_1).contains(" obj"), "no object in the noise");
    }

    @Test
    void userPasswordIsNeeded() throws IOException {
        Path f = files.get(Kind.USER_PASSWORD);
        assertThrows(InvalidPasswordException.class, () -> Loader.loadPDF(f.toFile()).close());
        try (PDDocument doc = Loader.loadPDF(f.toFile(), BadInputs.USER_PASSWORD)) {
            assertTrue(doc.isEncrypted());
            assertEquals(256, doc.getEncryption().getLength());
            assertTrue(text(doc).contains(BadInputs.TITLE));
        }
        // (an earlier check that the bytes lack "Tj" was flaky: ciphertext contains any two bytes by chance,
        // and the content streams are compressed anyway)
        String raw = new String(bytes(Kind.USER_PASSWORD), StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("/Encrypt") && raw.contains("/AESV3"), "an AES-256 /Encrypt dictionary is written");
    }

    @Test
    void ownerPasswordOnlyOpensWithoutAPasswordButForbidsCopying() throws IOException {
        try (PDDocument doc = Loader.loadPDF(files.get(Kind.OWNER_PASSWORD_ONLY).toFile())) {
            assertTrue(doc.isEncrypted());
            assertEquals(256, doc.getEncryption().getLength());
            assertFalse(doc.getCurrentAccessPermission().canExtractContent());
            assertFalse(doc.getCurrentAccessPermission().isOwnerPermission());
            assertTrue(text(doc).contains(BadInputs.TITLE), "PDFBox extracts regardless of the permission bits");
        }
    }

    @Test
    void manyPagesHas2000PagesSharingOneContentStream() throws IOException {
        Path f = files.get(Kind.MANY_PAGES);
        assertTrue(Files.size(f) < 1_000_000, "modest size: " + Files.size(f));
        try (PDDocument doc = Loader.loadPDF(f.toFile())) {
            assertEquals(BadInputs.MANY_PAGES, doc.getNumberOfPages());
            COSBase first = doc.getPage(0).getCOSObject().getDictionaryObject(COSName.CONTENTS);
            COSBase last = doc.getPage(BadInputs.MANY_PAGES - 1).getCOSObject().getDictionaryObject(COSName.CONTENTS);
            assertSame(first, last);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1999);
            stripper.setEndPage(1999);
            assertTrue(stripper.getText(doc).contains(BadInputs.TITLE));
        }
    }

    @Test
    void imageOnlyPagesHaveAnImageAndNoText() throws IOException {
        try (PDDocument doc = Loader.loadPDF(files.get(Kind.IMAGE_ONLY).toFile())) {
            assertEquals(BadInputs.IMAGE_PAGES, doc.getNumberOfPages());
            assertTrue(text(doc).isBlank(), "no text layer");
            for (PDPage page : doc.getPages()) {
                List<PDImageXObject> images = new ArrayList<>();
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images.add(image);
                    }
                }
                assertEquals(1, images.size());
                // the picture is not blank: the rendered text and rulings made dark pixels
                java.awt.image.BufferedImage img = images.get(0).getImage();
                int dark = 0;
                for (int y = 0; y < img.getHeight(); y += 2) {
                    for (int x = 0; x < img.getWidth(); x += 2) {
                        if ((img.getRGB(x, y) & 0xFF) < 100) {
                            dark++;
                        }
                    }
                }
                assertTrue(dark > 500, "dark pixels: " + dark);
            }
        }
    }

    @Test
    void garbledPuaDecodesToPrivateUseCharactersOnly() throws IOException {
        try (PDDocument doc = Loader.loadPDF(files.get(Kind.GARBLED_PUA).toFile())) {
            String text = text(doc).replaceAll("\\s", "");
            assertTrue(text.length() > 50, text);
            assertTrue(text.codePoints().allMatch(cp -> Character.getType(cp) == Character.PRIVATE_USE), text);
        }
    }

    @Test
    void garbledNoToUnicodeDecodesToNeitherChineseNorDigits() throws IOException {
        try (PDDocument doc = Loader.loadPDF(files.get(Kind.GARBLED_NO_TOUNICODE).toFile())) {
            String text = text(doc).replaceAll("\\s", "");
            assertTrue(text.length() >= 100, text);
            assertTrue(text.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                    || Character.isDigit(cp)), text);
        }
    }

    @Test
    void cyclicPageTreeHasAKidThatIsItsAncestor() throws IOException {
        // parse the COS objects without PDFBox's page-tree repair
        try (PDDocument doc = new PDFParser(new RandomAccessReadBuffer(bytes(Kind.CYCLIC_PAGE_TREE))).parse(false)) {
            COSDocument cos = doc.getDocument();
            COSDictionary root = cos.getTrailer().getCOSDictionary(COSName.ROOT).getCOSDictionary(COSName.PAGES);
            assertNotNull(root);
            assertTrue(hasCycle(root, Collections.newSetFromMap(new IdentityHashMap<>())), "no cycle found");
        }
    }

    /** Depth-first over /Kids; true when a kid is already on the path from the root. */
    private static boolean hasCycle(COSDictionary node, Set<COSDictionary> path) {
        if (!path.add(node)) {
            return true;
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids != null) {
            for (int i = 0; i < kids.size(); i++) {
                COSBase kid = kids.getObject(i);
                if (kid instanceof COSDictionary d && hasCycle(d, path)) {
                    return true;
                }
            }
        }
        path.remove(node);
        return false;
    }

    @Test
    void inflateBombIsSmallOnDiskAndHugeInflated() throws IOException {
        Path f = files.get(Kind.INFLATE_BOMB);
        assertTrue(Files.size(f) < 1_000_000, "file size " + Files.size(f));
        try (PDDocument doc = Loader.loadPDF(f.toFile())) {
            COSStream contents = (COSStream) doc.getPage(0).getCOSObject().getDictionaryObject(COSName.CONTENTS);
            long declared = contents.getLong(COSName.LENGTH);
            assertTrue(declared < 1_000_000, "declared /Length " + declared);
            long inflated = 0;
            byte[] buffer = new byte[1 << 16];
            try (InputStream raw = contents.createRawInputStream();
                 InputStream in = new InflaterInputStream(raw)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    inflated += n;
                }
            }
            assertTrue(inflated > BadInputs.BOMB_INFLATED_BYTES, "inflated " + inflated);
            assertTrue(inflated / declared > 300, "ratio " + inflated / declared);
        }
    }

    @Test
    void gb18030ExportIsTheUtf8ExcerptReEncoded() throws IOException {
        byte[] gb = bytes(Kind.GB18030_EXPORT);
        String seed = BadInputs.seedExcerpt();
        assertEquals(100, seed.lines().count());
        assertTrue(seed.contains("收入支出决算总表"));
        assertEquals(seed, new String(gb, Charset.forName("GB18030")));
        assertThrows(CharacterCodingException.class, () -> StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(gb)), "not UTF-8");
        Path utf8 = BadInputs.writeUtf8Export(dir, "seed-excerpt-utf8.txt");
        assertEquals(seed, Files.readString(utf8, StandardCharsets.UTF_8));
        assertNotEquals(Files.size(utf8), (long) gb.length);
    }

    @Test
    void symlinkLoopLoopsWhenFollowedAndHoldsOneReport() throws IOException {
        Path loop = files.get(Kind.SYMLINK_LOOP);
        assertTrue(Files.isSymbolicLink(loop.resolve("self")));
        assertTrue(Files.isSymbolicLink(loop.resolve("a/b/up")));
        assertTrue(Files.isSameFile(loop, loop.resolve("a/b/up")), "up is the folder itself");
        try (Stream<Path> walk = Files.walk(loop)) {
            List<Path> pdfs = walk.filter(p -> p.toString().endsWith(".pdf")).collect(Collectors.toList());
            assertEquals(List.of(loop.resolve("a/report.pdf")), pdfs);
        }
        assertThrows(UncheckedIOException.class, () -> {
            try (Stream<Path> walk = Files.walk(loop, FileVisitOption.FOLLOW_LINKS)) {
                walk.count();
            }
        });
        try (Stream<Path> walk = Files.walk(loop, FileVisitOption.FOLLOW_LINKS)) {
            UncheckedIOException e = assertThrows(UncheckedIOException.class, walk::count);
            assertTrue(e.getCause() instanceof FileSystemLoopException, e.toString());
        }
        // writing again over an existing loop works (the links are kept)
        BadInputs.write(Kind.SYMLINK_LOOP, dir);
    }
}
