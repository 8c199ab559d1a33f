package io.github.suanzhang.extract.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassNameReaderTest {

    @Test
    void aTripleAndALoneTag() {
        assertEquals(List.of("CLASS_NAMES 事业运行 {codePart=02, level=项, 项=事业运行}",
                        "CLASS_NAMES 行政运行 code=201 {codePart=01, level=项, 类=一般公共服务支出, 款=财政事务, 项=行政运行}"),
                Analyses.lines(ClassNameReader.read(Analyses.of(
                        "一般公共服务支出（201类）财政事务（款）行政运行（01项）10.00万元；事业运行（02项）5.00万元。"))));
    }

    @Test
    void noBracketedLevelNoClassNames() {
        assertEquals(List.of(), Analyses.lines(ClassNameReader.read(Analyses.of("一般公共服务支出10.00万元。"))));
    }
}
