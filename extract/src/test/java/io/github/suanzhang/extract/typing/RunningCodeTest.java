package io.github.suanzhang.extract.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.suanzhang.core.code.SubjectCode;
import org.junit.jupiter.api.Test;

/** The running 类 and 款 that complete codes printed without them. */
class RunningCodeTest {
    @Test
    void aCodeSetsItsClassAndSection() {
        RunningCode r = new RunningCode();
        assertNull(r.classCode());
        r.saw(SubjectCode.functional("2080501"));
        assertEquals("208", r.classCode());
        assertEquals("20805", r.sectionCode());
    }

    @Test
    void aClassClearsTheSection() {
        RunningCode r = new RunningCode();
        r.saw(SubjectCode.functional("20805"));
        r.saw(SubjectCode.functional("210"));
        assertEquals("210", r.classCode());
        assertNull(r.sectionCode());
    }
}
