package io.github.suanzhang.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.ExtractionException;
import io.github.suanzhang.testdata.bad.BadInputs;
import io.github.suanzhang.testdata.bad.BadInputs.Kind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every hostile PDF of {@link BadInputs} fed to {@link PdfInput}: opening and scanning every page ends,
 * within a bound, either with an {@link ExtractionException} of the kind the input calls for, or with
 * pages whose failures and verdicts name that kind; inputs that must read normally give text pages and
 * no failure. The bound is a hang guard ({@code assertTimeoutPreemptively}), not a speed measurement.
 */
class HostilePdfInputTest {

    /** Far above any honest reading of these small files; a hang or an unbounded inflate exceeds it. */
    static final Duration BOUND = Duration.ofSeconds(90);

    @TempDir
    static Path dir;

    static Map<Kind, Path> files;

    @BeforeAll
    static void generate() throws IOException {
        files = new java.util.EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            if (kind != Kind.GB18030_EXPORT && kind != Kind.SYMLINK_LOOP) {
                files.put(kind, BadInputs.write(kind, dir));
            }
        }
    }

    /**
     * What reading one file gave: the open failure, or the document-level problems (page 0), the per-page
     * failures and the page kinds.
     */
    record Outcome(ProblemKind openFailure, String message, List<ProblemKind> documentProblems,
                   List<ProblemKind> pageFailures, List<PageKind> pageKinds) {
        @Override
        public String toString() {
            return openFailure != null ? openFailure + " (" + message + ")"
                    : "opened; document problems " + documentProblems + "; page failures " + pageFailures + "; page kinds "
                            + pageKinds.stream().distinct().toList() + " over " + pageKinds.size() + " pages";
        }

        boolean names(ProblemKind kind) {
            return kind == openFailure || documentProblems.contains(kind) || pageFailures.contains(kind)
                    || (kind == ProblemKind.NO_TEXT_LAYER && !pageKinds.isEmpty() && pageKinds.stream().allMatch(k -> k == PageKind.NO_TEXT_LAYER))
                    || (kind == ProblemKind.UNREADABLE_TEXT && !pageKinds.isEmpty() && pageKinds.stream().allMatch(k -> k == PageKind.UNREADABLE_TEXT));
        }
    }

    static Outcome read(Path file) {
        try (PdfInput in = PdfInput.open(file, ExtractOptions.DEFAULTS)) {
            List<ProblemKind> document = new ArrayList<>();
            List<ProblemKind> failures = new ArrayList<>();
            List<PageKind> kinds = new ArrayList<>();
            for (PageScan scan : in.scanAll(e -> (e.page() == 0 ? document : failures).add(e.kind()))) {
                kinds.add(PageClassifier.classify(scan, ExtractOptions.DEFAULTS.pageKinds()).kind());
            }
            return new Outcome(null, null, document, failures, kinds);
        } catch (ExtractionException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "a reason a person understands");
            return new Outcome(e.kind(), e.getMessage(), List.of(), List.of(), List.of());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"EMPTY", "HTML_AS_PDF", "TRUNCATED_10", "TRUNCATED_50", "TRUNCATED_90",
        "RANDOM_AFTER_HEADER", "USER_PASSWORD", "IMAGE_ONLY", "GARBLED_PUA", "GARBLED_NO_TOUNICODE", "CYCLIC_PAGE_TREE",
        "INFLATE_BOMB"})
    void aBrokenPdfNamesItsProblem(Kind kind) {
        Outcome outcome = assertTimeoutPreemptively(BOUND, () -> read(files.get(kind)));
        assertTrue(outcome.names(kind.problem()), kind + " should give " + kind.problem() + ", gave " + outcome);
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"WRONG_STARTXREF", "OWNER_PASSWORD_ONLY", "MANY_PAGES"})
    void aRepairableOrLargePdfReadsNormally(Kind kind) {
        Outcome outcome = assertTimeoutPreemptively(BOUND, () -> read(files.get(kind)));
        assertEquals(null, outcome.openFailure(), () -> kind + ": " + outcome);
        assertEquals(List.of(), outcome.pageFailures(), kind.toString());
        // the wrong startxref is repaired by PDFBox and said so (BadInputs: "welcome, not required"); the others are intact
        assertEquals(kind == Kind.WRONG_STARTXREF ? List.of(ProblemKind.DAMAGED_PDF) : List.of(), outcome.documentProblems(),
                kind.toString());
        assertTrue(outcome.pageKinds().stream().allMatch(k -> k == PageKind.TEXT_OK), () -> kind + ": " + outcome);
        assertEquals(kind == Kind.MANY_PAGES ? BadInputs.MANY_PAGES : 1, outcome.pageKinds().size());
    }

    /** A file cut at 90% still has its page: the reader gives the page's text AND says the file is damaged. */
    @org.junit.jupiter.api.Test
    void truncatedAt90GivesItsPageAndTheProblem() {
        Outcome outcome = assertTimeoutPreemptively(BOUND, () -> read(files.get(Kind.TRUNCATED_90)));
        assertEquals(List.of(ProblemKind.DAMAGED_PDF), outcome.documentProblems(), outcome::toString);
        assertEquals(List.of(PageKind.TEXT_OK), outcome.pageKinds(), outcome::toString);
    }

    /** The bomb's page is refused by size, naming the page, and nothing else of it is read. */
    @org.junit.jupiter.api.Test
    void theInflateBombIsRefusedOnItsPage() throws ExtractionException {
        List<ExtractionException> failures = new ArrayList<>();
        List<PageScan> scans = assertTimeoutPreemptively(BOUND, () -> {
            try (PdfInput in = PdfInput.open(files.get(Kind.INFLATE_BOMB), ExtractOptions.DEFAULTS)) {
                return in.scanAll(failures::add);
            }
        });
        assertEquals(List.of(), scans);
        assertEquals(1, failures.size(), failures::toString);
        assertEquals(ProblemKind.TOO_LARGE, failures.get(0).kind());
        assertEquals(1, failures.get(0).page());
        assertTrue(failures.get(0).getMessage().contains("64 MiB"), failures.get(0).getMessage());
    }

    /** Above the bomb's 300 MiB the cap lets it through: the cap is what refuses it, not something else. */
    @org.junit.jupiter.api.Test
    void theCapIsTheOption() {
        ExtractOptions roomy = ExtractOptions.DEFAULTS.withLoading(
                ExtractOptions.DEFAULTS.loading().withMaxPageContentBytes(BadInputs.BOMB_INFLATED_BYTES + (1L << 20)));
        List<ExtractionException> failures = new ArrayList<>();
        assertTimeoutPreemptively(BOUND, () -> {
            try (PdfInput in = PdfInput.open(files.get(Kind.INFLATE_BOMB), roomy)) {
                return in.scanAll(failures::add);
            }
        });
        assertTrue(failures.stream().noneMatch(e -> e.kind() == ProblemKind.TOO_LARGE), failures::toString);
    }

    @org.junit.jupiter.api.Test
    void htmlIsCalledHtml() {
        Outcome outcome = read(files.get(Kind.HTML_AS_PDF));
        assertTrue(outcome.message().contains("HTML"), outcome.message());
    }
}
