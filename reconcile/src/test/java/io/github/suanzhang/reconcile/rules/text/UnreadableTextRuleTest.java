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
        assertEquals(1, fs.size(), "one finding per document");
        assertEquals(Severity.WARNING, fs.get(0).severity());
        assertTrue(fs.get(0).message().contains("共有4个无法识别的字符（3句，如U+FFFD）"), fs.get(0).message());
        assertEquals(3, fs.get(0).evidence().size(), "one sentence per page (per line in a text export)");
        assertTrue(UnreadableTextRule.unreadable(0x1001B0));
        assertTrue(UnreadableTextRule.unreadable(0xE012));
    }

    @Test
    void ordinary_text_is_not_judged() {
        assertEquals(List.of(), run("本单位设科室5个，在职人员32人。", "“三公”经费𠮷（扩展区汉字）。", "收入\t合计。"));
        // a symbol font's bullet or check box (Wingdings U+F06E ■, U+F052 ☑) is a symbol on the page, not lost text
        assertEquals(List.of(), run("\uF06E安庆市经济实力很强。", "项目实施过程评价\uF052项目完成结果评价\uF052"));
    }
}
