package io.github.suanzhang.bench;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.PdfDisclosureReader;
import io.github.suanzhang.extract.table.Narrative;
import io.github.suanzhang.testdata.scan.CellComparison;
import io.github.suanzhang.testdata.scan.ImageOnlyPdf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well OCR reads scans, measured against the text layer: each given PDF page is read from its text layer
 * (the truth), rendered to an image-only PDF at each resolution (grey JPEG, quality 0.75: a scan of our own),
 * read again by OCR, and the table cells compared by position ({@link CellComparison}). Prints one Markdown
 * row per document and resolution: figure cells right, all cells right, seconds per page, and the JVM's
 * peak resident memory (the engine runs as a separate process; its memory is measured outside).
 *
 * <pre>java -cp bench/target/benchmarks.jar io.github.suanzhang.bench.OcrFidelityRun 200,150 FILE:PAGES …</pre>
 * PAGES: {@code 3-5} or {@code 3,7}.
 */
public final class OcrFidelityRun {
    private OcrFidelityRun() {
    }

    public static void main(String[] args) throws Exception {
        List<Float> dpis = new ArrayList<>();
        for (String d : args[0].split(",")) {
            dpis.add(Float.parseFloat(d));
        }
        PdfDisclosureReader text = new PdfDisclosureReader(
                ExtractOptions.DEFAULTS.withOcr(ExtractOptions.Ocr.DEFAULTS.withMode(ExtractOptions.OcrMode.NEVER)),
                Narrative.CLAIMS);
        ExtractOptions.Ocr o = ExtractOptions.Ocr.DEFAULTS;
        if (Boolean.getBoolean("ocr.noDigitPass")) {
            o = o.withDigitLanguages("");
        }
        o = o.withEngine(System.getProperty("ocr.engine", "tesseract"));
        o = o.withDpi(Float.parseFloat(System.getProperty("ocr.dpi", "300")));
        PdfDisclosureReader ocr = new PdfDisclosureReader(ExtractOptions.DEFAULTS.withOcr(o), Narrative.CLAIMS);
        System.out.println("| document | pages | dpi | figure cells | figures right | all cells | all right | s/page |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (int i = 1; i < args.length; i++) {
            int colon = args[i].lastIndexOf(':');
            Path file = Path.of(args[i].substring(0, colon));
            List<Integer> pages = pages(args[i].substring(colon + 1));
            Disclosure truth = text.read(file);
            List<Integer> scanPages = new ArrayList<>();
            for (int k = 1; k <= pages.size(); k++) {
                scanPages.add(k);
            }
            for (float dpi : dpis) {
                Path scan = Files.createTempFile("suanzhang-scan-", ".pdf");
                try {
                    ImageOnlyPdf.write(file, pages, dpi, 0.75f, scan);
                    long t0 = System.nanoTime();
                    Disclosure read = ocr.read(scan);
                    double s = (System.nanoTime() - t0) / 1e9 / pages.size();
                    CellComparison c = CellComparison.of(truth, pages, read, scanPages);
                    System.out.printf(Locale.ROOT, "| %s | %s | %.0f | %d | %d (%.1f%%) | %d | %d (%.1f%%) | %.1f |%n",
                            file.getFileName(), args[i].substring(colon + 1), dpi, c.figures(), c.figuresRight(),
                            100 * c.figureShare(), c.figures() + c.texts(), c.figuresRight() + c.textsRight(),
                            100 * c.cellShare(), s);
                    int shown = Integer.getInteger("ocr.wrong", 8);
                    for (String w : c.wrong().subList(0, Math.min(shown, c.wrong().size()))) {
                        System.err.println("  " + file.getFileName() + " @" + (int) dpi + ": " + w);
                    }
                } finally {
                    Files.deleteIfExists(scan);
                }
            }
        }
        System.out.println();
        System.out.println("JVM peak resident memory: " + peakRss());
    }

    static List<Integer> pages(String spec) {
        List<Integer> out = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] r = part.split("-");
            int a = Integer.parseInt(r[0]);
            int b = r.length > 1 ? Integer.parseInt(r[1]) : a;
            for (int p = a; p <= b; p++) {
                out.add(p);
            }
        }
        return out;
    }

    private static String peakRss() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return l.substring(6).strip();
                }
            }
        } catch (Exception ignored) {
            // not Linux
        }
        return "unknown";
    }
}
