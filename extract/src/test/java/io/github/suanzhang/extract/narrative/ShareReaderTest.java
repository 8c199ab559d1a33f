package io.github.suanzhang.extract.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShareReaderTest {

    @Test
    void thePartIsTheAmountOfTheClauseBefore() {
        assertEquals(List.of("SHARE 基本支出 amount=60.00万元 percent=60%… {of=本年支出}".replace("…", "")),
                Analyses.lines(ShareReader.read(Analyses.of("基本支出60.00万元，占本年支出60%。"))));
    }

    @Test
    void aPartNamedBefore占() {
        assertEquals(List.of("SHARE 工资福利支出 percent=40.0% {of=基本支出}"),
                Analyses.lines(ShareReader.read(Analyses.of("工资福利支出占基本支出40.0%。"))));
    }

    @Test
    void withoutAPartTheContextIsTheSubject() {
        assertEquals(List.of("SHARE 培训费 percent=10% {context=培训费, of=三公经费}"),
                Analyses.lines(ShareReader.read(Analyses.of("占三公经费10%。", Analyses.heading("培训费")))));
    }
}
