package io.github.suanzhang.reconcile.batch;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.extract.DefaultDisclosureReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Test documents built by editing the seed text export (2023年度 汉阳社会保险管理处 单位决算) and read by the
 * same reader as the CLI: each edit is a plain text replacement, stated in the test.
 */
final class Exports {
    static final String SEED = "io/github/suanzhang/testdata/seed/000_14ea87654821cfd7.txt";

    private Exports() {
    }

    static String seed() {
        try (InputStream in = Exports.class.getClassLoader().getResourceAsStream(SEED)) {
            return new String(Objects.requireNonNull(in, SEED).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} with each pair (old, new) replaced everywhere; fails when an old text is not there. */
    static String edit(String text, String... pairs) {
        String s = text;
        for (int i = 0; i < pairs.length; i += 2) {
            if (!s.contains(pairs[i])) {
                throw new AssertionError("not in the export: " + pairs[i]);
            }
            s = s.replace(pairs[i], pairs[i + 1]);
        }
        return s;
    }

    /** Reads {@code text} as the text export {@code name}, written into {@code dir}. */
    static Disclosure read(Path dir, String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return new DefaultDisclosureReader().read(p);
        } catch (IOException | RuntimeException e) {
            throw new AssertionError(e);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static DocumentIndex index(Path dir, String name, String text) {
        return DocumentIndex.of(read(dir, name, text));
    }
}
