package io.github.suanzhang.extract.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.suanzhang.core.doc.Claim;
import io.github.suanzhang.core.doc.ClaimKind;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.extract.export.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed prints a list introducer and each of its items as paragraphs of their own (lines 381–385). */
class ParagraphStatementsTest {
    static final String STRUCTURE = "五、一般公共预算财政拨款支出决算情况说明 > (二)一般公共预算财政拨款支出决算结构情况";

    private static Paragraph p(String text, String section, int line) {
        return new Paragraph(text, section, List.of(section), Place.atLine(line), List.of(line));
    }

    private static Claim share(List<Statement> ss, int line) {
        return ss.stream().filter(s -> s.place().line() == line).flatMap(s -> s.claims().stream())
                .filter(c -> c.kind() == ClaimKind.SHARE).findFirst().orElseThrow();
    }

    @Test
    void a_list_introducer_gives_its_subject_to_the_item_paragraphs_after_it() {
        List<Statement> ss = ParagraphStatements.of(List.of(
                p("2023年度一般公共预算财政拨款支出1,553.51万元,主要用于以下方面:", STRUCTURE, 381),
                p("2.卫生健康支出(类)167.24万元,占10.7%。主要是用于行政事业单位医疗补助支出。", STRUCTURE, 384)));
        Claim c = share(ss, 384);
        assertEquals("卫生健康支出", c.subject());
        assertEquals("一般公共预算财政拨款支出", c.attributes().get("context"));
    }

    @Test
    void a_paragraph_read_alone_or_under_another_heading_inherits_nothing() {
        Paragraph item = p("2.卫生健康支出(类)167.24万元,占10.7%。", STRUCTURE, 384);
        assertNull(share(ParagraphStatements.of(item), 384).attributes().get("context"));
        List<Statement> ss = ParagraphStatements.of(List.of(
                p("2023年度一般公共预算财政拨款支出1,553.51万元,主要用于以下方面:", "五、… > (一)别的小节", 381),
                item));
        assertNull(share(ss, 384).attributes().get("context"), "a new section starts afresh");
    }
}
