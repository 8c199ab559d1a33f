package io.github.suanzhang.extract.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.code.Scheme;
import io.github.suanzhang.core.code.SubjectCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Subject codes from what is printed of them, both readers' ways, completed from the lines above. */
class SubjectCodesTest {
    @Test
    void classAndSectionLeftOutAreCompletedFromAbove() {
        RunningCode running = new RunningCode();
        var r1 = SubjectCodes.columns(new String[] {"208", "05", null}, running);
        assertEquals("20805", r1.code().digits());
        var r2 = SubjectCodes.columns(new String[] {null, null, "01"}, running);
        assertEquals("2080501", r2.code().digits());
        var r3 = SubjectCodes.columns(new String[] {null, "10", "05"}, running);
        assertEquals("2081005", r3.code().digits());
        assertFalse(r3.repaired());
    }

    @Test
    void misprintedClassIsCompletedWhenTheSectionContinues() {
        // 上海市普陀区社会福利院 prints 7 11 02 for 2101102 under 210 / 21011
        RunningCode running = new RunningCode();
        running.saw(SubjectCode.functional("21011"));
        var r = SubjectCodes.columns(new String[] {"7", "11", "02"}, running);
        assertEquals("2101102", r.code().digits());
        assertTrue(r.repaired());
    }

    @Test
    void misprintedClassUnderAnotherSectionIsAProblem() {
        RunningCode running = new RunningCode();
        running.saw(SubjectCode.functional("21011"));
        var r = SubjectCodes.columns(new String[] {"7", "12", "02"}, running);
        assertNull(r.code());
        assertNotNull(r.problem());
    }

    @Test
    void economicCodes() {
        var r = SubjectCodes.columns(new String[] {"301", "01", null}, new RunningCode());
        assertEquals(Scheme.ECONOMIC, r.code().scheme());
    }

    @Test
    void wholeCodesAndAWholeItemCompletedFromTheRunningSection() {
        RunningCode running = new RunningCode();
        assertEquals("208", SubjectCodes.whole("208", running).code().digits());
        assertEquals("20805", SubjectCodes.whole("20805", running).code().digits());
        assertEquals("2080501", SubjectCodes.whole("01", running).code().digits());
        assertEquals("20805", running.sectionCode());
    }

    @Test
    void wholeCodeOfFourDigitsIsAProblem() {
        var r = SubjectCodes.whole("2080", new RunningCode());
        assertNull(r.code());
        assertEquals("不是3、5或7位编码", r.problem());
    }

    @Test
    void wholeItemWithNothingAboveIsAProblem() {
        assertNull(SubjectCodes.whole("01", new RunningCode()).code());
    }

    @Test
    void columnSectionNotOfTwoDigitsIsAProblem() {
        var r = SubjectCodes.columns(new String[] {"208", "5", null}, new RunningCode());
        assertNull(r.code());
        assertEquals("的款不是两位数字", r.problem());
    }

    @Test
    void exportPartsWholeSplitAndBroken() {
        RunningCode running = new RunningCode();
        assertEquals("2080101", SubjectCodes.parts(List.of(new SubjectCodes.Part(0, "2080101")), null, false, running)
                .code().digits());
        assertEquals("2080101", SubjectCodes.parts(List.of(new SubjectCodes.Part(0, "208"), new SubjectCodes.Part(1, "010"),
                new SubjectCodes.Part(2, "1")), null, true, running).code().digits());
        // 210 | 1103 | 3: the last part repeats the code's end (an OCR echo) and is dropped
        assertEquals("2101103", SubjectCodes.parts(List.of(new SubjectCodes.Part(0, "210"), new SubjectCodes.Part(1, "1103"),
                new SubjectCodes.Part(2, "3")), null, true, running).code().digits());
    }

    @Test
    void exportPartAfterSevenDigitsThatIsNoEchoIsAProblem() {
        var r = SubjectCodes.parts(List.of(new SubjectCodes.Part(0, "2101103"), new SubjectCodes.Part(1, "4")), null,
                false, new RunningCode());
        assertNull(r.code());
        assertTrue(r.problem().contains("组不成科目编码"));
    }

    @Test
    void exportLabelDigitsCompleteOrEchoTheCode() {
        RunningCode running = new RunningCode();
        // 22102 | 02 住房改革支出: the label repeats the code's last part
        assertEquals("22102", SubjectCodes.parts(List.of(new SubjectCodes.Part(0, "22102")), "02", false, running)
                .code().digits());
        // 221 | 02 住房改革支出: the label carries the 款
        assertEquals("22102", SubjectCodes.parts(List.of(new SubjectCodes.Part(0, "221")), "02", false, new RunningCode())
                .code().digits());
    }

    @Test
    void exportTwoDigitPartByColumnOrLength() {
        RunningCode running = new RunningCode();
        running.saw(SubjectCode.functional("20805"));
        // split columns: a part in the 款 column is completed with the 类
        assertEquals("20806", SubjectCodes.parts(List.of(new SubjectCodes.Part(1, "06")), null, true, running)
                .code().digits());
        // one code column: two digits are a 项 of the running 款 (now 20806)
        assertEquals("2080601", SubjectCodes.parts(List.of(new SubjectCodes.Part(0, "01")), null, false, running)
                .code().digits());
        // four digits: 款 and 项 under the running 类
        assertEquals("2080902", SubjectCodes.parts(List.of(new SubjectCodes.Part(0, "0902")), null, false, running)
                .code().digits());
    }

    @Test
    void exportEconomicCodesAreEconomicLikeThePdfs() {
        var r = SubjectCodes.parts(List.of(new SubjectCodes.Part(0, "30101")), null, false, new RunningCode());
        assertEquals(Scheme.ECONOMIC, r.code().scheme());
        assertEquals(Scheme.FUNCTIONAL, SubjectCodes.whole("20101", new RunningCode()).code().scheme());
    }

    @Test
    void exportNotACode() {
        var r = SubjectCodes.parts(List.of(new SubjectCodes.Part(0, "2080")), null, false, new RunningCode());
        assertNull(r.code());
        assertEquals("“2080”不是科目编码", r.problem());
    }
}
