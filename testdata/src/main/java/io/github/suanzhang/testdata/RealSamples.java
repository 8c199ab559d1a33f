package io.github.suanzhang.testdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real published disclosure PDFs bundled on the classpath under
 * {@code io/github/suanzhang/testdata/real/}, with one provenance row each in {@code SOURCES.tsv}
 * there (file, source_repo, source_path, source_commit, sha256, bytes).
 */
public final class RealSamples {

    /** Classpath folder of the samples, without a leading slash. */
    public static final String RESOURCE_DIR = "io/github/suanzhang/testdata/real/";

    private static final Map<String, Path> EXTRACTED = new ConcurrentHashMap<>();

    private RealSamples() {
    }

    /** File names of the bundled samples, in the order of {@code SOURCES.tsv}. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (String[] row : sources()) {
            names.add(row[0]);
        }
        return List.copyOf(names);
    }

    /**
     * Rows of {@code SOURCES.tsv} without the header, each split on tabs into
     * file, source_repo, source_path, source_commit, sha256, bytes.
     */
    public static List<String[]> sources() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = open("SOURCES.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Opens a bundled sample; the caller closes the stream. */
    public static InputStream open(String fileName) {
        InputStream in = RealSamples.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + fileName);
        if (in == null) {
            throw new IllegalArgumentException("no bundled sample " + fileName + " under " + RESOURCE_DIR);
        }
        return in;
    }

    /**
     * A file-system path to a bundled sample: the resource itself when it is a plain file, otherwise
     * (samples inside a jar) a temporary copy made once per JVM and deleted on exit.
     */
    public static Path path(String fileName) {
        URL url = RealSamples.class.getClassLoader().getResource(RESOURCE_DIR + fileName);
        if (url == null) {
            throw new IllegalArgumentException("no bundled sample " + fileName + " under " + RESOURCE_DIR);
        }
        if ("file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException("bad resource URL " + url, e);
            }
        }
        return EXTRACTED.computeIfAbsent(fileName, RealSamples::copyToTemp);
    }

    private static Path copyToTemp(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String suffix = dot < 0 ? ".tmp" : fileName.substring(dot);
        try (InputStream in = open(fileName)) {
            Path tmp = Files.createTempFile("suanzhang-sample-", suffix);
            tmp.toFile().deleteOnExit();
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
