package io.github.suanzhang.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.suanzhang.extract.layout.RealFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader over the whole real corpus (skipped where there is none, see {@link io.github.suanzhang.extract.layout.RealFiles#corpus()}): every file is read or
 * fails with a typed reason, never with an exception escaping; writes {@code target/corpus-results.md}
 * (the figures in docs/corpus-results.md come from it).
 */
class CorpusRunTest {
    @Test
    void everyCorpusFileIsReadOrFailsWithAReason() throws Exception {
        Path corpus = RealFiles.corpus();
        assumeTrue(corpus != null, "no shared corpus");
        List<CorpusRun.FileResult> rs = CorpusRun.run(corpus, false);
        Files.writeString(Path.of("target", "corpus-results.md"), CorpusRun.report(rs), StandardCharsets.UTF_8);
        assertTrue(rs.size() > 0);
        for (CorpusRun.FileResult r : rs) {
            assertTrue(r.failure() != null || r.pages() > 0, r.file());
        }
    }
}
