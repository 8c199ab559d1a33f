package io.github.suanzhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.cli.Fakes.Run;
import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    @TempDir
    Path tmp;

    private final Fakes.Reader reader = new Fakes.Reader();

    @Test
    void jsonOnStdoutReadsBackWithoutFindings() throws IOException {
        Path bad = Fakes.write(tmp.resolve("bad.pdf"), "%PDF-1.4\n");
        Run r = Fakes.run(reader, "extract", bad.toString());
        assertEquals(0, r.code(), r.err());
        Audit a = Json.fromJson(r.out());
        assertEquals(1, a.disclosure().tables().size());
        assertEquals(0, a.findings().size(), "extract does not check");
        assertEquals("bad.pdf", a.disclosure().source().file());
        assertEquals(64, a.disclosure().source().sha256().length());
    }

    @Test
    void csvIntoAFolder() throws IOException {
        Path ok = Fakes.write(tmp.resolve("ok.pdf"), "%PDF-1.4\n");
        Path out = tmp.resolve("out");
        Run r = Fakes.run(reader, "extract", "--format", "CSV", "--out", out.toString(), ok.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out.resolve("cells.csv")).contains("600.00"));
        assertTrue(Files.exists(out.resolve("tables").resolve("01-t01.csv")));
    }

    @Test
    void anUnreadableFileExitsWith3AndSaysWhy() throws IOException {
        Path html = Fakes.write(tmp.resolve("page.pdf"), "<html><body>not found</body></html>");
        Run r = Fakes.run(reader, "extract", html.toString());
        assertEquals(3, r.code());
        assertTrue(r.err().contains("NOT_A_PDF"), r.err());
        assertTrue(r.err().contains("HTML 页面"), r.err());
    }

    @Test
    void aFolderIsAUsageError() {
        assertEquals(2, Fakes.run(reader, "extract", tmp.toString()).code());
    }
}
