package io.github.suanzhang.extract.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BreakdownReaderTest {

    @Test
    void itemsAfterTheIntroducerAndTheTotalBefore() {
        assertEquals(List.of("BREAKDOWN 三公经费 total=20.00万元 公务接待费=5.00万元 公务用车运行费=15.00万元"),
                Analyses.lines(BreakdownReader.read(Analyses.of("三公经费20.00万元，其中：公务接待费5.00万元，公务用车运行费15.00万元。"))));
    }

    @Test
    void withoutATotalTheContextsAmount() {
        Context ctx = new Context("项目支出", Amount.of("80.00", Unit.TEN_THOUSAND_YUAN), Map.of(), true);
        assertEquals(List.of("BREAKDOWN 项目支出 total=80.00万元 设备购置=50.00万元 系统运维=30.00万元 {context=项目支出}"),
                Analyses.lines(BreakdownReader.read(Analyses.of("主要包括：设备购置50.00万元，系统运维30.00万元。", ctx))));
    }

    @Test
    void oneItemIsNoBreakdown() {
        assertEquals(List.of(), Analyses.lines(BreakdownReader.read(Analyses.of("其中：公务接待费5.00万元。"))));
    }
}
