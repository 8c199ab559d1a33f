package io.github.suanzhang.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Problem;
import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.testdata.bad.BadInputs;
import io.github.suanzhang.testdata.bad.BadInputs.Kind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every {@link BadInputs} kind through the seam a batch uses ({@link DefaultDisclosureReader}: the
 * format sniffer, the real text-export reader, and for PDFs {@link PageLevelPdfReader} until the
 * table-reading PDF reader is in main). Each ends, within {@link #BOUND}, in a {@link Disclosure} whose
 * problems name the kind's {@link Kind#problem()} or in a {@link ReadException} of that kind; the
 * inputs that must read normally give a Disclosure without problems. No thread is left running.
 */
class DefaultDisclosureReaderHostileTest {
    /** A hang guard, far above an honest reading (the 2,000-page file takes about 10 s here). */
    static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir
    static Path dir;

    static Map<Kind, Path> files;
    static Set<Thread> before;

    final DisclosureReader reader = new DefaultDisclosureReader(new PageLevelPdfReader(),
            DefaultDisclosureReader.textExports());

    @BeforeAll
    static void generate() throws IOException {
        files = BadInputs.writeAll(dir); // draws images with Java2D, which starts its one "Java2D Disposer" daemon
        before = Thread.getAllStackTraces().keySet();
    }

    /** What reading gave: a disclosure or the exception. */
    record Outcome(Disclosure disclosure, ReadException failure) {
        List<ProblemKind> kinds() {
            return disclosure == null ? List.of(failure.kind())
                    : disclosure.problems().stream().map(Problem::kind).toList();
        }

        @Override
        public String toString() {
            return disclosure == null ? "ReadException " + failure.kind() + ": " + failure.getMessage()
                    : "Disclosure with problems " + disclosure.problems();
        }
    }

    Outcome read(Path file) {
        return assertTimeoutPreemptively(BOUND, () -> {
            try {
                return new Outcome(reader.read(file), null);
            } catch (ReadException e) {
                assertFalse(e.getMessage().isBlank(), "a reason a person understands");
                return new Outcome(null, e);
            }
        });
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, mode = EnumSource.Mode.EXCLUDE, names = {"SYMLINK_LOOP", "GB18030_EXPORT"})
    void eachInputEndsWithItsProblemOrReadsCleanly(Kind kind) {
        Outcome o = read(files.get(kind));
        if (kind.problem() == null) {
            assertEquals(null, o.failure(), () -> kind + ": " + o);
            // a wrong startxref is repaired, and said so (BadInputs: "welcome, not required")
            assertEquals(kind == Kind.WRONG_STARTXREF ? List.of(ProblemKind.DAMAGED_PDF) : List.of(), o.kinds(),
                    () -> kind + ": " + o);
            assertEquals(kind == Kind.MANY_PAGES ? BadInputs.MANY_PAGES : 1, o.disclosure().source().pages());
        } else {
            assertTrue(o.kinds().contains(kind.problem()), () -> kind + " should give " + kind.problem() + ", gave " + o);
        }
    }

    /** Which inputs fail outright and which give what they could read: pinned, so a change is seen. */
    @Test
    void whatFailsAndWhatIsPartlyRead() {
        Set<Kind> failing = Set.of(Kind.EMPTY, Kind.HTML_AS_PDF, Kind.TRUNCATED_10, Kind.RANDOM_AFTER_HEADER,
                Kind.USER_PASSWORD);
        for (Kind kind : Set.of(Kind.EMPTY, Kind.HTML_AS_PDF, Kind.TRUNCATED_10, Kind.TRUNCATED_50, Kind.TRUNCATED_90,
                Kind.RANDOM_AFTER_HEADER, Kind.USER_PASSWORD, Kind.CYCLIC_PAGE_TREE, Kind.INFLATE_BOMB, Kind.IMAGE_ONLY)) {
            Outcome o = read(files.get(kind));
            assertEquals(failing.contains(kind), o.failure() != null, () -> kind + ": " + o);
        }
        // the bomb: read, its one page refused by size, naming the page
        Disclosure bomb = read(files.get(Kind.INFLATE_BOMB)).disclosure();
        assertEquals(List.of(ProblemKind.TOO_LARGE), bomb.problems().stream().map(Problem::kind).toList());
        assertEquals(1, bomb.problems().get(0).place().page());
        // the cyclic page tree: the pages it could reach, and the page the cycle stands for as DAMAGED_PDF
        Disclosure cyclic = read(files.get(Kind.CYCLIC_PAGE_TREE)).disclosure();
        assertTrue(cyclic.problems().stream().anyMatch(p -> p.kind() == ProblemKind.DAMAGED_PDF && p.place().page() > 0),
                cyclic.problems()::toString);
        // image-only: one NO_TEXT_LAYER per page
        assertEquals(BadInputs.IMAGE_PAGES, read(files.get(Kind.IMAGE_ONLY)).kinds().stream()
                .filter(k -> k == ProblemKind.NO_TEXT_LAYER).count());
    }

    /** GB18030 reads exactly as the same text in UTF-8 does (the real text-export reader). */
    @Test
    void gb18030ReadsAsUtf8Does() throws IOException {
        Disclosure gb = read(files.get(Kind.GB18030_EXPORT)).disclosure();
        Disclosure utf8 = read(BadInputs.writeUtf8Export(dir, "seed-excerpt-utf8.txt")).disclosure();
        assertEquals(List.of(), gb.problems().stream().filter(p -> p.kind() == ProblemKind.UNKNOWN_ENCODING).toList());
        assertFalse(gb.tables().isEmpty() && gb.statements().isEmpty(), "something was read");
        assertEquals(utf8.tables(), gb.tables());
        assertEquals(utf8.statements(), gb.statements());
        assertEquals(utf8.problems(), gb.problems());
    }

    /** A folder (here the symlink loop) is not a reader's input: refused with a reason, not followed. */
    @Test
    void aFolderIsRefused() {
        Outcome o = read(files.get(Kind.SYMLINK_LOOP));
        assertEquals(ProblemKind.OTHER, o.failure().kind(), o::toString);
        // the PDF inside it reads normally
        Outcome inside = read(files.get(Kind.SYMLINK_LOOP).resolve("a/report.pdf"));
        assertEquals(List.of(), inside.kinds(), inside::toString);
    }

    /** After all of the above: no thread started by reading is still alive (a short grace for the timeout threads to end). */
    @AfterAll
    static void noThreadIsLeftRunning() throws InterruptedException {
        Set<Thread> left = Set.of();
        for (int i = 0; i < 50; i++) {
            left = Thread.getAllStackTraces().keySet().stream().filter(t -> !before.contains(t) && t.isAlive())
                    .collect(Collectors.toSet());
            if (left.isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
        Set<String> names = left.stream().map(Thread::getName).collect(Collectors.toSet());
        assertEquals(Set.of(), names, "threads left running");
    }
}
