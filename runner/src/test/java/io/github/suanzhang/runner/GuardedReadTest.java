package io.github.suanzhang.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.suanzhang.core.doc.ProblemKind;
import io.github.suanzhang.extract.ReadException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The memory guard: whatever the reader throws becomes a failed read with its kind, never an exception. */
class GuardedReadTest {
    private static final Path FILE = Path.of("a/b.pdf");

    private static GuardedRead.Read read(RuntimeException runtime, Error error, ReadException read) throws Exception {
        return GuardedRead.readAudit(f -> {
            if (runtime != null) {
                throw runtime;
            }
            if (error != null) {
                throw error;
            }
            throw read;
        }, null, FILE, "b.pdf", "abc", "a/b.pdf", () -> { });
    }

    @Test
    void outOfMemoryIsTooLarge() throws Exception {
        GuardedRead.Read r = read(null, new OutOfMemoryError("Java heap space"), null);
        assertEquals(Status.FAILED, r.failed());
        GuardedRead.Verdict v = GuardedRead.verdict(r.audit(), r.failed());
        assertEquals(ProblemKind.TOO_LARGE.name(), v.reason());
        assertEquals("abc", r.audit().disclosure().source().sha256());
        assertEquals("b.pdf", r.audit().disclosure().source().file());
    }

    @Test
    void aReadExceptionKeepsItsKindAndMessage() throws Exception {
        GuardedRead.Read r = read(null, null, new ReadException(ProblemKind.ENCRYPTED, "需要密码"));
        GuardedRead.Verdict v = GuardedRead.verdict(r.audit(), r.failed());
        assertEquals(new GuardedRead.Verdict(Status.FAILED, "ENCRYPTED", "需要密码"), v);
    }

    @Test
    void anyOtherFailureIsOther() throws Exception {
        GuardedRead.Read r = read(new IllegalStateException("bug"), null, null);
        assertEquals("OTHER", GuardedRead.verdict(r.audit(), r.failed()).reason());
    }

    @Test
    void stackOverflowIsOther() throws Exception {
        GuardedRead.Read r = read(null, new StackOverflowError(), null);
        assertEquals("OTHER", GuardedRead.verdict(r.audit(), r.failed()).reason());
    }
}
