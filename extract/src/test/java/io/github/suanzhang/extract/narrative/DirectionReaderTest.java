package io.github.suanzhang.extract.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DirectionReaderTest {

    private static List<String> read(String sentence) {
        SentenceAnalysis a = Analyses.of(sentence);
        return Analyses.lines(DirectionReader.read(a, ChangeReader.readings(a)));
    }

    @Test
    void theWordOfAChangeHasTheChangesSubject() {
        assertEquals(List.of("DIRECTION 印刷费 UP {base=上年, role=comparison, word=增加}"),
                read("印刷费30.00万元，比上年增加3.00万元。"));
    }

    @Test
    void aReasonClauseWordIsAReasonAndWordsInsideTheReasonAreNoComparisons() {
        assertEquals(List.of("DIRECTION 培训费 DOWN {role=reason, word=减少}"),
                read("培训费减少主要原因是培训次数减少。"));
    }

    @Test
    void flatAndComparativesAlwaysCount() {
        assertEquals(List.of("DIRECTION 会议费 FLAT {base=上年, role=comparison, word=持平}"),
                read("会议费与上年持平。"));
    }
}
