package io.github.suanzhang.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Source;
import io.github.suanzhang.extract.FormatSniffer.Kind;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatSnifferTest {
    private static FormatSniffer.Sniff sniff(byte[] b) {
        return FormatSniffer.sniff(b, true);
    }

    @Test
    void pdfHeaderAtStartOrAfterJunk() {
        assertEquals(Kind.PDF, sniff("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)).kind());
        byte[] junk = new byte[1000];
        Arrays.fill(junk, (byte) 0x01);
        byte[] b = Arrays.copyOf(junk, 1010);
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, b, 1000, 8);
        assertEquals(Kind.PDF, sniff(b).kind());
    }

    @Test
    void pdfHeaderBeyondTheWindowIsNotAPdf() {
        byte[] b = new byte[1100];
        Arrays.fill(b, (byte) 0x01);
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, b, 1050, 8);
        FormatSniffer.Sniff s = sniff(b);
        assertEquals(Kind.OTHER, s.kind());
        assertEquals(ProblemKind.NOT_A_PDF, s.problemKind());
    }

    @Test
    void emptyFile() {
        FormatSniffer.Sniff s = sniff(new byte[0]);
        assertEquals(Kind.EMPTY, s.kind());
        assertEquals(ProblemKind.EMPTY_FILE, s.problemKind());
    }

    @Test
    void htmlSavedAsPdf() {
        for (String h : new String[] {"<!DOCTYPE html><html><body>404</body></html>",
            "\uFEFF\n  <html lang=\"zh\"><head>", "<HTML><HEAD><TITLE>x</TITLE>",
            "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"}) {
            FormatSniffer.Sniff s = sniff(h.getBytes(StandardCharsets.UTF_8));
            assertEquals(Kind.HTML, s.kind(), h);
            assertEquals(ProblemKind.NOT_A_PDF, s.problemKind());
            assertEquals("HTML 页面（以 .pdf 命名），不是 PDF", s.message());
        }
    }

    @Test
    void textExportInUtf8AndGb18030() {
        String t = "2023年度单位决算\n一、收入支出决算总表\n行政运行 872.87\n";
        FormatSniffer.Sniff u = sniff(t.getBytes(StandardCharsets.UTF_8));
        assertEquals(Kind.TEXT, u.kind());
        assertEquals(StandardCharsets.UTF_8, u.charset());
        FormatSniffer.Sniff g = sniff(t.getBytes(Charset.forName("GB18030")));
        assertEquals(Kind.TEXT, g.kind());
        assertEquals(Charset.forName("GB18030"), g.charset());
    }

    @Test
    void utf8CharacterCutAtTheWindowEdgeIsStillText() {
        byte[] full = "算账".repeat(FormatSniffer.TEXT_WINDOW).getBytes(StandardCharsets.UTF_8);
        byte[] head = Arrays.copyOf(full, FormatSniffer.TEXT_WINDOW); // 8192 = 3·2730 + 2: the last character is cut
        FormatSniffer.Sniff s = FormatSniffer.sniff(head, false);
        assertEquals(Kind.TEXT, s.kind());
        assertEquals(StandardCharsets.UTF_8, s.charset());
    }

    @Test
    void binaryIsNotAPdfAndSaysWhatItLooksLike() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        FormatSniffer.Sniff s = sniff(png);
        assertEquals(Kind.OTHER, s.kind());
        assertTrue(s.message().contains("PNG"), s.message());
        byte[] zip = {'P', 'K', 3, 4, 0x14, 0, 0, 0, (byte) 0x88, 0};
        assertTrue(sniff(zip).message().contains("ZIP"));
        byte[] random = new byte[512];
        new java.util.Random(7).nextBytes(random);
        assertEquals(Kind.OTHER, sniff(random).kind());
    }

    @Test
    void defaultReaderDispatchesOnContentNotName(@TempDir Path dir) throws Exception {
        Disclosure pdfResult = new Disclosure(Source.inCode("pdf"), null, null, null, null);
        Disclosure textResult = new Disclosure(Source.inCode("text"), null, null, null, null);
        DefaultDisclosureReader r = new DefaultDisclosureReader(f -> pdfResult, f -> textResult);

        Path pdfNamedTxt = dir.resolve("a.txt");
        Files.write(pdfNamedTxt, "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        assertSame(pdfResult, r.read(pdfNamedTxt));
        Path text = dir.resolve("b.md");
        Files.writeString(text, "部门决算说明\n");
        assertSame(textResult, r.read(text));

        Path html = dir.resolve("c.pdf");
        Files.writeString(html, "<!DOCTYPE html><html></html>");
        ReadException e = assertThrows(ReadException.class, () -> r.read(html));
        assertEquals(ProblemKind.NOT_A_PDF, e.kind());
        Path empty = Files.createFile(dir.resolve("d.pdf"));
        assertEquals(ProblemKind.EMPTY_FILE, assertThrows(ReadException.class, () -> r.read(empty)).kind());
    }

    @Test
    void aHeaderOnlyPdfIsRefusedAsDamagedByTheWiredReader(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("a.pdf");
        Files.write(pdf, "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        ReadException e = assertThrows(ReadException.class, () -> new DefaultDisclosureReader().read(pdf));
        assertEquals(ProblemKind.DAMAGED_PDF, e.kind(), e.getMessage());
    }
}
