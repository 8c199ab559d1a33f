package io.github.suanzhang.reconcile.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Disclosure;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateTextRuleTest {
    private static List<Finding> run(String... sentences) {
        Fixture.DisclosureBuilder b = Fixture.disclosure();
        for (String s : sentences) {
            b.statement(s);
        }
        return new TemplateTextRule().check(b.build()).toList();
    }

    @Test
    void 主要原因是_then_a_full_stop_is_unfinished() {
        List<Finding> fs = run("公务接待费12.30万元，比上年减少1.20万元，主要原因是。");
        assertEquals(1, fs.size());
        assertEquals(Severity.WARNING, fs.get(0).severity());
        assertTrue(fs.get(0).message().contains("〖原因是。〗"), fs.get(0).message());
        assertTrue(fs.get(0).message().startsWith("第1000行"), fs.get(0).message());
    }

    @Test
    void unchosen_alternatives_and_placeholders() {
        assertEquals(1, run("机关运行经费比上年增加（减少）3.2万元。").size());
        assertEquals(1, run("支出决算比上年增加/减少5.00万元。").size());
        assertEquals(1, run("2023年度收入合计XX万元。").size());
        assertEquals(1, run("其中：基本支出××万元。").size());
        assertEquals(1, run("此处填写本单位主要职能。").size());
        assertEquals(1, run("政府采购合同金额为（略）。").size());
    }

    @Test
    void finished_sentences_are_not_judged() {
        assertEquals(List.of(), run(
                "公务接待费减少1.20万元，主要原因是严格执行中央八项规定精神。",
                "主要原因是：",
                "增减变化的原因如下。",
                "因公出国（境）费0万元，与上年持平。",
                "收入增加（主要是财政拨款增加）12万元。",
                "计算公式为：支出×100%。",
                "采用XML格式报送数据。",
                "具体项目清单（略有调整）见附表。"));
    }
}
