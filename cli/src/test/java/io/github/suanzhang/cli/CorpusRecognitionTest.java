package io.github.suanzhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.suanzhang.core.doc.Audit;
import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.DocumentInfo;
import io.github.suanzhang.core.doc.DocumentKind;
import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.extract.DefaultDisclosureReader;
import io.github.suanzhang.extract.ExtractOptions;
import io.github.suanzhang.extract.ReadException;
import io.github.suanzhang.reconcile.Reconciler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Over every file of the shared corpora ({@code real/} and {@code fresh/}, skipped when absent): no rule
 * fails on any of them (a failing rule is recorded as a {@link ProblemKind#RULE_FAILED} problem), and on
 * {@code fresh/} the recognition matches the truth read off the rendered covers
 * ({@code docs/corpus/fresh-recognition-truth.tsv}): every disclosure with a text layer recognised with
 * kind, type, scope and year, every file that is not a disclosure labelled as such with no finding.
 *
 * <p>Exceptions (listed in the truth file's note column): the 15 files without a text layer (12 notices,
 * reports and forms, the 北京 附件1 情况说明 and two performance-evaluation results, all scanned images) cannot
 * be recognised from their content and are expected as {@link DocumentKind#UNKNOWN}.
 *
 * <p>The corpus: {@code -Dsuanzhang.corpus=…/corpus/real} (fresh/ beside it) or {@code SUANZHANG_CORPUS}, else
 * {@code shared/corpus} beside the project.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusRecognitionTest {

    private final Map<Path, Audit> audits = new LinkedHashMap<>();
    private Path real;
    private Path fresh;

    private static Path corpusRoot() {
        String explicit = System.getProperty("suanzhang.corpus", System.getenv("SUANZHANG_CORPUS"));
        if (explicit != null && !explicit.isBlank()) {
            Path p = Path.of(explicit).toAbsolutePath().normalize();
            return p.getParent();
        }
        String root = System.getProperty("suanzhang.projectRoot");
        if (root == null || Path.of(root).toAbsolutePath().normalize().getParent() == null) {
            return null;
        }
        return Path.of(root).toAbsolutePath().normalize().getParent().resolve("shared").resolve("corpus");
    }

    @BeforeAll
    void readAll() throws IOException {
        Path root = corpusRoot();
        if (root == null) {
            return;
        }
        real = Files.isDirectory(root.resolve("real")) ? root.resolve("real") : null;
        fresh = Files.isDirectory(root.resolve("fresh")) ? root.resolve("fresh") : null;
        // text layers only: the scanned files' pages are counted (NO_TEXT_LAYER), as the truth file expects (their
        // OCR is measured in docs/ocr.md; here it would add minutes per scan)
        var reader = new DefaultDisclosureReader().withOcr(
                ExtractOptions.Ocr.DEFAULTS.withMode(ExtractOptions.OcrMode.NEVER));
        Reconciler reconciler = new Reconciler();
        for (Path dir : new Path[] {real, fresh}) {
            if (dir == null) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> p.toString().toLowerCase().endsWith(".pdf") || p.toString().endsWith(".txt"))
                        .sorted().toList();
            }
            for (Path f : files) {
                try {
                    Disclosure d = reader.read(f);
                    audits.put(f, reconciler.audit(d));
                } catch (ReadException e) {
                    // not readable at all: nothing for a rule to check
                }
            }
        }
    }

    @Test
    void noRuleFailsOnAnyCorpusFile() {
        assumeTrue(!audits.isEmpty(), "no shared corpus");
        List<String> failures = new ArrayList<>();
        audits.forEach((f, a) -> a.disclosure().problems().stream()
                .filter(p -> p.kind() == ProblemKind.RULE_FAILED)
                .forEach(p -> failures.add(f.getFileName() + ": " + p.message())));
        assertEquals(List.of(), failures);
        assertTrue(audits.size() >= 200, "read " + audits.size() + " files of real/ and fresh/");
    }

    @Test
    void freshRecognisedAsItsCoversSay() throws IOException {
        assumeTrue(fresh != null, "no fresh corpus");
        Path truthFile = Path.of(System.getProperty("suanzhang.projectRoot", "."))
                .resolve("docs/corpus/fresh-recognition-truth.tsv");
        assumeTrue(Files.isRegularFile(truthFile), "no truth file");
        List<String> wrong = new ArrayList<>();
        int disclosures = 0;
        int notDisclosures = 0;
        List<String> rows = Files.readAllLines(truthFile, StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split("\t", -1);
            Path f = fresh.resolve(c[0]);
            Audit a = audits.get(f);
            if (a == null) {
                wrong.add(c[0] + ": not read");
                continue;
            }
            DocumentInfo info = a.disclosure().document();
            boolean scanned = c[7].contains("no text layer");
            String kind = info.kind().label();
            if (scanned) {
                if (info.kind() != DocumentKind.UNKNOWN) {
                    wrong.add(c[0] + ": scanned, yet recognised as " + kind);
                }
                continue;
            }
            if (!kind.equals(c[1])) {
                wrong.add(c[0] + ": kind " + kind + ", cover says " + c[1]);
                continue;
            }
            if (info.kind() == DocumentKind.NOT_A_DISCLOSURE) {
                notDisclosures++;
                if (!a.findings().isEmpty()) {
                    wrong.add(c[0] + ": not a disclosure, yet " + a.findings().size() + " findings");
                }
                if (info.title() != null && info.title().length() > 60) {
                    wrong.add(c[0] + ": title of " + info.title().length() + " characters");
                }
                continue;
            }
            disclosures++;
            String type = info.type() == DocumentType.BUDGET ? "预算" : info.type() == DocumentType.FINAL_ACCOUNTS ? "决算" : "";
            String scope = info.scope() == Scope.DEPARTMENT ? "部门" : info.scope() == Scope.UNIT ? "单位"
                    : info.scope() == Scope.GOVERNMENT ? "政府" : "";
            String got = type + "|" + scope + "|" + info.year();
            String want = c[3] + "|" + c[4] + "|" + c[5];
            if (!got.equals(want)) {
                wrong.add(c[0] + ": " + got + ", cover says " + want);
            }
        }
        assertEquals(List.of(), wrong);
        // the truth file's own counts (61 disclosures and parts, 21 non-disclosures with a text layer, 16 scans)
        long truthNot = rows.subList(1, rows.size()).stream().map(r -> r.split("\t", -1))
                .filter(c -> c[1].equals("not-a-disclosure") && !c[7].contains("no text layer")).count();
        assertEquals(61, disclosures, "text-layer disclosures and parts in fresh/");
        assertEquals(truthNot, notDisclosures, "text-layer files that are not disclosures in fresh/");
    }
}
