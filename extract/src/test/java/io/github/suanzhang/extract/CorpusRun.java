package io.github.suanzhang.extract;

import io.github.suanzhang.extract.table.Narrative;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.PageIterator;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Runs {@link PdfDisclosureReader} over every PDF of a folder (the shared corpus) and writes, per file,
 * tables found by kind, pages flagged image-only or unreadable, problems and time, and the time
 * tabula-java's lattice extraction takes over the same pages in the same JVM (for the speed ratio);
 * then a summary per producer. {@code CorpusRun DIR OUT.md}. Used by {@code CorpusRunTest}.
 */
public final class CorpusRun {
    private CorpusRun() {
    }

    /** One file's result. */
    public record FileResult(String file, String producer, int pages, int standardTables, int genericTables,
                             Map<String, Integer> kinds, List<Integer> imagePages, List<Integer> unreadablePages,
                             Map<ProblemKind, Integer> problems, long millis, long tabulaMillis, String failure) {
    }

    public static void main(String[] args) throws Exception {
        List<FileResult> results = run(Path.of(args[0]), true);
        Files.writeString(Path.of(args[1]), report(results), StandardCharsets.UTF_8);
    }

    public static List<FileResult> run(Path dir, boolean withTabula) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".pdf")).sorted().toList();
        }
        // the text pipeline alone: pages without a usable text layer are counted, not read by OCR (docs/ocr.md
        // measures OCR on its own)
        PdfDisclosureReader reader = new PdfDisclosureReader(ExtractOptions.DEFAULTS.withOcr(
                ExtractOptions.Ocr.DEFAULTS.withMode(ExtractOptions.OcrMode.NEVER)), Narrative.CLAIMS);
        List<FileResult> out = new ArrayList<>();
        for (Path f : files) {
            long t0 = System.nanoTime();
            Disclosure d;
            try {
                d = reader.read(f);
            } catch (ReadException e) {
                out.add(new FileResult(f.getFileName().toString(), "", 0, 0, 0, Map.of(), List.of(), List.of(), Map.of(),
                        (System.nanoTime() - t0) / 1_000_000, 0, e.kind() + ": " + e.getMessage()));
                continue;
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long tabula = withTabula ? tabulaLattice(f) : 0;
            Map<String, Integer> kinds = new TreeMap<>();
            int standard = 0;
            int generic = 0;
            for (Table t : d.tables()) {
                if (t.kind() == TableKind.GENERIC) {
                    generic++;
                } else {
                    standard++;
                    kinds.merge(t.kind().name(), 1, Integer::sum);
                }
            }
            Map<ProblemKind, Integer> problems = new TreeMap<>();
            List<Integer> image = new ArrayList<>();
            List<Integer> unreadable = new ArrayList<>();
            for (Problem p : d.problems()) {
                problems.merge(p.kind(), 1, Integer::sum);
                if (p.kind() == ProblemKind.NO_TEXT_LAYER) {
                    image.add(p.place().page());
                } else if (p.kind() == ProblemKind.UNREADABLE_TEXT) {
                    unreadable.add(p.place().page());
                }
            }
            out.add(new FileResult(f.getFileName().toString(), producerFamily(d.source().producer()), d.source().pages(),
                    standard, generic, kinds, image, unreadable, problems, ms, tabula, null));
        }
        return out;
    }

    /** Time (ms) of tabula-java's lattice extraction over every page, opening the file itself. */
    static long tabulaLattice(Path f) {
        long t0 = System.nanoTime();
        try (PDDocument doc = Loader.loadPDF(f.toFile()); ObjectExtractor ex = new ObjectExtractor(doc)) {
            SpreadsheetExtractionAlgorithm sea = new SpreadsheetExtractionAlgorithm();
            PageIterator it = ex.extract();
            while (it.hasNext()) {
                Page p = it.next();
                sea.extract(p);
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    static String producerFamily(String producer) {
        if (producer == null || producer.isBlank()) {
            return "(none)";
        }
        String p = producer.strip();
        for (String k : List.of("Microsoft® Excel", "Microsoft® Word", "Microsoft Excel", "Microsoft Word", "WPS", "Adobe PDF Library",
                "Acrobat Distiller", "ONLYOFFICE", "iText", "PDFium", "Skia", "LibreOffice", "OpenOffice", "ABBYY", "Foxit",
                "macOS", "Mac OS X", "GPL Ghostscript", "pdfTeX", "Qt", "wkhtmltopdf")) {
            if (p.contains(k)) {
                return k;
            }
        }
        return p.length() > 30 ? p.substring(0, 30) : p;
    }

    public static String report(List<FileResult> rs) {
        StringBuilder b = new StringBuilder();
        int pages = rs.stream().mapToInt(FileResult::pages).sum();
        long ms = rs.stream().mapToLong(FileResult::millis).sum();
        long tab = rs.stream().filter(r -> r.tabulaMillis() > 0).mapToLong(FileResult::tabulaMillis).sum();
        long msTab = rs.stream().filter(r -> r.tabulaMillis() > 0).mapToLong(FileResult::millis).sum();
        b.append(String.format("Files: %d, pages: %d, reader time: %.1f s (%.1f pages/s, whole reader: text, grids, typing, "
                + "narrative with claims). tabula-java lattice over the same files (its own load + ObjectExtractor + "
                + "SpreadsheetExtractionAlgorithm per page): %.1f s; reader / tabula time ratio on those files: %.2f.%n%n",
                rs.size(), pages, ms / 1000.0, pages / Math.max(0.001, ms / 1000.0), tab / 1000.0,
                tab == 0 ? 0.0 : (double) msTab / tab));
        b.append("## Per producer\n\n| producer | files | pages | standard tables | generic tables | files with standard tables "
                + "| image-only pages | unreadable pages | TABLE_NOT_UNDERSTOOD | UNREADABLE_FIGURE | other problems | failed | time |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        Map<String, List<FileResult>> by = rs.stream().collect(Collectors.groupingBy(FileResult::producer, TreeMap::new,
                Collectors.toList()));
        for (Map.Entry<String, List<FileResult>> e : by.entrySet()) {
            List<FileResult> l = e.getValue();
            b.append(String.format("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %.1f s |%n", e.getKey(), l.size(),
                    l.stream().mapToInt(FileResult::pages).sum(), l.stream().mapToInt(FileResult::standardTables).sum(),
                    l.stream().mapToInt(FileResult::genericTables).sum(), l.stream().filter(r -> r.standardTables() > 0).count(),
                    l.stream().mapToInt(r -> r.imagePages().size()).sum(), l.stream().mapToInt(r -> r.unreadablePages().size()).sum(),
                    l.stream().mapToInt(r -> r.problems().getOrDefault(ProblemKind.TABLE_NOT_UNDERSTOOD, 0)).sum(),
                    l.stream().mapToInt(r -> r.problems().getOrDefault(ProblemKind.UNREADABLE_FIGURE, 0)).sum(),
                    l.stream().mapToInt(r -> r.problems().entrySet().stream().filter(x -> x.getKey() != ProblemKind.TABLE_NOT_UNDERSTOOD
                            && x.getKey() != ProblemKind.UNREADABLE_FIGURE && x.getKey() != ProblemKind.NO_TEXT_LAYER
                            && x.getKey() != ProblemKind.UNREADABLE_TEXT).mapToInt(Map.Entry::getValue).sum()).sum(),
                    l.stream().filter(r -> r.failure() != null).count(), l.stream().mapToLong(FileResult::millis).sum() / 1000.0));
        }
        b.append("\n## Per file\n\n| file | producer | pages | standard tables by kind | generic | image-only pages "
                + "| unreadable pages | problems | time | tabula lattice |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (FileResult r : rs) {
            b.append(String.format("| %s | %s | %d | %s | %d | %s | %s | %s | %d ms | %s |%n", r.file(), r.producer(), r.pages(),
                    r.failure() != null ? "failed: " + r.failure().replace('|', '/') : r.standardTables() + ": " + r.kinds().entrySet()
                            .stream().map(x -> x.getKey() + (x.getValue() > 1 ? "×" + x.getValue() : "")).collect(Collectors.joining(", ")),
                    r.genericTables(), ranges(r.imagePages()), ranges(r.unreadablePages()),
                    r.problems().entrySet().stream().map(x -> x.getKey() + "×" + x.getValue()).collect(Collectors.joining(", ")),
                    r.millis(), r.tabulaMillis() < 0 ? "failed" : r.tabulaMillis() + " ms"));
        }
        return b.toString();
    }

    private static String ranges(List<Integer> pages) {
        if (pages.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        int start = pages.get(0);
        int prev = start;
        for (int i = 1; i <= pages.size(); i++) {
            int p = i < pages.size() ? pages.get(i) : -1;
            if (p != prev + 1) {
                if (b.length() > 0) {
                    b.append(',');
                }
                b.append(start == prev ? String.valueOf(start) : start + "–" + prev);
                start = p;
            }
            prev = p;
        }
        return b.toString();
    }
}
