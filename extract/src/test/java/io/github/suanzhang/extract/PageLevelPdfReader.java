package io.github.suanzhang.extract;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentInfo;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Source;
import io.github.suanzhang.extract.layout.PageClassifier;
import io.github.suanzhang.extract.layout.PageKind;
import io.github.suanzhang.extract.layout.PageScan;
import io.github.suanzhang.extract.layout.PdfInput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A PDF reader for tests of the seam while {@code PdfDisclosureReader} (branch {@code typing}) is not in
 * main: everything {@link PdfInput} and {@link PageClassifier} can say about a file (damage, pages over
 * the size limit, pages without text layer or with unreadable text) as a {@link Disclosure} without
 * tables, or a {@link ReadException} when the file cannot be opened. Replace it with the real reader
 * once that is merged.
 */
final class PageLevelPdfReader implements DisclosureReader {
    private final ExtractOptions options = ExtractOptions.DEFAULTS;

    @Override
    public Disclosure read(Path file) throws ReadException {
        try (PdfInput in = PdfInput.open(file, options)) {
            List<Problem> problems = new ArrayList<>();
            List<PageScan> scans = in.scanAll(e -> problems.add(e.toProblem()));
            if (Thread.currentThread().isInterrupted()) {
                throw new ReadException(ProblemKind.TIMEOUT, "读取被中断: " + file.getFileName());
            }
            for (PageScan scan : scans) {
                PageClassifier.Verdict v = PageClassifier.classify(scan, options.pageKinds());
                if (v.kind() == PageKind.NO_TEXT_LAYER || v.kind() == PageKind.UNREADABLE_TEXT) {
                    problems.add(new Problem(v.kind() == PageKind.NO_TEXT_LAYER ? ProblemKind.NO_TEXT_LAYER
                            : ProblemKind.UNREADABLE_TEXT, v.reason(), Place.onPage(scan.pageNumber(), null)));
                }
            }
            Source source = new Source(file.toString(), in.info().sha256(), in.pageCount(), "pdf", in.info().producer());
            return new Disclosure(source, DocumentInfo.unknown(), List.of(), List.of(), problems);
        } catch (ExtractionException e) {
            throw new ReadException(e.kind(), e.getMessage(), e);
        }
    }
}
