package io.github.suanzhang.reconcile.rules.narrative.subject;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OtherYearSubjectTest {
    @Test
    void 只写年份的主语是别年的数() {
        assertTrue(OtherYearSubject.is("上年", 2026));
        assertTrue(OtherYearSubject.is("上年预算", 2026));
        assertTrue(OtherYearSubject.is("(上年", 2026));
        assertTrue(OtherYearSubject.is("2025年", 2026));
        assertTrue(OtherYearSubject.is("2025年度决算数", 2026));
    }

    @Test
    void 有名目的主语或本年不算() {
        assertFalse(OtherYearSubject.is("2026年", 2026));
        assertFalse(OtherYearSubject.is("上年结转结余", 2026));
        assertFalse(OtherYearSubject.is("委托业务费", 2026));
        assertFalse(OtherYearSubject.is(null, 2026));
    }
}
