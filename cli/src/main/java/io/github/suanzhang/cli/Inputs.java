package io.github.suanzhang.cli;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects the input files of a run. A file named on the command line is taken whatever its name; a
 * folder is searched recursively (following links, with link loops detected and skipped) for
 * {@code .pdf}, {@code .txt} and {@code .md} files, in name order.
 */
public final class Inputs {
    private static final Logger LOG = LoggerFactory.getLogger(Inputs.class);
    /** The extensions taken from folders (case-insensitive). */
    public static final List<String> EXTENSIONS = List.of(".pdf", ".txt", ".md");

    private Inputs() {
    }

    /** @throws NoSuchFileException when an INPUT does not exist */
    public static List<Input> collect(List<Path> roots) throws IOException {
        List<Input> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new NoSuchFileException(root.toString(), null, "no such file or folder");
            }
            if (!Files.isDirectory(root)) {
                add(out, names, seen, root, slashes(root.toString()),
                        root.getFileName() == null ? root.toString() : root.getFileName().toString());
                continue;
            }
            List<Path> files = new ArrayList<>();
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!attrs.isDirectory() && accepted(file)) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof FileSystemLoopException) {
                                LOG.warn("{}: a link loop (it leads back to a folder above); not followed", file);
                            } else if (accepted(file)) {
                                files.add(file); // reading it will fail and say why: nothing is dropped
                            } else {
                                LOG.warn("{}: cannot be searched: {}", file, e.toString());
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
            files.sort(null);
            for (Path f : files) {
                String rel = slashes(root.relativize(f).toString());
                add(out, names, seen, f, slashes(root.resolve(rel).toString()), rel);
            }
        }
        return out;
    }

    private static void add(List<Input> out, Set<String> names, Set<String> seen, Path file, String display,
                            String relative) {
        if (!seen.add(display)) {
            return; // the same path given twice
        }
        String name = OutputNames.of(relative, display);
        for (int i = 2; !names.add(name); i++) { // a hash collision: practically never, but never silently
            name = OutputNames.of(relative, display) + "-" + i;
        }
        out.add(new Input(file, display, relative, name));
    }

    static boolean accepted(Path file) {
        Path n = file.getFileName();
        if (n == null) {
            return false;
        }
        String s = n.toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(s::endsWith);
    }

    private static String slashes(String p) {
        return p.replace('\\', '/');
    }
}
