package io.github.suanzhang.extract.layout;

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

    /**
     * The folder of real corpus PDFs, or null when there is none: the system property
     * {@code suanzhang.corpus} or the environment variable {@code SUANZHANG_CORPUS} when set (any folder
     * of the corpus's file names), else {@code shared/corpus/real} beside the project's folder, where the
     * development machines and CI keep it. A user's fresh clone has none and the tests needing it skip.
     */
    public static Path corpus() {
        String explicit = System.getProperty("suanzhang.corpus", System.getenv("SUANZHANG_CORPUS"));
        Path p;
        if (explicit != null && !explicit.isBlank()) {
            p = Path.of(explicit);
        } else {
            String root = System.getProperty("suanzhang.projectRoot");
            if (root == null) {
                return null;
            }
            Path parent = Path.of(root).toAbsolutePath().normalize().getParent();
            if (parent == null) {
                return null;
            }
            p = parent.resolve("shared").resolve("corpus").resolve("real");
        }
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
