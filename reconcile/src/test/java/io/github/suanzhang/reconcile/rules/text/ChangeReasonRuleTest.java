package io.github.suanzhang.reconcile.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.DocumentType;
import io.github.suanzhang.core.doc.Finding;
import io.github.suanzhang.core.doc.Scope;
import io.github.suanzhang.core.doc.Severity;
import io.github.suanzhang.testdata.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeReasonRuleTest {
    private static final String SECTION = "一、收入支出决算总体情况说明";

    private static List<Finding> run(String... sentences) {
        Fixture.DisclosureBuilder b = Fixture.disclosure().section(SECTION);
        for (String s : sentences) {
            b.statement(s);
        }
        return new ChangeReasonRule().check(b.build()).toList();
    }

    @Test
    void a_large_change_without_a_reason_is_a_warning() {
        List<Finding> fs = run("本单位2023年度收、支总计各820.50万元，与2022年相比，收、支总计各增加210.30万元，增长34.47%。",
                "（一）收入决算情况");
        assertEquals(1, fs.size());
        assertEquals(Severity.WARNING, fs.get(0).severity());
        assertTrue(fs.get(0).message().contains("〖增长34.47%〗"), fs.get(0).message());
    }

    @Test
    void the_reason_in_the_same_next_or_previous_sentence_counts() {
        assertEquals(List.of(), run("支出合计512.3万元，比上年增加80.1万元，增长18.53%，主要原因是新增信息化项目。"));
        assertEquals(List.of(), run("支出合计512.3万元，比上年增加80.1万元，增长18.53%。", "主要原因是新增信息化项目。"));
        assertEquals(List.of(), run("由于机构改革划入两个单位，", "支出合计512.3万元，比上年增加80.1万元，增长18.53%。"));
        assertEquals(List.of(), run("因人员增加，支出合计比上年增加80.1万元，增长18.53%。"));
        // a description between the change and its reason
        assertEquals(List.of(), run("2.公务接待费：安排预算27.10万元，比上年预算数减少5.00万元，下降15.6%。",
                "主要用于接待各单位调研、交流等公务活动支出。", "减少的主要原因是接待频次预计减少。"));
        // the same change for the other side, then the reasons
        assertEquals(List.of(), run("部门预算收入330.5万元，较上年年初预算减少41.8万元，减少11.2%。",
                "部门预算支出330.5万元，较上年年初预算减少41.8万元，减少11.2%。", "预算收支减少主要原因说明：压减一般性支出。"));
    }

    @Test
    void small_changes_breakdowns_and_other_sections_are_not_judged() {
        assertEquals(List.of(), run("支出合计512.3万元，比上年增加40.1万元，增长8.50%。", "（一）收入决算情况"));
        assertEquals(List.of(), run("收、支预算总计各增加108.28万元，比上年增长12.39%。", "其中：", "（一）收入预算总计984.87万元。"));
        assertEquals(List.of(), run("“三公”经费预算数为87.20万元，比上年预算数增加38.43万元，增长78.6%，具体如下："));
        // not a comparison with last year
        assertEquals(List.of(), run("项目支出占本年支出合计的35.20%。"));
        List<Finding> other = new ChangeReasonRule().check(Fixture.disclosure().section("第一部分 单位概况")
                .statement("在职人数比上年增加12人，增长20.5%。").build()).toList();
        assertEquals(List.of(), other);
        // a list of projects describes them; its template asks for no reasons
        assertEquals(List.of(), new ChangeReasonRule().check(Fixture.disclosure().section("第三部分部门预算支出具体情况")
                .statement("较上年年初预算增加28.46万元，增幅20.7%。").build()).toList());
    }

    @Test
    void the_next_change_ends_the_search() {
        List<Finding> fs = run("1.财政拨款收入300.2万元，比上年增加60.1万元，增长25.03%。",
                "2.其他收入10.5万元，比上年减少1.2万元，下降10.26%。", "主要原因是利息收入减少。");
        assertEquals(1, fs.size());
        assertTrue(fs.get(0).message().contains("增长25.03%"), fs.get(0).message());
    }

    @Test
    void government_reports_are_not_judged() {
        List<Finding> fs = new ChangeReasonRule().check(Fixture.disclosure().scope(Scope.GOVERNMENT).section(SECTION)
                .statement("全市一般公共预算收入比上年增长15.2%。").build()).toList();
        assertEquals(List.of(), fs);
        fs = new ChangeReasonRule().check(Fixture.disclosure().type(DocumentType.BUDGET).section("一、收支预算总体情况")
                .statement("收入预算总计比上年增长15.2%。").build()).toList();
        assertEquals(1, fs.size());
    }
}
