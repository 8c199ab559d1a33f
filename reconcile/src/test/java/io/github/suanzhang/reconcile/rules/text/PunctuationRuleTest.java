package io.github.suanzhang.reconcile.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.core.text.TextNormalizer;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class PunctuationRuleTest {
    private static List<Finding> run(Scope scope, String... sentences) {
        Fixture.DisclosureBuilder b = Fixture.disclosure().scope(scope);
        for (String s : sentences) {
            b.statement(TextNormalizer.normalize(s));
        }
        return new PunctuationRule().check(b.build()).toList();
    }

    private static List<Finding> run(String... sentences) {
        return run(Scope.UNIT, sentences);
    }

    @Test
    void doubled_marks() {
        List<Finding> fs = run("本单位2023年度收入合计100万元，，支出合计90万元。");
        assertEquals(1, fs.size());
        assertEquals(Severity.INFO, fs.get(0).severity());
        assertTrue(fs.get(0).message().contains("〖,,〗"), fs.get(0).message());
        assertEquals(1, run("本单位2023年度收入合计100万元。。").size());
    }

    @Test
    void bracket_or_quote_left_open() {
        assertEquals(1, run("因公出国（境费支出为零，与上年持平。").size());
        assertEquals(1, run("“三公经费支出合计12万元，比上年减少。").size());
        assertEquals(1, run("一般公共服务支出）增加2万元，主要是人员调整。").size());
    }

    @Test
    void well_formed_text_is_not_judged() {
        assertEquals(List.of(), run(
                "因公出国（境）费支出为零，与上年持平。",
                "“三公”经费支出合计12万元。",
                "1）基本支出：指为保障机构正常运转发生的支出。",
                "收入合计1,234,567.00元。",
                "《预算法》规定的内容已全部公开。"));
        // a quote spanning two sentences
        assertEquals(List.of(), run("主要职能是“贯彻落实国家有关方针政策。", "组织实施全市审计工作”。"));
        // government-level reports are not judged
        assertEquals(List.of(), new PunctuationRule().check(Fixture.disclosure().scope(Scope.GOVERNMENT)
                .type(DocumentType.BUDGET).statement("全市收入合计100亿元，，增长5%。").build()).toList());
    }
}
