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

    private static String changeSubjectAfter(String... sentences) {
        java.util.List<io.github.suanzhang.core.doc.Statement> st =
                NarrativeReader.read(java.util.List.of(String.join("", sentences)), 0, "三、支出情况");
        return st.get(st.size() - 1).claims().stream()
                .filter(c -> c.kind() == io.github.suanzhang.core.doc.ClaimKind.CHANGE)
                .map(io.github.suanzhang.core.doc.Claim::subject).findFirst().orElse(null);
    }

    /** A list item naming its own 项 (with a budget only) replaces the subject an earlier sentence left. */
    @Test
    void anItemNamingItsOwnSubjectReplacesTheEarlierOne() {
        assertEquals("道路维护", changeSubjectAfter(
                "其他(类)支出50.00万元,占5.0%。",
                "(2)交通运输支出(类)公路水路运输(款)道路维护(项)预算为20.00万元,主要用于道路养护。",
                "比上年执行数减少5.00万元,下降20.0%。"));
        // and a sentence naming no subject still inherits the one before
        assertEquals("其他支出", changeSubjectAfter(
                "其他(类)支出50.00万元,占5.0%。",
                "比上年执行数减少5.00万元,下降9.1%。"));
    }

    /** After {@code X A万元,其中: a, b}, an unnamed change is about X, not about the list's first item. */
    @Test
    void theTotalOfAListIsTheSubjectCarriedNotItsFirstItem() {
        assertEquals("支出", changeSubjectAfter(
                "(二)支出预算:2025年本单位支出预算700.00万元,其中:一般公共服务支出30.00万元,公共安全支出670.00万元。",
                "较去年减少10.00万元,下降1.41%。"));
        Context c = after("本单位支出预算700.00万元,其中:一般公共服务支出30.00万元,公共安全支出670.00万元。", Context.NONE);
        assertEquals("支出", c.subject());
        assertEquals("700.00", c.amount().plain());
    }
}
