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

    @Test
    void a_paragraph_ending_without_a_full_stop_before_a_new_item() {
        List<Finding> fs = run("3.收支预算减少的主要原因，根据工作安排压减项目支出，相应的预算数额减少",
                "二、“三公”经费支出情况");
        assertEquals(1, fs.size());
        assertEquals(Severity.INFO, fs.get(0).severity());
        assertTrue(fs.get(0).message().contains("数额减少〖〗"), fs.get(0).message());
        // another section follows
        List<Finding> other = new PunctuationRule().check(Fixture.disclosure()
                .section("一、收入支出决算总体情况说明").statement(TextNormalizer.normalize("本年收入合计120万元，主要是财政拨款收入增加"))
                .section("二、收入决算情况说明").statement("本年收入合计120万元。").build()).toList();
        assertEquals(1, other.size());
    }

    @Test
    void headings_titles_lists_and_cut_sentences_are_not_judged() {
        assertEquals(List.of(), run("（一）一般公共预算财政拨款支出决算总体情况说明", "1.支出合计12万元。"));
        assertEquals(List.of(), run("1.2，烟台市特种设备检验研究院管理中心分支机构", "（1）承担特种设备检验工作。"));
        assertEquals(List.of(), run("2026年一般公共预算财政拨款基本支出情况表", "1.支出合计12万元。"));
        assertEquals(List.of(), run("根据单位职责分工，本单位内设机构包括：（一）办公室", "（二）法规处（三）审批处。"));
        assertEquals(List.of(), run("（七）负责拟订固定资产投资计划和资金监督管理，", "（八）负责节约用水工作。"));
        // 统一、 carried to a new line: not a heading
        assertEquals(List.of(), run("优化审计资源配置，充实加强一线审计力量，构建集中统", "一、全面覆盖、权威高效的审计监督体系。"));
        // followed by a plain sentence: a page break or a table may have cut it
        assertEquals(List.of(), run("本单位2023年度收入合计100万元，比上年增加12万元", "增长13.6%。"));
        // list items that end with ； or ：
        assertEquals(List.of(), run("1.公务接待费2万元，比上年减少1万元；", "2.公务用车运行费3万元，与上年持平。"));
    }

    @Test
    void half_width_commas_noted_by_the_reader_are_one_info() {
        io.github.suanzhang.core.doc.Disclosure d = Fixture.disclosure()
                .problem(new io.github.suanzhang.core.doc.Problem(io.github.suanzhang.core.doc.ProblemKind.HALF_WIDTH_COMMA,
                        "第3页有4处中文之间使用了半角逗号“,”，如“支出〖,〗主要用于”", io.github.suanzhang.core.doc.Place.onPage(3, null)))
                .problem(new io.github.suanzhang.core.doc.Problem(io.github.suanzhang.core.doc.ProblemKind.HALF_WIDTH_COMMA,
                        "第5页有1处中文之间使用了半角逗号“,”，如“收入〖,〗比上年”", io.github.suanzhang.core.doc.Place.onPage(5, null)))
                .build();
        List<Finding> fs = new PunctuationRule().check(d).toList();
        assertEquals(1, fs.size());
        assertEquals(Severity.INFO, fs.get(0).severity());
        assertTrue(fs.get(0).message().startsWith("第3、5页共5处中文之间使用了半角逗号"), fs.get(0).message());
        assertTrue(fs.get(0).message().contains("支出〖,〗主要用于"), fs.get(0).message());
        assertEquals(2, fs.get(0).evidence().size());
        // without notes (a text export, or full-width commas throughout): nothing
        assertEquals(List.of(), run("本单位2023年度收入合计100万元，支出合计90万元。"));
    }
}
