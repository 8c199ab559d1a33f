package io.github.suanzhang.extract.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Place;
import org.junit.jupiter.api.Test;

class ContextCarrierTest {

    private static Context after(String sentence, Context previous) {
        return ClaimExtractor.contextAfter(sentence, ClaimExtractor.extract(sentence, Place.UNKNOWN, previous), previous);
    }

    @Test
    void aClassHeadingWithoutFiguresStartsAHeadingContext() {
        Context c = after("1.一般公共服务支出（类）财政事务（款）行政运行（项）。", Context.NONE);
        assertEquals("行政运行", c.subject());
        assertTrue(c.heading());
    }

    @Test
    void aListIntroducerCarriesItsAmount() {
        Context c = after("项目支出80.00万元，主要用于以下方面：", Context.NONE);
        assertEquals("项目支出", c.subject());
        assertEquals("80.00", c.amount().plain());
        assertTrue(c.heading());
    }

    @Test
    void otherwiseTheMainSubjectOfTheSentence() {
        Context c = after("差旅费决算为6.00万元。", Context.NONE);
        assertEquals("差旅费", c.subject());
    }
}
