package io.github.suanzhang.extract.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionReaderTest {

    @Test
    void budgetActualAndRate() {
        assertEquals(List.of("COMPLETION 办公费 budget=10.00万元 actual=9.00万元 rate=90% {of=年初预算}"),
                Analyses.lines(CompletionReader.read(Analyses.of("办公费年初预算为10.00万元，支出决算为9.00万元，完成年初预算的90%。"))));
    }

    @Test
    void aRateAloneTakesTheActualBeforeIt() {
        assertEquals(List.of("COMPLETION 收入 actual=50.00万元 rate=80% {of=预算}"),
                Analyses.lines(CompletionReader.read(Analyses.of("收入50.00万元，预算执行率80%。"))));
    }

    @Test
    void aBudgetAloneIsNoCompletion() {
        assertEquals(List.of(), Analyses.lines(CompletionReader.read(Analyses.of("办公费年初预算为10.00万元。"))));
    }
}
