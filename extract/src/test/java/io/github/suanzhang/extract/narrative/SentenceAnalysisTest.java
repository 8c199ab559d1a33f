package io.github.suanzhang.extract.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.extract.narrative.Figure.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceAnalysisTest {

    private static List<Role> roles(SentenceAnalysis a) {
        return a.figures().stream().map(Figure::role).toList();
    }

    @Test
    void figuresGetTheirRolesFromTheWordsAround() {
        SentenceAnalysis a = Analyses.of("项目支出300.00万元，占本年支出的25.5%，比上年增加20.00万元，增长7.1%。");
        assertEquals(List.of(Role.AMOUNT, Role.SHARE, Role.CHANGE, Role.CHANGE_PERCENT), roles(a));
        assertEquals("项目支出", a.figures().get(0).subject());
        assertEquals("", a.figures().get(1).subject());   // the share names no part: the reader takes the amount before
    }

    @Test
    void thresholdsAndTargetRangesAreNoFigures() {
        SentenceAnalysis a = Analyses.of("单价50万元以上设备2台，满意度达90%以上。");
        assertEquals(List.of(Role.COUNT), roles(a));
        assertEquals("设备", a.figures().get(0).subject());
    }

    @Test
    void theEarlierFigureOfAComparisonIsBefore() {
        SentenceAnalysis a = Analyses.of("培训费比上年12.00万元减少了。");
        assertEquals(List.of(Role.BEFORE), roles(a));
    }

    @Test
    void anUnnamedAmountTakesTheLastNamedAmountOfItsSegmentElseTheContext() {
        SentenceAnalysis own = Analyses.of("会议费5.00万元，为3.00万元。", Analyses.heading("差旅费"));
        assertEquals("会议费", own.figures().get(1).subject());
        assertFalse(own.figures().get(1).fromContext());

        SentenceAnalysis inherited = Analyses.of("年初预算为8.00万元。", Analyses.heading("差旅费"));
        assertEquals("差旅费", inherited.figures().get(0).subject());
        assertTrue(inherited.figures().get(0).fromContext());
        assertEquals("年初预算", inherited.figures().get(0).measure());

        SentenceAnalysis alone = Analyses.of("为8.00万元。");
        assertNull(alone.figures().get(0).subject());
    }

    @Test
    void aClassTripleNamesTheLowestLevelAndItsCode() {
        SentenceAnalysis a = Analyses.of("一般公共服务支出（201类）财政事务（06款）行政运行（01项）120.00万元。");
        Figure f = a.figures().get(0);
        assertEquals("行政运行", f.subject());
        assertEquals("财政事务", f.classAttrs().get("款"));
        assertEquals("01", f.classAttrs().get("codePart"));
        assertEquals("项", f.classAttrs().get("level"));
    }

    @Test
    void clausesSegmentsAndAsides() {
        SentenceAnalysis a = Analyses.of("公务用车费9.00万元（购置费0万元，运行费9.00万元。）比上年减少1.00万元；会议费2.00万元。");
        Clauses c = a.clauses();
        int aside = a.text().indexOf("购置费");
        assertTrue(c.asideOf(aside) != null);
        int than = a.text().indexOf("比上年");
        assertTrue(c.asideOpenBefore(than) >= 0);
        int meeting = a.text().indexOf("会议费");
        assertTrue(c.segmentIndex(meeting) > c.segmentIndex(than));
    }
}
