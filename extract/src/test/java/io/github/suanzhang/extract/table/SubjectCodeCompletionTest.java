package io.github.suanzhang.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.code.Scheme;
import io.github.suanzhang.core.code.SubjectCode;
import io.github.suanzhang.extract.typing.RunningCode;
import org.junit.jupiter.api.Test;

/** Codes from split 类/款/项 columns, completed from the lines above. */
class SubjectCodeCompletionTest {
    @Test
    void classAndSectionLeftOutAreCompletedFromAbove() {
        RunningCode running = new RunningCode();
        var r1 = SubjectCodes.assemble(new String[] {"208", "05", null}, null, running);
        assertEquals("20805", r1.code().digits());
        var r2 = SubjectCodes.assemble(new String[] {null, null, "01"}, null, running);
        assertEquals("2080501", r2.code().digits());
        var r3 = SubjectCodes.assemble(new String[] {null, "10", "05"}, null, running);
        assertEquals("2081005", r3.code().digits());
        assertFalse(r3.repaired());
    }

    @Test
    void misprintedClassIsCompletedWhenTheSectionContinues() {
        // 上海市普陀区社会福利院 prints 7 11 02 for 2101102 under 210 / 21011
        RunningCode running = new RunningCode();
        running.saw(SubjectCode.functional("21011"));
        var r = SubjectCodes.assemble(new String[] {"7", "11", "02"}, null, running);
        assertEquals("2101102", r.code().digits());
        assertTrue(r.repaired());
    }

    @Test
    void misprintedClassUnderAnotherSectionIsAProblem() {
        RunningCode running = new RunningCode();
        running.saw(SubjectCode.functional("21011"));
        var r = SubjectCodes.assemble(new String[] {"7", "12", "02"}, null, running);
        assertNull(r.code());
        assertNotNull(r.problem());
    }

    @Test
    void economicCodes() {
        var r = SubjectCodes.assemble(new String[] {"301", "01", null}, null, new RunningCode());
        assertEquals(Scheme.ECONOMIC, r.code().scheme());
    }
}
