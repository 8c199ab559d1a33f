package io.github.suanzhang.extract.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeReaderTest {

    @Test
    void theAmountBefore比IsTheAfter() {
        assertEquals(List.of("CHANGE 印刷费 after=30.00万元 change=3.00万元 percent=11.1% UP {base=上年}"),
                Analyses.lines(ChangeReader.read(Analyses.of("印刷费30.00万元，比上年增加3.00万元，增长11.1%。"))));
    }

    @Test
    void theEarlierFigureBeforeTheDirectionWord() {
        assertEquals(List.of("CHANGE 邮电费 before=5.00万元 DOWN"),
                Analyses.lines(ChangeReader.read(Analyses.of("邮电费比上年5.00万元减少。"))));
    }

    @Test
    void aFigurelessChangeInTheClauseBeforeNamesTheSubject() {
        assertEquals(List.of("CHANGE 维修费 change=2.00万元 UP {base=上年}"),
                Analyses.lines(ChangeReader.read(Analyses.of("维修费增加，较上年增加2.00万元。"))));
    }

    @Test
    void withoutANamedSubjectTheContext() {
        assertEquals(List.of("CHANGE 租赁费 change=1.00万元 DOWN {base=上年, context=租赁费}"),
                Analyses.lines(ChangeReader.read(Analyses.of("比上年减少1.00万元。", Analyses.heading("租赁费")))));
    }
}
