package io.github.suanzhang.extract.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.extract.narrative.ParagraphStatements;

/**
 * Fuzzes {@link TextExportReader#read(byte[], String)} as the command uses it (with sentences and claims,
 * {@link ParagraphStatements}): any bytes give a {@link Disclosure} (with an {@code UNKNOWN_ENCODING}
 * problem when they are not text), never an exception. In a normal build this runs only the seed corpus
 * under {@code src/test/resources/io/github/suanzhang/extract/export/TextExportReaderFuzzTestInputs/read/}
 * (Jazzer's regression mode); see docs/fuzzing.md for a real fuzzing run.
 */
class TextExportReaderFuzzTest {
    private static final TextExportReader READER = new TextExportReader(ParagraphStatements::of);

    @FuzzTest(maxDuration = "30m")
    void read(byte[] input) {
        Disclosure d = READER.read(input, "fuzz.txt");
        assertNotNull(d);
        assertEquals("fuzz.txt", d.source().file());
        assertEquals(0, d.source().pages());
    }
}
