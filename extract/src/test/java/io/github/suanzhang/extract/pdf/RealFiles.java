package io.github.suanzhang.extract.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Locates real PDFs: the shared corpus (may be absent) and the samples bundled in testdata. */
public final class RealFiles {
    private RealFiles() {
    }

    /** ../shared/corpus/real when the build runs next to it, else null. */
    public static Path corpus() {
        String shared = System.getProperty("suanzhang.shared");
        if (shared == null) {
            return null;
        }
        Path p = Path.of(shared, "corpus", "real");
        return Files.isDirectory(p) ? p : null;
    }

    /** A corpus file, or null when the corpus or the file is absent. */
    public static Path corpusFile(String name) {
        Path c = corpus();
        if (c == null) {
            return null;
        }
        Path f = c.resolve(name);
        return Files.isRegularFile(f) ? f : null;
    }

    /** A sample bundled in testdata, copied to a temporary file. */
    public static Path bundled(String name, Path tempDir) {
        String resource = "/io/github/suanzhang/testdata/real/" + name;
        try (InputStream in = RealFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            Path f = tempDir.resolve(name);
            Files.copy(in, f, StandardCopyOption.REPLACE_EXISTING);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
