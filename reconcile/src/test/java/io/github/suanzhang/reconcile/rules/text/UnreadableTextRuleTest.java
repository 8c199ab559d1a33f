package io.github.suanzhang.reconcile.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnreadableTextRuleTest {
    private static List<Finding> run(String... sentences) {
        Fixture.DisclosureBuilder b = Fixture.disclosure();
        for (String s : sentences) {
            b.statement(s);
        }
        return new UnreadableTextRule().check(b.build()).toList();
    }

    @Test
    void replacement_and_private_use_characters() {
        List<Finding> fs = run("主要职能：负责\uFFFD\uFFFD管理工作。", "收入增长4\uDBC0\uDDB01%。", "本单位\uE012设科室5个。");
        assertEquals(3, fs.size());
        assertEquals(Severity.WARNING, fs.get(0).severity());
        assertTrue(fs.get(0).message().contains("2个无法识别的字符"), fs.get(0).message());
        assertTrue(fs.get(1).message().contains("U+1001B0"), fs.get(1).message());
        assertTrue(fs.get(2).message().contains("U+E012"), fs.get(2).message());
    }

    @Test
    void ordinary_text_is_not_judged() {
        assertEquals(List.of(), run("本单位设科室5个，在职人员32人。", "“三公”经费𠮷（扩展区汉字）。", "收入\t合计。"));
    }
}
