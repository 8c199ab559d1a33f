package io.github.suanzhang.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.ExtractionException;
import io.github.suanzhang.extract.Synthetic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfInputTest {
    @TempDir
    Path dir;

    private ExtractionException failure(Path file) {
        return assertThrows(ExtractionException.class, () -> PdfInput.open(file, ExtractOptions.DEFAULTS).close());
    }

    @Test
    void emptyFile() throws Exception {
        Path f = Files.write(dir.resolve("empty.pdf"), new byte[0]);
        assertEquals(ProblemKind.EMPTY_FILE, failure(f).kind());
    }

    @Test
    void htmlSavedAsPdfIsNotAPdf() throws Exception {
        Path f = Files.writeString(dir.resolve("page.pdf"), "<!DOCTYPE html>\n<html><body>404</body></html>");
        ExtractionException e = failure(f);
        assertEquals(ProblemKind.NOT_A_PDF, e.kind());
        assertTrue(e.getMessage().contains("HTML"), e.getMessage());
    }

    @Test
    void truncatedPdfIsDamaged() throws Exception {
        Path good = dir.resolve("good.pdf");
        try (Synthetic s = new Synthetic()) {
            s.page(300, 300).text("hello", 20, 50, 12).save(good);
        }
        byte[] all = Files.readAllBytes(good);
        // keep the header, replace the body with garbage: no objects, no xref, no trailer
        byte[] cut = Arrays.copyOf(all, 20);
        Path f = Files.write(dir.resolve("cut.pdf"), cut);
        assertEquals(ProblemKind.DAMAGED_PDF, failure(f).kind());
    }

    @Test
    void userPasswordIsEncrypted() throws Exception {
        Path f = dir.resolve("locked.pdf");
        try (Synthetic s = new Synthetic()) {
            s.page(300, 300).text("secret", 20, 50, 12);
            PDDocument doc = s.document();
            doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            doc.save(f.toFile());
        }
        assertEquals(ProblemKind.ENCRYPTED, failure(f).kind());
    }

    @Test
    void ownerPasswordOnlyOpensAndTextIsRead() throws Exception {
        Path f = dir.resolve("owner.pdf");
        try (Synthetic s = new Synthetic()) {
            s.page(300, 300).text("Readable 12.34", 20, 50, 12);
            PDDocument doc = s.document();
            AccessPermission noExtract = new AccessPermission();
            noExtract.setCanExtractContent(false);
            noExtract.setCanExtractForAccessibility(false);
            doc.protect(new StandardProtectionPolicy("owner", "", noExtract));
            doc.save(f.toFile());
        }
        try (PdfInput in = PdfInput.open(f, ExtractOptions.DEFAULTS)) {
            assertTrue(in.info().ownerProtected());
            assertEquals("Readable12.34", in.scan(1).rawText());
        }
    }

    @Test
    void metadata() throws Exception {
        Path f = dir.resolve("meta.pdf");
        try (Synthetic s = new Synthetic()) {
            s.page(300, 300).text("a", 20, 50, 12).page(300, 300).text("b", 20, 50, 12);
            s.document().getDocumentInformation().setProducer("TestProducer 1.0");
            s.document().getDocumentInformation().setCreator("TestCreator");
            s.save(f);
        }
        try (PdfInput in = PdfInput.open(f, ExtractOptions.DEFAULTS)) {
            PdfInfo info = in.info();
            assertEquals(2, info.pageCount());
            assertEquals("TestProducer 1.0", info.producer());
            assertEquals("TestCreator", info.creator());
            assertFalse(info.ownerProtected());
            assertEquals(64, info.sha256().length());
            assertEquals(Files.size(f), info.bytes());
            assertEquals("TestProducer 1.0", info.toSource("meta.pdf").producer());
        }
    }

    @Test
    void realHtmlFilesInCorpusAreNotPdfs() {
        Path real = RealFiles.corpus();
        Assumptions.assumeTrue(real != null, "shared corpus not present");
        try (var files = Files.list(real)) {
            var html = files.filter(p -> p.getFileName().toString().startsWith("004_重庆__"))
                    .filter(p -> p.getFileName().toString().contains("交通运输局") || p.getFileName().toString().contains("公安局"))
                    .collect(Collectors.toList());
            assertEquals(2, html.size(), html.toString());
            for (Path p : html) {
                assertEquals(ProblemKind.NOT_A_PDF, failure(p).kind(), p.toString());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void sniffNamesCommonFormats() {
        assertEquals("PNG图片", PdfInput.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}));
        assertEquals("HTML网页", PdfInput.sniff("  <html>".getBytes(StandardCharsets.US_ASCII)));
    }
}
