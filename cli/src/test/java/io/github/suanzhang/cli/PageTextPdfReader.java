package io.github.suanzhang.cli;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentInfo;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Source;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.extract.DisclosureReader;
import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.ExtractionException;
import io.github.suanzhang.extract.ReadException;
import io.github.suanzhang.extract.pdf.PageClassifier;
import io.github.suanzhang.extract.pdf.PageKind;
import io.github.suanzhang.extract.pdf.PageScan;
import io.github.suanzhang.extract.pdf.PdfInput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The PDF side of the batch test while {@code PdfDisclosureReader} (branch {@code typing}) is not in main:
 * the real {@link PdfInput} and {@link PageClassifier}, each readable page's text as one statement, and
 * every problem they report (damage, a page over the size limit, no text layer, unreadable text); no
 * tables. A file that cannot be opened ends in a {@link ReadException} of the same kind. Replace it with
 * the real reader once that is merged.
 */
final class PageTextPdfReader implements DisclosureReader {
    private final ExtractOptions options = ExtractOptions.DEFAULTS;

    @Override
    public Disclosure read(Path file) throws ReadException {
        try (PdfInput in = PdfInput.open(file, options)) {
            List<Problem> problems = new ArrayList<>();
            List<Statement> statements = new ArrayList<>();
            List<PageScan> scans = in.scanAll(e -> problems.add(e.toProblem()));
            if (Thread.currentThread().isInterrupted()) {
                throw new ReadException(ProblemKind.TIMEOUT, "读取被中断: " + file.getFileName());
            }
            for (PageScan scan : scans) {
                PageClassifier.Verdict v = PageClassifier.classify(scan, options.pageKinds());
                Place place = Place.onPage(scan.pageNumber(), null);
                if (v.kind() == PageKind.NO_TEXT_LAYER) {
                    problems.add(new Problem(ProblemKind.NO_TEXT_LAYER, v.reason(), place));
                } else if (v.kind() == PageKind.UNREADABLE_TEXT) {
                    problems.add(new Problem(ProblemKind.UNREADABLE_TEXT, v.reason(), place));
                } else if (!scan.rawText().isBlank()) {
                    statements.add(new Statement(scan.rawText(), null, place, List.of()));
                }
            }
            Source source = new Source(file.getFileName().toString(), in.info().sha256(), in.pageCount(), "pdf",
                    in.info().producer());
            return new Disclosure(source, DocumentInfo.unknown(), List.of(), statements, problems);
        } catch (ExtractionException e) {
            throw new ReadException(e.kind(), e.getMessage(), e);
        }
    }
}
