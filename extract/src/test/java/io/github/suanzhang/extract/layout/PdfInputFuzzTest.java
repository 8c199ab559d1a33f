package io.github.suanzhang.extract.layout;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.ExtractionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzzes the PDF reader's foundation: the bytes, written to a file, go through {@link PdfInput#open},
 * {@link PdfInput#scanAll} and {@link PageClassifier#classify} on every page. Each input ends normally or
 * with an {@link ExtractionException} (whose kind and message are set); anything else (a runtime
 * exception, a stack overflow, running out of memory) is a crash. Time per input is bounded by Jazzer's
 * {@code -timeout} ({@code tools/fuzz.sh} sets it). In a normal build this runs only the seed corpus under
 * {@code src/test/resources/io/github/suanzhang/extract/layout/PdfInputFuzzTestInputs/read/} (small valid and
 * damaged PDFs written by {@code BadInputs}); see docs/fuzzing.md.
 */
class PdfInputFuzzTest {
    private static final Path FILE;

    static {
        try {
            FILE = Files.createTempFile("pdf-fuzz", ".pdf");
            FILE.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "30m")
    void read(byte[] input) throws IOException {
        Files.write(FILE, input);
        try (PdfInput in = PdfInput.open(FILE, ExtractOptions.DEFAULTS)) {
            List<PageScan> scans = in.scanAll(e -> assertNotNull(e.kind()));
            assertTrue(scans.size() <= in.pageCount());
            for (PageScan scan : scans) {
                assertNotNull(PageClassifier.classify(scan, ExtractOptions.DEFAULTS.pageKinds()).kind());
            }
        } catch (ExtractionException e) {
            assertNotNull(e.kind());
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "a reason");
        }
    }
}
