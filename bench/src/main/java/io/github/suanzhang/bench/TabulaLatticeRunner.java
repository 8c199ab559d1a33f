package io.github.suanzhang.bench;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.Table;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;
import technology.tabula.writers.CSVWriter;
import technology.tabula.writers.JSONWriter;

/**
 * The tabula-java side of {@code bench/corpus-bench.sh}: tabula-java 1.0.5's lattice extraction
 * ({@link ObjectExtractor} + {@link SpreadsheetExtractionAlgorithm}) of every page of each PDF named,
 * through its API, with every table written as JSON and as CSV into a sink that only counts characters
 * (the {@code /dev/null} of the comparison). A page tabula fails on is counted and skipped, as a batch
 * user would have it.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.github.suanzhang.bench.TabulaLatticeRunner FILE...</pre>
 *
 * Prints one line per file to standard output: {@code file pages tables cells chars failedPages millis}.
 * Exit code 0, or 3 when a file could not be opened at all.
 */
public final class TabulaLatticeRunner {
    private TabulaLatticeRunner() {
    }

    /** What one file gave. */
    public record Result(int pages, int tables, long cells, long chars, int failedPages) {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: TabulaLatticeRunner FILE...");
            System.exit(2);
        }
        int exit = 0;
        for (String a : args) {
            long t0 = System.nanoTime();
            try {
                Result r = run(new File(a));
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.out.println(a + "\t" + r.pages() + "\t" + r.tables() + "\t" + r.cells() + "\t" + r.chars()
                        + "\t" + r.failedPages() + "\t" + ms);
            } catch (IOException | RuntimeException e) {
                System.err.println(a + ": " + e);
                exit = 3;
            }
        }
        System.exit(exit);
    }

    /** Extracts every page of {@code file} with the lattice algorithm and writes the tables to a counting sink. */
    public static Result run(File file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file)) {
            ObjectExtractor extractor = new ObjectExtractor(doc);
            SpreadsheetExtractionAlgorithm lattice = new SpreadsheetExtractionAlgorithm();
            CountingWriter sink = new CountingWriter();
            int pages = doc.getNumberOfPages();
            int tables = 0;
            int failed = 0;
            long cells = 0;
            for (int p = 1; p <= pages; p++) {
                List<Table> found;
                try {
                    Page page = extractor.extract(p);
                    found = new ArrayList<>(lattice.extract(page));
                } catch (RuntimeException | StackOverflowError e) {
                    failed++;
                    continue;
                }
                if (found.isEmpty()) {
                    continue;
                }
                tables += found.size();
                for (Table t : found) {
                    cells += (long) t.getRowCount() * t.getColCount();
                }
                new JSONWriter().write(sink, found);
                new CSVWriter().write(sink, found);
            }
            return new Result(pages, tables, cells, sink.count, failed);
        }
    }

    /** A {@link Writer} that keeps nothing and counts what it was given. */
    static final class CountingWriter extends Writer {
        long count;

        @Override
        public void write(char[] cbuf, int off, int len) {
            count += len;
        }

        @Override
        public void write(String str, int off, int len) {
            count += len;
        }

        @Override
        public Writer append(CharSequence csq) {
            count += csq == null ? 4 : csq.length();
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
